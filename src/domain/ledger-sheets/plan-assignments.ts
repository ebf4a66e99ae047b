import { convertQuantity } from "../ledger/measures.ts";
import { foldKey } from "../parser/normalize.ts";
import type { PlanState } from "./plan-state.ts";
import { type FieldChange, type LedgerTask, shownValue } from "./plan-types.ts";
import type { AssignmentLine } from "./read-ledger.ts";

/**
 * Rows of a 任务分解表 against the tasks (the ledger's and the file's): each row gives one unit
 * its share of a task. A task is named by code or by name (or an alias); a name two tasks share
 * is for the sheet to settle with a code, never for the import to guess.
 */
export function planAssignments(state: PlanState, lines: readonly AssignmentLine[]): void {
  const byName = new Map<string, LedgerTask[]>();
  const byCode = new Map<string, LedgerTask[]>();
  const add = (map: Map<string, LedgerTask[]>, key: string, task: LedgerTask) => {
    const list = map.get(key) ?? [];
    if (!list.includes(task)) list.push(task);
    map.set(key, list);
  };
  for (const task of state.tasks.values()) {
    if (task.code !== null) add(byCode, foldKey(task.code), task);
    for (const name of [task.name, ...task.aliases]) add(byName, foldKey(name), task);
  }
  const assigned = new Map<string, { target: number | null; deadline: string | null }>();
  for (const task of state.tasks.values())
    for (const a of task.assignments) assigned.set(`${task.id}/${a.unitId}`, a);
  const seen = new Map<string, number>();

  for (const line of lines) {
    const task = taskOf(state, line, line.taskCode !== null ? byCode : byName);
    const unitId = state.unitAt(line.place, "unit", line.unitPath);
    if (task === null || unitId === null || !state.allowed(line.place, "unit", [unitId])) continue;
    let target = line.target;
    if (target !== null && line.measure !== null && foldKey(line.measure) !== foldKey(task.measure)) {
      target = convertQuantity(target, line.measure, task.measure);
      if (target === null) {
        state.problem(line.place, "measure", "measure-mismatch", {
          measure: line.measure,
          expected: task.measure,
        });
        continue;
      }
    }
    const key = `${task.id}/${unitId}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      state.problem(line.place, "unit", "duplicate-row", { first: firstRow });
      continue;
    }
    seen.set(key, line.place.row);
    const label = `${task.name} × ${state.labelOf(unitId)}`;
    const before = assigned.get(key);
    const deadline = line.place.columns.deadline !== undefined ? line.deadline : (before?.deadline ?? null);
    const write = { id: state.context.newId(), taskId: task.id, unitId, target, deadline };
    if (!before) {
      state.writes.assignmentsToCreate.push(write);
      state.changes.push({ entity: "assignment", action: "created", name: label, fields: [] });
      state.count("assignments", "created");
      continue;
    }
    const fields: FieldChange[] = [];
    if (before.target !== target)
      fields.push({ field: "target", before: shownValue(before.target), after: shownValue(target) });
    if (before.deadline !== deadline)
      fields.push({ field: "deadline", before: shownValue(before.deadline), after: shownValue(deadline) });
    if (fields.length === 0) {
      state.count("assignments", "unchanged");
      continue;
    }
    state.writes.assignmentsToUpdate.push(write);
    state.changes.push({ entity: "assignment", action: "updated", name: label, fields });
    state.count("assignments", "updated");
  }
}

function taskOf(state: PlanState, line: AssignmentLine, index: Map<string, LedgerTask[]>): LedgerTask | null {
  const wanted = line.taskCode ?? line.taskName ?? "";
  const column = line.taskCode !== null ? "code" : "name";
  let candidates = index.get(foldKey(wanted)) ?? [];
  if (line.planYear !== null) candidates = candidates.filter((t) => t.planYear === line.planYear);
  // The same task name in two plan years: this year's is meant.
  if (candidates.length > 1) {
    const current = candidates.filter((t) => t.planYear === state.context.currentYear);
    if (current.length > 0) candidates = current;
  }
  const [task, ...others] = candidates;
  if (task === undefined) state.problem(line.place, column, "unknown-task", { task: wanted });
  else if (others.length > 0)
    state.problem(line.place, column, "ambiguous-task", { task: wanted, count: candidates.length });
  return task !== undefined && others.length === 0 ? task : null;
}
