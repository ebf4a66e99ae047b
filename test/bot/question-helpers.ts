import { addTask, operator } from "../../src/app/index.ts";
import type { Harness } from "./harness.ts";

/** A message sent at this time: before the bot's fixed clock (2024-06-14 17:49), so answers count it. */
export const sentAt = (iso: string) => ({ date: Date.parse(iso) / 1000 });

/** A unit's id by name, and by its parent's name where names repeat. */
export async function unitId(h: Harness, name: string, parent?: string): Promise<string> {
  const snapshot = await h.deps.ledger.snapshot();
  const unit = snapshot.units.find(
    (u) => u.name === name && (parent === undefined || snapshot.unitName(u.parentId) === parent),
  );
  if (!unit) throw new Error(`no unit ${name}`);
  return unit.id;
}

/** Villages added under a township, each with a share of a task (10 of its measure) to report on. */
export async function assignedVillages(
  h: Harness,
  township: string,
  names: readonly string[],
  taskName = "农村改厕",
) {
  const { deps } = h;
  const parentId = await unitId(h, township);
  const task = (await deps.ledger.snapshot()).tasks.find((t) => t.name === taskName);
  if (!task) throw new Error(`no task ${taskName}`);
  for (const name of names) {
    const village = await deps.repos.units.create({ parentId, name, kind: "village" });
    await deps.repos.tasks.assign(task.id, village.id, 10, null);
  }
  deps.ledger.invalidate();
}

/** A county task past its deadline: red from the first day after it. */
export async function overdueTask(h: Harness) {
  const added = await addTask(h.deps, await operator(h.deps), {
    ownerUnitName: "金塔县",
    name: "退耕还林",
    aliases: [],
    measure: "亩",
    target: 100,
    deadline: "2024-05-31",
  });
  if (!added.ok) throw new Error("could not add the task");
}
