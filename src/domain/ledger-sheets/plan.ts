import { planAssignments } from "./plan-assignments.ts";
import { PlanState } from "./plan-state.ts";
import { planTasks } from "./plan-tasks.ts";
import type { ImportContext, ImportPlan } from "./plan-types.ts";
import { planUnits } from "./plan-units.ts";
import type { LedgerLines } from "./read-ledger.ts";

/**
 * What importing the lines would change in the ledger, or every problem that stops it. Units come
 * first, so that tasks may name units the same file creates, and tasks before their split.
 */
export function planImport(lines: LedgerLines, context: ImportContext): ImportPlan {
  const state = new PlanState(context);
  planUnits(state, lines.units);
  planTasks(state, lines.tasks);
  planAssignments(state, lines.assignments);
  const problems = [...lines.problems, ...state.problems];
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, writes: state.writes, changes: state.changes, counts: state.counts };
}

/** In the order a person reads the file: sheet by sheet, row by row, left to right. */
function sortProblems<T extends { sheet: string | null; row: number | null; column: string | null }>(
  problems: T[],
): T[] {
  const sheets = [...new Set(problems.map((p) => p.sheet))];
  return problems
    .map((p, order) => ({ p, order }))
    .sort(
      (a, b) =>
        sheets.indexOf(a.p.sheet) - sheets.indexOf(b.p.sheet) ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        (a.p.column ?? "").length - (b.p.column ?? "").length ||
        (a.p.column ?? "").localeCompare(b.p.column ?? "") ||
        a.order - b.order,
    )
    .map(({ p }) => p);
}
