import type { ChatRow, PersonView, TaskRow } from "../db/repositories/index.ts";
import { can, childKindOf } from "../domain/ledger/index.ts";
import type { AppDeps } from "./deps.ts";
import { findUnitFor } from "./people.ts";

type Refusal = { ok: false; reason: "unknown-unit" | "ambiguous-unit" | "forbidden" | "bad-input" };

async function managedUnit(deps: AppDeps, actor: PersonView, unitName: string) {
  const found = await findUnitFor(deps, actor, unitName);
  if (!found.ok) return found;
  const snapshot = await deps.ledger.snapshot();
  if (!can(actor.memberships, "manage", found.unitId, snapshot.tree).ok)
    return { ok: false as const, reason: "forbidden" as const };
  return { ok: true as const, unitId: found.unitId, name: snapshot.unitName(found.unitId) ?? unitName };
}

/** The first unit of a new deployment (the county), made from the command line. */
export async function addRootUnit(deps: AppDeps, name: string, kind = "county") {
  const unit = await deps.repos.units.create({ parentId: null, name, kind });
  deps.ledger.invalidate();
  return unit;
}

export async function addUnit(
  deps: AppDeps,
  actor: PersonView,
  request: { parentName: string; name: string; kind?: string },
): Promise<{ ok: true; name: string; parentName: string } | Refusal> {
  const name = request.name.trim();
  if (name === "" || name.length > 40) return { ok: false, reason: "bad-input" };
  const parent = await managedUnit(deps, actor, request.parentName);
  if (!parent.ok) return parent;
  const snapshot = await deps.ledger.snapshot();
  const kind = request.kind ?? childKindOf(snapshot.unitsById.get(parent.unitId)?.kind ?? "");
  await deps.repos.units.create({ parentId: parent.unitId, name, kind });
  deps.ledger.invalidate();
  return { ok: true, name, parentName: parent.name };
}

export interface NewTask {
  readonly ownerUnitName: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly measure: string;
  readonly target: number | null;
  readonly deadline: string | null;
}

export async function addTask(
  deps: AppDeps,
  actor: PersonView,
  request: NewTask,
): Promise<{ ok: true; task: TaskRow } | Refusal> {
  if (request.name.trim() === "" || request.measure.trim() === "") return { ok: false, reason: "bad-input" };
  if (request.deadline !== null && !/^\d{4}-\d{2}-\d{2}$/.test(request.deadline))
    return { ok: false, reason: "bad-input" };
  const owner = await managedUnit(deps, actor, request.ownerUnitName);
  if (!owner.ok) return owner;
  const planYear = Number((request.deadline ?? deps.now().toISOString()).slice(0, 4));
  const task = await deps.repos.tasks.create({
    planYear,
    name: request.name.trim(),
    aliases: request.aliases.map((a) => a.trim()).filter((a) => a !== ""),
    ownerUnitId: owner.unitId,
    measure: request.measure.trim(),
    target: request.target,
    deadline: request.deadline,
  });
  deps.ledger.invalidate();
  return { ok: true, task };
}

/** /bind 民建镇 in a group: that group now speaks for the unit, if the binder manages it. */
export async function bindGroup(
  deps: AppDeps,
  actor: PersonView,
  chat: ChatRow,
  unitName: string,
): Promise<{ ok: true; unitName: string } | Refusal> {
  const unit = await managedUnit(deps, actor, unitName);
  if (!unit.ok) return unit;
  await deps.repos.chats.update(chat.id, { unitId: unit.unitId });
  return { ok: true, unitName: unit.name };
}

/** /quiet in a group: react to reports instead of answering each with a card (and back). */
export async function toggleQuiet(
  deps: AppDeps,
  actor: PersonView,
  chat: ChatRow,
): Promise<{ ok: true; quiet: boolean } | Refusal> {
  const snapshot = await deps.ledger.snapshot();
  if (!chat.unitId || !can(actor.memberships, "manage", chat.unitId, snapshot.tree).ok)
    return { ok: false, reason: "forbidden" };
  const updated = await deps.repos.chats.update(chat.id, { quiet: !chat.quiet });
  return { ok: true, quiet: updated.quiet };
}
