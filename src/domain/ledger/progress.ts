import type { QuantityKind } from "../parser/report.ts";
import { convertQuantity, roundFigure } from "./measures.ts";

/**
 * An assignment's progress (one task × one reporting unit), recomputed from all its reports every
 * time (decisions.md, The ledger). Recomputing rather than keeping a running total is what lets a
 * late report slot into its place in time and a withdrawn one drop out without any repair.
 */

export interface ReportedQuantity {
  readonly value: number;
  readonly unit: string;
  readonly kind: QuantityKind;
}

export interface FiledReport {
  readonly id: string;
  /** The message's own time (its Telegram date), never when it was processed. */
  readonly sentAt: Date;
  /** False while pending (no task or place, or confidence < 0.5) and once withdrawn (↩️). */
  readonly counts: boolean;
  /** ✅ pressed. Leave it out when checks are not tracked; only `false` marks a report unchecked. */
  readonly checked?: boolean;
  readonly quantities: readonly ReportedQuantity[];
}

export interface ProgressInput {
  /** The task's unit of measure: 亩, 户, 万元 … */
  readonly unit: string;
  readonly reports: readonly FiledReport[];
}

/**
 * A stated cumulative that does not follow from what came before: it still sets the total (the
 * sender knows their own count best), and the sender and the digest are told.
 */
export interface Inconsistency {
  readonly reportId: string;
  /** `decrease`: the total went down. `mismatch`: it is not the previous total plus the report's increment. */
  readonly kind: "mismatch" | "decrease";
  /** Null for the first figure of an assignment, when only the report's own increment can be checked. */
  readonly previousTotal: number | null;
  readonly increment: number | null;
  readonly stated: number;
}

/** A quantity that stays on its report and is shown there, but is not added to the total. */
export interface IgnoredQuantity {
  readonly reportId: string;
  readonly value: number;
  readonly unit: string;
  readonly kind: QuantityKind;
  /**
   * `unit`: not in the task's unit and not convertible to it. `unspecified`: no cue says whether it
   * is new or a total, so adding it could count the same work twice. `part`: a smaller figure of the
   * same kind beside a larger one in the same message (累计2000亩，其中民建村累计500亩).
   */
  readonly reason: "unit" | "unspecified" | "part";
}

export interface ProposedTarget {
  readonly reportId: string;
  readonly value: number;
}

export interface Progress {
  /** Null when no counted report stated a figure in the task's unit. */
  readonly total: number | null;
  /** The latest counted report, figure or not (a report of problems only still shows the unit is at work). */
  readonly lastReportAt: Date | null;
  /** Reports whose figures make the total, in time order. */
  readonly countedReportIds: readonly string[];
  readonly ignoredQuantities: readonly IgnoredQuantity[];
  readonly inconsistencies: readonly Inconsistency[];
  /** The latest target stated in a report: shown beside the ledger's target, never applied. */
  readonly proposedTarget: ProposedTarget | null;
  /** A report behind the total is not yet ✅ checked; digests say so. */
  readonly includesUnchecked: boolean;
  /** Every counted report, in time order, with the total just after it: what a database keeps per report. */
  readonly runningTotals: readonly RunningTotal[];
}

/**
 * The total as it stood just after one report. Stored beside each report, it lets the total at any
 * instant be read from a single row per assignment instead of adding up every report again.
 */
export interface RunningTotal {
  readonly reportId: string;
  /** Null until some counted report has stated a figure in the task's unit. */
  readonly total: number | null;
  readonly inconsistency: Inconsistency | null;
}

/** What one report states in the task's unit. */
interface Stated {
  readonly increment: number | null;
  readonly cumulative: number | null;
  readonly target: number | null;
  readonly ignored: IgnoredQuantity[];
}

const TOLERANCE = 1e-6;

