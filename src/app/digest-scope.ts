import type { TaskRow } from "../db/repositories/index.ts";
import type { DigestTask } from "../domain/digest/index.ts";
import { parseLocalDate } from "../domain/ledger/index.ts";
import type { Snapshot } from "./ledger-cache.ts";

/**
 * The tasks a unit's digest shows, each as that unit's part of it. A task the unit (or one below
 * it) owns is shown whole. A task from above is the unit's share: the assignments in its subtree,
 * their targets added up and the latest of their deadlines, since the share is done when all of
 * them are. A task from above with no assignments belongs to its owner; it shows below only where
 * the subtree has reported on it, without a target of its own. So a village's digest holds its ten
 * tasks, not the county's three hundred against the county's targets.
 */
export function digestTasksOf(
  snapshot: Snapshot,
  unitId: string,
  reportedWithin: ReadonlySet<string>,
): DigestTask[] {
  const within = (id: string) => snapshot.tree.isWithin(id, unitId);
  return snapshot.tasksVisibleTo(unitId).flatMap((task): DigestTask[] => {
    if (within(task.ownerUnitId)) return [shown(task, task.target, task.deadline)];
    const shares = task.assignments.filter((a) => within(a.unitId));
    if (shares.length === 0) {
      return task.assignments.length === 0 && reportedWithin.has(task.id)
        ? [shown(task, null, task.deadline)]
        : [];
    }
    const target = shares.every((a) => a.target !== null)
      ? shares.reduce((sum, a) => sum + (a.target ?? 0), 0)
      : null;
    const deadlines = shares.map((a) => a.deadline ?? task.deadline);
    // ISO dates sort as text: the last is the latest.
    const deadline = deadlines.includes(null) ? null : ([...deadlines].sort().at(-1) ?? null);
    return [shown(task, target, deadline)];
  });
}

function shown(task: TaskRow, target: number | null, deadline: string | null): DigestTask {
  return {
    id: task.id,
    name: task.name,
    measure: task.measure,
    target,
    startDate: task.startDate ? parseLocalDate(task.startDate) : null,
    deadline: deadline ? parseLocalDate(deadline) : null,
    planYear: task.planYear,
    done: task.status === "done",
  };
}

/**
 * Units within `unitId`'s subtree expected to report (an assignment, or owning a task that has
 * none) that were not heard from (decisions.md, Silence). A report for a unit below counts for the
 * unit that owns the task: the county's own tasks are reported on by its villages.
 */
export function silentUnitsOf(snapshot: Snapshot, unitId: string, heard: ReadonlySet<string>): string[] {
  const expected = new Set<string>();
  for (const t of snapshot.tasksVisibleTo(unitId)) {
    if (t.assignments.length === 0) expected.add(t.ownerUnitId);
    for (const a of t.assignments) expected.add(a.unitId);
  }
  const heardWithin = (id: string) => heard.has(id) || [...heard].some((h) => snapshot.tree.isWithin(h, id));
  return [...expected].filter((id) => snapshot.tree.isWithin(id, unitId) && !heardWithin(id));
}
