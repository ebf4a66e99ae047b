import { foldKey } from "../parser/normalize.ts";
import type { PlanState } from "./plan-state.ts";
import { type FieldChange, type LedgerTask, shownValue, type TaskFields } from "./plan-types.ts";
import type { TaskLine } from "./read-ledger.ts";

/** A task without a quantity (制定方案) still needs a measure: it is counted in items. */
export const DEFAULT_MEASURE = "项";

const codeKey = (planYear: number, code: string) => `${planYear}\u0000${foldKey(code)}`;
const nameKey = (planYear: number, name: string, ownerUnitId: string) =>
  `${planYear}\u0000${foldKey(name)}\u0000${ownerUnitId}`;

/** Fields a sheet may leave out; a column the sheet lacks leaves the task's value alone. */
const OPTIONAL_COLUMNS: ReadonlyArray<readonly [keyof TaskFields, string]> = [
  ["aliases", "aliases"],
  ["lead", "lead"],
  ["note", "note"],
  ["target", "target"],
  ["startDate", "startDate"],
  ["deadline", "deadline"],
];

/**
 * Task rows against the ledger: a row matches a task by plan year and code when it has a code,
 * else by name and owner unit in that year. A match with other values is updated in place; an
 * import never deletes.
 */
export function planTasks(state: PlanState, lines: readonly TaskLine[]): void {
  const byCode = new Map<string, LedgerTask>();
  const byName = new Map<string, LedgerTask>();
  for (const task of state.tasks.values()) {
    if (task.code !== null) byCode.set(codeKey(task.planYear, task.code), task);
    byName.set(nameKey(task.planYear, task.name, task.ownerUnitId), task);
  }
  const seen = new Map<string, number>();
  for (const line of lines) {
    const ownerUnitId = ownerOf(state, line);
    if (ownerUnitId === null || line.checkOwnerOnly) continue;
    const byItsName = byName.get(nameKey(line.planYear, line.name, ownerUnitId));
    const existing =
      (line.code === null ? undefined : byCode.get(codeKey(line.planYear, line.code))) ??
      (byItsName && (line.code === null || byItsName.code === null) ? byItsName : undefined);
    const firstRow = existing ? seen.get(existing.id) : undefined;
    if (firstRow !== undefined) {
      state.problem(line.place, line.code === null ? "name" : "code", "duplicate-row", { first: firstRow });
      continue;
    }
    const task = existing
      ? updateTask(state, line, existing, ownerUnitId)
      : createTask(state, line, ownerUnitId);
    if (task === null) continue;
    seen.set(task.id, line.place.row);
    state.tasks.set(task.id, task);
    if (task.code !== null) byCode.set(codeKey(task.planYear, task.code), task);
    byName.set(nameKey(task.planYear, task.name, task.ownerUnitId), task);
  }
}

function ownerOf(state: PlanState, line: TaskLine): string | null {
  if (line.ownerPath !== null) {
    const unitId = state.unitAt(line.place, "owner", line.ownerPath);
    return unitId !== null && state.allowed(line.place, "owner", [unitId]) ? unitId : null;
  }
  const [only, ...others] = state.ownUnits;
  if (only !== undefined && others.length === 0) return only;
  state.problem(line.place, "owner", "missing-owner");
  return null;
}

function createTask(state: PlanState, line: TaskLine, ownerUnitId: string): LedgerTask | null {
  // A new task's target needs a measure; an existing task keeps its own when the sheet has none.
  if (line.target !== null && line.measure === null) {
    state.problem(line.place, "target", "missing-measure");
    return null;
  }
  const task: LedgerTask = {
    id: state.context.newId(),
    planYear: line.planYear,
    code: line.code,
    name: line.name,
    aliases: line.aliases,
    ownerUnitId,
    lead: line.lead,
    note: line.note,
    measure: line.measure ?? DEFAULT_MEASURE,
    target: line.target,
    startDate: line.startDate,
    deadline: line.deadline,
    assignments: [],
  };
  const { assignments: _, ...fields } = task;
  state.writes.tasksToCreate.push(fields);
  state.changes.push({ entity: "task", action: "created", name: task.name, fields: [] });
  state.count("tasks", "created");
  return task;
}

function updateTask(
  state: PlanState,
  line: TaskLine,
  task: LedgerTask,
  ownerUnitId: string,
): LedgerTask | null {
  const wanted: Partial<Record<keyof TaskFields, unknown>> = {
    code: line.code ?? task.code,
    name: line.name,
    ownerUnitId,
    measure: line.measure ?? task.measure,
  };
  for (const [field, column] of OPTIONAL_COLUMNS) {
    if (line.place.columns[column] !== undefined) wanted[field] = line[field as keyof TaskLine];
  }
  const fields: Partial<Record<keyof TaskFields, unknown>> = {};
  const shown: FieldChange[] = [];
  for (const [field, value] of Object.entries(wanted) as Array<[keyof TaskFields, unknown]>) {
    const before = task[field];
    if (shownValue(before) === shownValue(value) && (before === null) === (value === null)) continue;
    fields[field] = value;
    const label = (id: unknown) => (field === "ownerUnitId" ? state.labelOf(String(id)) : shownValue(id));
    shown.push({ field, before: label(before), after: label(value) });
  }
  if (shown.length === 0) {
    state.count("tasks", "unchanged");
    return task;
  }
  if (!state.allowed(line.place, "owner", [task.ownerUnitId, ownerUnitId])) return null;
  state.writes.tasksToUpdate.push({ id: task.id, fields: fields as Partial<TaskFields> });
  if (fields.measure !== undefined) state.writes.remeasuredTaskIds.push(task.id);
  state.changes.push({ entity: "task", action: "updated", name: task.name, fields: shown });
  state.count("tasks", "updated");
  return { ...task, ...(fields as Partial<TaskFields>) };
}
