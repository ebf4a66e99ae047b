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

/** An assignment's latest counted report: where the next reports' totals continue from. */
interface Seed {
  readonly id: string;
  readonly sentAt: Date;
  readonly runningTotal: number | null;
  readonly runningSeq: number;
}

/**
 * Each pair's task measure and latest counted report, one index seek each, in one query (a filing
 * batch pays for every query it makes). Portable SQL (VALUES, CAST).
 */
async function measuresAndSeeds(db: Db, pairs: readonly Pair[]) {
  const values = Prisma.join(
    pairs.map((p) => Prisma.sql`(CAST(${p.taskId} AS TEXT), CAST(${p.unitId} AS TEXT))`),
  );
  const rows = await db.$queryRaw<
    Array<{
      taskId: string;
      unitId: string;
      measure: string;
      id: string | null;
      sentAt: Date | string | number | null;
      runningTotal: number | null;
      runningSeq: number | bigint | null;
    }>
  >`
    WITH pairs(task_id, unit_id) AS (VALUES ${values})
    SELECT p.task_id AS "taskId", p.unit_id AS "unitId", t.measure, r.id, r."sentAt", r."runningTotal", r."runningSeq"
    FROM pairs p JOIN "Task" t ON t.id = p.task_id
    LEFT JOIN "Report" r ON r.id = (
      SELECT q.id FROM "Report" q
      WHERE q."taskId" = p.task_id AND q."unitId" = p.unit_id AND q."runningSeq" IS NOT NULL
      ORDER BY q."sentAt" DESC, q."runningSeq" DESC LIMIT 1)`;
  const measures = new Map(rows.map((r) => [r.taskId, r.measure]));
  const seeds = new Map<string, Seed>();
  for (const r of rows) {
    if (r.id === null || r.sentAt === null || r.runningSeq === null) continue;
    seeds.set(pairKey(r.taskId, r.unitId), {
      id: r.id,
      sentAt: new Date(r.sentAt),
      runningTotal: r.runningTotal === null ? null : Number(r.runningTotal),
      runningSeq: Number(r.runningSeq),
    });
  }
  return { measures, seeds };
}

const settledFrom = (figure: FigureOutput, seq: number): Settled => ({
  runningTotal: figure.total,
  runningSeq: seq,
  inconsistency: figure.inconsistency?.kind ?? null,
  expectedTotal: figure.inconsistency?.expected ?? null,
});

const asInput = (r: FreshReport): FigureInput => ({
  id: r.id,
  sentAt: r.sentAt,
  counts: counts(r.state),
  quantities: r.quantities,
});

/**
 * Whether a report takes its place before the seed in the ledger's time order (sentAt, then id:
 * progress.ts), and so shifts history. Telegram dates are whole seconds, so a cadre's reports of one
 * second are common; ids are made in time order, so those come after the seed and need no recompute.
 */
const comesBefore = (r: FreshReport, seed: Seed) =>
  r.sentAt.getTime() < seed.sentAt.getTime() ||
  (r.sentAt.getTime() === seed.sentAt.getTime() && r.id <= seed.id);

export interface SettlePlan {
  /** The figures of reports not stored yet, to insert with them. */
  readonly fresh: Map<string, Settled>;
  /** Stored reports whose figures changed. */
  readonly changed: ReadonlyArray<{ id: string; settled: Settled }>;
}

/**
 * Recomputes the running totals of `pairs` (reading only), counting `fresh` reports that are not
 * stored yet: the figures of the fresh ones, and the stored ones that change.
 *
 * The usual case, new reports later than everything an assignment has, continues from its latest
 * counted report alone; a late report, a move or a withdrawal recomputes the assignment's history.
 */