function inTimeOrder(a: FiledReport, b: FiledReport): number {
  const byTime = a.sentAt.getTime() - b.sentAt.getTime();
  if (byTime !== 0) return byTime;
  // Code-unit order, not locale order: the same ids must sort the same on every machine.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function readReport(report: FiledReport, taskUnit: string): Stated {
  const ignored: IgnoredQuantity[] = [];
  const byKind = new Map<QuantityKind, Array<{ value: number; q: ReportedQuantity }>>();
  for (const q of report.quantities) {
    const value = convertQuantity(q.value, q.unit, taskUnit);
    if (value === null || q.kind === "unspecified") {
      const reason = value === null ? "unit" : "unspecified";
      ignored.push({ reportId: report.id, value: q.value, unit: q.unit, kind: q.kind, reason });
      continue;
    }
    byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), { value, q }]);
  }
  // Two figures of one kind in one message are nearly always a whole and its part (新增就业50人，
  // 其中脱贫劳动力30人): the largest is the report's figure, the others are shown.
  const largest = (kind: QuantityKind): number | null => {
    const figures = byKind.get(kind);
    if (!figures) return null;
    const top = figures.reduce((a, b) => (b.value > a.value ? b : a));
    for (const f of figures) {
      if (f !== top) {
        ignored.push({ reportId: report.id, value: f.q.value, unit: f.q.unit, kind, reason: "part" });
      }
    }
    return top.value;
  };
  return {
    increment: largest("increment"),
    cumulative: largest("cumulative"),
    target: largest("target"),
    ignored,
  };
}

/** The flag for a stated cumulative, or null when it follows from the previous total and increment. */
function checkCumulative(
  reportId: string,
  previousTotal: number | null,
  increment: number | null,
  stated: number,
): Inconsistency | null {
  const flag = (kind: Inconsistency["kind"]) => ({ reportId, kind, previousTotal, increment, stated });
  if (previousTotal !== null && stated < previousTotal - TOLERANCE) return flag("decrease");
  if (increment === null) return null;
  // Before any total, the cumulative may include work never reported, but never less than its own increment.
  if (previousTotal === null) return stated < increment - TOLERANCE ? flag("mismatch") : null;
  return Math.abs(previousTotal + increment - stated) > TOLERANCE ? flag("mismatch") : null;
}

export function computeProgress(input: ProgressInput): Progress {
  const reports = input.reports.filter((r) => r.counts).sort(inTimeOrder);
  let total: number | null = null;
  let lastReportAt: Date | null = null;
  let proposedTarget: ProposedTarget | null = null;
  let includesUnchecked = false;
  const countedReportIds: string[] = [];
  const ignoredQuantities: IgnoredQuantity[] = [];
  const inconsistencies: Inconsistency[] = [];
  const runningTotals: RunningTotal[] = [];

  for (const report of reports) {
    lastReportAt = report.sentAt;
    const { increment, cumulative, target, ignored } = readReport(report, input.unit);
    ignoredQuantities.push(...ignored);
    if (target !== null) proposedTarget = { reportId: report.id, value: target };
    let inconsistency: Inconsistency | null = null;
    if (increment !== null || cumulative !== null) {
      countedReportIds.push(report.id);
      if (report.checked === false) includesUnchecked = true;
      if (cumulative !== null) {
        // 本周新增3户，累计40户: the cumulative is the new total and the increment is inside it.
        inconsistency = checkCumulative(report.id, total, increment, cumulative);
        if (inconsistency) inconsistencies.push(inconsistency);
        total = cumulative;
      } else {
        total = roundFigure((total ?? 0) + (increment ?? 0));
      }
    }
    runningTotals.push({ reportId: report.id, total, inconsistency });
  }

  return {
    total,
    lastReportAt,
    countedReportIds,
    ignoredQuantities,
    inconsistencies,
    proposedTarget,
    includesUnchecked,
    runningTotals,
  };
}

/** A stated parent total that differs from the sum of its children. */
export interface StatedGap {
  readonly computed: number;
  readonly stated: number;
  /** stated − computed: positive when the parent claims more than its children have reported. */
  readonly gap: number;
}

export interface RolledUp {
  /** The sum of the children's totals; null when none of them has one. */
  readonly total: number | null;
  /** What the parent itself reported (全镇累计2000亩), shown beside the sum. */
  readonly stated: number | null;
  readonly gap: StatedGap | null;
}

/**
 * A parent unit's total for a task is the sum of its children's (decisions.md, Parents). Its own
 * stated total is kept beside it and a gap is flagged, never merged: the children's reports are the
 * ones that can be checked, and the gap is what the county office wants to ask about.
 */
export function rollUp(children: ReadonlyArray<number | null>, stated?: number | null): RolledUp {
  const reported = children.filter((c): c is number => c !== null);
  const total = reported.length === 0 ? null : roundFigure(reported.reduce((a, b) => a + b, 0));
  if (stated === undefined || stated === null) return { total, stated: null, gap: null };
  // No child has reported yet: the whole stated figure is unaccounted for.
  const computed = total ?? 0;
  const gap = roundFigure(stated - computed);
  return { total, stated, gap: Math.abs(gap) > TOLERANCE ? { computed, stated, gap } : null };
}
