import type { AssignmentFigure } from "../db/repositories/index.ts";
import {
  type DigestContent,
  type DigestKind,
  digestContent,
  type Period,
  periodOf,
} from "../domain/digest/index.ts";
import { addDays, type LocalDate, maskPersonalNumbers, type Zone } from "../domain/ledger/index.ts";
import { parsedReportSchema } from "../domain/parser/index.ts";
import type { AppDeps } from "./deps.ts";
import { digestTasksOf, silentUnitsOf } from "./digest-scope.ts";
import { totalsAsOf } from "./figures.ts";

/** What a digest reads from the database for a period: the same for every unit, filtered after. */
async function readPeriod(deps: AppDeps, asOf: Date, periodStart: Date) {
  const [figures, heard, problems, inconsistent, counted] = await Promise.all([
    totalsAsOf(deps, asOf, periodStart),
    deps.repos.figures.unitsHeardFrom(periodStart, asOf),
    deps.repos.reports.withIssues(periodStart, asOf),
    deps.repos.reports.inconsistentIn(periodStart, asOf),
    deps.repos.reports.countedByUnitAndState(periodStart, asOf),
  ]);
  return { figures, heard, problems, inconsistent, counted };
}

/**
 * One read per period for many digests: the groups due at the same minute (every weekly digest of
 * a county at Friday 17:00) share their figures, so a fan-out to hundreds of groups reads the
 * database once, not once a group. One per scheduler wake-up; never kept across them.
 */
export class PeriodFigures {
  private readonly read = new Map<string, ReturnType<typeof readPeriod>>();

  constructor(private readonly deps: AppDeps) {}

  /**
   * Every assignment's total at `asOf`: from a period's read that ends then (a digest built just
   * before, for an answer), else read on its own.
   */
  async figuresAt(asOf: Date): Promise<AssignmentFigure[]> {
    for (const [key, read] of this.read)
      if (key.startsWith(`${asOf.getTime()}:`)) return (await read).figures;
    return totalsAsOf(this.deps, asOf);
  }

  of(asOf: Date, periodStart: Date): ReturnType<typeof readPeriod> {
    const key = `${asOf.getTime()}:${periodStart.getTime()}`;
    let figures = this.read.get(key);
    if (!figures) {
      figures = readPeriod(this.deps, asOf, periodStart);
      this.read.set(key, figures);
      // A failed read is not kept: the next digest tries again.
      figures.catch(() => this.read.delete(key));
    }
    return figures;
  }
}

export interface Digest {
  readonly unitName: string;
  readonly period: Period;
  /** The instant the figures stand at: the send time, or the period's end if that came first. */
  readonly asOf: Date;
  /** The same instant as a local time for people: 2024-06-14 17:00. */
  readonly asOfLocal: string;
  readonly content: DigestContent;
}

/**
 * A digest for one unit's subtree at `at`: figures from the database, words from the domain.
 * The channel renders the text (and the chart) in the chat's language.
 */
export async function buildDigest(
  deps: AppDeps,
  unitId: string,
  kind: DigestKind,
  at: Date,
  options: {
    /** A day of the period to cover, when it is not the one `at` falls in (a late digest). */
    periodDay?: LocalDate;
    /** Figures read once for many digests of the same moment. */
    shared?: PeriodFigures;
    /** The chat's zone, when it keeps its own; else the deployment's. */
    zone?: Zone;
  } = {},
): Promise<Digest> {
  const { periodDay, shared = new PeriodFigures(deps), zone = deps.zone } = options;
  const localDay = (instant: Date) => zone.localDay(instant);
  const startOfDay = (day: LocalDate) => zone.instantAt(day, "00:00");
  const snapshot = await deps.ledger.snapshot();
  const today = localDay(at);
  const period = periodOf(kind, periodDay ?? today);
  const periodEnd = startOfDay(addDays(period.to, 1));
  const asOf = at < periodEnd ? at : periodEnd;
  const periodStart = startOfDay(period.from);
  const within = (id: string) => snapshot.tree.isWithin(id, unitId);

  const sumByTask = (
    rows: Awaited<ReturnType<typeof totalsAsOf>>,
    pick: (r: (typeof rows)[number]) => number,
  ) => {
    const sums = new Map<string, number>();
    for (const r of rows) if (within(r.unitId)) sums.set(r.taskId, (sums.get(r.taskId) ?? 0) + pick(r));
    return sums;
  };
  const { figures, heard, problems, inconsistent, counted } = await shared.of(asOf, periodStart);

  const silent = silentUnitsOf(snapshot, unitId, heard).map((id) => ({
    name: snapshot.unitName(id) ?? id,
    kind: snapshot.unitsById.get(id)?.kind ?? "",
  }));

  // The same problem raised again is one problem, with how often and since when.
  const byText = new Map<
    string,
    { text: string; unitName: string; taskName: string; firstAt: LocalDate; count: number }
  >();
  for (const r of problems) {
    if (!r.unitId || !within(r.unitId)) continue;
    const parsed = parsedReportSchema.safeParse(JSON.parse(r.parsed ?? "null"));
    for (const text of parsed.success ? parsed.data.issues : []) {
      const key = `${r.unitId}\u0000${text.replace(/\s+/g, "")}`;
      const seen = byText.get(key);
      if (seen) seen.count++;
      else
        byText.set(key, {
          text: maskPersonalNumbers(text),
          unitName: snapshot.unitName(r.unitId) ?? "",
          taskName: (r.taskId && snapshot.tasksById.get(r.taskId)?.name) || "",
          firstAt: localDay(r.sentAt),
          count: 1,
        });
    }
  }

  const totals = sumByTask(figures, (r) => r.total);
  const content = digestContent({
    kind,
    from: period.from,
    to: period.to,
    today,
    tasks: digestTasksOf(snapshot, unitId, new Set(totals.keys())),
    totals,
    totalsAtStart: sumByTask(figures, (r) => r.totalBefore),
    silent,
    problems: [...byText.values()].sort((a, b) => a.firstAt.localeCompare(b.firstAt)),
    counted: counted.reduce(
      (sum, r) =>
        r.unitId && within(r.unitId)
          ? { reports: sum.reports + r.count, unchecked: sum.unchecked + (r.state === "filed" ? r.count : 0) }
          : sum,
      { reports: 0, unchecked: 0 },
    ),
    inconsistencies: inconsistent.flatMap((r) => {
      const task = r.taskId ? snapshot.tasksById.get(r.taskId) : undefined;
      if (!task || !r.unitId || !within(r.unitId) || r.runningTotal === null || r.expectedTotal === null)
        return [];
      if (r.inconsistency !== "mismatch" && r.inconsistency !== "decrease") return [];
      return [
        {
          unitName: snapshot.unitName(r.unitId) ?? "",
          taskName: task.name,
          measure: task.measure,
          kind: r.inconsistency,
          stated: r.runningTotal,
          expected: r.expectedTotal,
          sentOn: localDay(r.sentAt),
        },
      ];
    }),
  });
  const asOfLocal = zone.localMinute(asOf);
  return { unitName: snapshot.unitName(unitId) ?? "", period, asOf, asOfLocal, content };
}