export async function planRunningTotals(
  db: Db,
  runningTotalsOf: RunningTotalsOf,
  pairs: readonly Pair[],
  fresh: readonly FreshReport[] = [],
): Promise<SettlePlan> {
  const settledFresh = new Map<string, Settled>();
  if (pairs.length === 0) return { fresh: settledFresh, changed: [] };
  const { measures, seeds } = await measuresAndSeeds(db, pairs);
  const freshByPair = new Map<string, FreshReport[]>();
  for (const r of fresh) {
    if (r.taskId && r.unitId) {
      const key = pairKey(r.taskId, r.unitId);
      freshByPair.set(key, [...(freshByPair.get(key) ?? []), r]);
    }
  }

  const recompute: Pair[] = [];
  for (const pair of pairs) {
    const key = pairKey(pair.taskId, pair.unitId);
    const reports = freshByPair.get(key);
    const seed = seeds.get(key);
    const measure = measures.get(pair.taskId);
    if (!reports || measure === undefined || (seed && reports.some((r) => comesBefore(r, seed)))) {
      recompute.push(pair);
      continue;
    }
    // The total so far stands in as a cumulative: the same arithmetic then checks the new figures against it.
    const before: FigureInput[] =
      seed?.runningTotal != null
        ? [
            {
              id: "",
              sentAt: seed.sentAt,
              counts: true,
              quantities: [{ value: seed.runningTotal, unit: measure, kind: "cumulative" }],
            },
          ]
        : [];
    const figures = runningTotalsOf(measure, [...before, ...reports.map(asInput)]).slice(before.length);
    const byId = new Map(
      figures.map((f, i) => [f.reportId, settledFrom(f, (seed?.runningSeq ?? 0) + i + 1)]),
    );
    for (const r of reports) settledFresh.set(r.id, byId.get(r.id) ?? NOT_COUNTED);
  }
  if (recompute.length === 0) return { fresh: settledFresh, changed: [] };

  const stored = await db.report.findMany({
    where: { OR: recompute.map((p) => ({ taskId: p.taskId, unitId: p.unitId })) },
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
  for (const pair of recompute) {
    const key = pairKey(pair.taskId, pair.unitId);
    byPair.set(key, [...(freshByPair.get(key) ?? [])]);
  }
  for (const s of stored)
    byPair.get(pairKey(s.taskId as string, s.unitId as string))?.push({ ...s, stored: s });

  const changed: Array<{ id: string; settled: Settled }> = [];
  for (const [key, reports] of byPair) {
    const measure = measures.get(key.split("\u0000")[0] as string);
    const figures = measure === undefined ? [] : runningTotalsOf(measure, reports.map(asInput));
    const byId = new Map(figures.map((f, i) => [f.reportId, settledFrom(f, i + 1)]));
    for (const r of reports) {
      const settled = byId.get(r.id) ?? NOT_COUNTED;
      if (!r.stored) settledFresh.set(r.id, settled);
      else if (!same(r.stored, settled)) changed.push({ id: r.id, settled });
    }
  }
  return { fresh: settledFresh, changed };
}

/** Recomputes and writes, inside the caller's transaction. */
export async function settleRunningTotals(
  tx: Prisma.TransactionClient,
  runningTotalsOf: RunningTotalsOf,
  pairs: readonly Pair[],
): Promise<void> {
  const { changed } = await planRunningTotals(tx, runningTotalsOf, pairs);
  for (const write of settledWrites(tx, changed)) await write;
}

/**
 * The statements that write changed figures (lazy: they run when awaited or in a batch transaction).
 * Many rows change at once when a late report shifts an assignment's history or old rows are
 * settled: one statement per few hundred rows, not one per row. Portable SQL (CASE, CAST).
 */
export function settledWrites(db: Db, changed: SettlePlan["changed"]) {
  const writes = [];
  for (let i = 0; i < changed.length; i += 300) {
    const chunk = changed.slice(i, i + 300);
    const column = (name: keyof Settled, type: string) =>
      Prisma.sql`${Prisma.raw(`"${name}"`)} = CASE id ${Prisma.join(
        chunk.map(
          ({ id, settled }) => Prisma.sql`WHEN ${id} THEN CAST(${settled[name]} AS ${Prisma.raw(type)})`,
        ),
        " ",
      )} END`;
    writes.push(db.$executeRaw`
      UPDATE "Report" SET ${column("runningTotal", "DOUBLE PRECISION")}, ${column("runningSeq", "INTEGER")},
        ${column("inconsistency", "TEXT")}, ${column("expectedTotal", "DOUBLE PRECISION")}
      WHERE id IN (${Prisma.join(chunk.map((c) => c.id))})`);
  }
  return writes;
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

/** Any number; every instance on one PostgreSQL database takes it to settle figures. */
const FIGURES_LOCK_KEY = 727_148_214;

/**
 * PostgreSQL: held until the transaction ends, so instances settle running totals one at a time
 * (each such transaction is a few milliseconds). A lock per assignment would let more run at
 * once, at the price of ordering them to avoid deadlocks; one lock has been enough so far.
 */
export async function figuresLock(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${FIGURES_LOCK_KEY})`);
}
