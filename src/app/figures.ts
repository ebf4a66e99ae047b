import type { AssignmentFigure, RunningTotalsOf } from "../db/repositories/index.ts";
import { computeProgress, roundFigure } from "../domain/ledger/index.ts";
import type { QuantityKind } from "../domain/parser/index.ts";
import type { AppDeps } from "./deps.ts";

/**
 * The ledger's arithmetic as the reports repository keeps it beside each report: the total just
 * after it, and what its own figures implied when a stated cumulative disagrees.
 */
export const runningTotalsOf: RunningTotalsOf = (measure, reports) =>
  computeProgress({
    unit: measure,
    reports: reports.map((r) => ({
      ...r,
      quantities: r.quantities.map((q) => ({ ...q, kind: q.kind as QuantityKind })),
    })),
  }).runningTotals.map(({ reportId, total, inconsistency }) => ({
    reportId,
    total,
    inconsistency: inconsistency && {
      kind: inconsistency.kind,
      expected: roundFigure((inconsistency.previousTotal ?? 0) + (inconsistency.increment ?? 0)),
    },
  }));

/**
 * Every assignment's total at `at` (and at `before`, in the same pass), read in the database from
 * the running totals kept with the reports.
 */
export function totalsAsOf(deps: AppDeps, at: Date, before?: Date): Promise<AssignmentFigure[]> {
  return deps.repos.figures.totalsAsOf(at, before);
}
