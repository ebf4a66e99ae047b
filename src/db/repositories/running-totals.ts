import type { Prisma as Client } from "../client.ts";
import { Prisma } from "../generated/sqlite/client.ts";

/**
 * Each counted report keeps its assignment's total as it stood just after it (and its place in the
 * ledger's time order), so the total at any instant is one row per assignment: a county digest
 * reads a few thousand rows instead of adding up a hundred thousand reports. The arithmetic is the
 * domain's, handed in by the app; this module only loads, compares and writes.
 *
 * Every write that can change an assignment's figures (filing, a new place or task, corrected
 * figures, a withdrawal, an edit) settles the assignments it touched in the same transaction.
 */

type Db = Client | Prisma.TransactionClient;

export interface FigureInput {
  readonly id: string;
  readonly sentAt: Date;
  readonly counts: boolean;
  readonly quantities: ReadonlyArray<{ value: number; unit: string; kind: string }>;
}

export interface FigureOutput {
  readonly reportId: string;
  readonly total: number | null;
  readonly inconsistency: { readonly kind: string; readonly expected: number | null } | null;
}

/** The ledger's arithmetic over one assignment's reports: counted reports in time order, each with its total. */
export type RunningTotalsOf = (measure: string, reports: readonly FigureInput[]) => readonly FigureOutput[];

export interface Settled {
  readonly runningTotal: number | null;
  readonly runningSeq: number | null;
  readonly inconsistency: string | null;
  readonly expectedTotal: number | null;
}

const NOT_COUNTED: Settled = {
  runningTotal: null,
  runningSeq: null,
  inconsistency: null,
  expectedTotal: null,
};

export const COUNTING_STATES = ["filed", "confirmed", "corrected"] as const;
const counts = (state: string) => (COUNTING_STATES as readonly string[]).includes(state);

export interface Pair {
  readonly taskId: string;
  readonly unitId: string;
}

/** A report about to be inserted: settled with the stored ones, its figures written with it. */
export interface FreshReport {
  readonly id: string;
  readonly sentAt: Date;
  readonly state: string;
  readonly taskId: string | null;
  readonly unitId: string | null;
  readonly quantities: ReadonlyArray<{ value: number; unit: string; kind: string }>;
}

const pairKey = (taskId: string, unitId: string) => `${taskId}\u0000${unitId}`;

/** The distinct assignments a set of reports is filed against. */
export function pairsOf(rows: ReadonlyArray<{ taskId: string | null; unitId: string | null }>): Pair[] {
  const pairs = new Map<string, Pair>();
  for (const { taskId, unitId } of rows) {
    if (taskId && unitId) pairs.set(pairKey(taskId, unitId), { taskId, unitId });
  }
  return [...pairs.values()];
}

const same = (a: Settled, b: Settled) =>
  a.runningTotal === b.runningTotal &&
  a.runningSeq === b.runningSeq &&
  a.inconsistency === b.inconsistency &&
  a.expectedTotal === b.expectedTotal;

/**
 * Recomputes the running totals of `pairs`, counting `fresh` reports that are not stored yet.
 * Stored reports whose figures changed are updated; the figures of the fresh ones are returned so
 * that they are inserted with them.
 */
export async function settleRunningTotals(
  db: Db,
  runningTotalsOf: RunningTotalsOf,
  pairs: readonly Pair[],
  fresh: readonly FreshReport[] = [],
): Promise<Map<string, Settled>> {
  const settledFresh = new Map<string, Settled>();
  if (pairs.length === 0) return settledFresh;
  const taskIds = [...new Set(pairs.map((p) => p.taskId))];
  const measures = new Map(
    (await db.task.findMany({ where: { id: { in: taskIds } }, select: { id: true, measure: true } })).map(
      (t) => [t.id, t.measure],
    ),
  );
  const stored = await db.report.findMany({
    where: { OR: pairs.map((p) => ({ taskId: p.taskId, unitId: p.unitId })) },
    select: {
      id: true,
      sentAt: true,
      state: true,
      taskId: true,
      unitId: true,
      runningTotal: true,
      runningSeq: true,
      inconsistency: true,
      expectedTotal: true,
      quantities: { select: { value: true, unit: true, kind: true } },
    },
  });

  const byPair = new Map<string, Array<FreshReport & { stored?: Settled }>>();
  for (const r of [...stored.map((s) => ({ ...s, stored: s as Settled })), ...fresh]) {
    if (!r.taskId || !r.unitId) continue;
    const key = pairKey(r.taskId, r.unitId);
    byPair.set(key, [...(byPair.get(key) ?? []), r]);
  }

  const changed: Array<{ id: string; settled: Settled }> = [];
  for (const [key, reports] of byPair) {
    const measure = measures.get(key.split("\u0000")[0] as string);
    const figures =
      measure === undefined
        ? []
        : runningTotalsOf(
            measure,
            reports.map((r) => ({
              id: r.id,
              sentAt: r.sentAt,
              counts: counts(r.state),
              quantities: r.quantities,
            })),
          );
    const byId = new Map(figures.map((f, i) => [f.reportId, { f, seq: i + 1 }]));
    for (const r of reports) {
      const figure = byId.get(r.id);
      const settled: Settled = figure
        ? {
            // Before any figure the assignment stands at nothing: 0, as a digest adds it up.
            runningTotal: figure.f.total ?? 0,
            runningSeq: figure.seq,
            inconsistency: figure.f.inconsistency?.kind ?? null,
            expectedTotal: figure.f.inconsistency?.expected ?? null,
          }
        : NOT_COUNTED;
      if (!r.stored) settledFresh.set(r.id, settled);
      else if (!same(r.stored, settled)) changed.push({ id: r.id, settled });
    }
  }
  await writeSettled(db, changed);
  return settledFresh;
}

/**
 * Many rows change at once when a late report shifts an assignment's history or old rows are
 * settled: one statement per few hundred rows, not one per row. Portable SQL (CASE, CAST).
 */
async function writeSettled(db: Db, changed: ReadonlyArray<{ id: string; settled: Settled }>): Promise<void> {
  for (let i = 0; i < changed.length; i += 300) {
    const chunk = changed.slice(i, i + 300);
    const column = (name: keyof Settled, type: string) =>
      Prisma.sql`${Prisma.raw(`"${name}"`)} = CASE id ${Prisma.join(
        chunk.map(
          ({ id, settled }) => Prisma.sql`WHEN ${id} THEN CAST(${settled[name]} AS ${Prisma.raw(type)})`,
        ),
        " ",
      )} END`;
    await db.$executeRaw`
      UPDATE "Report" SET ${column("runningTotal", "DOUBLE PRECISION")}, ${column("runningSeq", "INTEGER")},
        ${column("inconsistency", "TEXT")}, ${column("expectedTotal", "DOUBLE PRECISION")}
      WHERE id IN (${Prisma.join(chunk.map((c) => c.id))})`;
  }
}

/** Reports that count but were never settled (rows from before running totals existed): their assignments. */
export async function unsettledPairs(db: Db): Promise<Pair[]> {
  const rows = await db.report.findMany({
    where: {
      state: { in: [...COUNTING_STATES] },
      runningSeq: null,
      taskId: { not: null },
      unitId: { not: null },
    },
    select: { taskId: true, unitId: true },
    distinct: ["taskId", "unitId"],
  });
  return pairsOf(rows);
}
