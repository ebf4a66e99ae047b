import type { PersonView } from "../db/repositories/index.ts";
import type { AppDeps } from "./deps.ts";
import { findUnitFor, identify } from "./people.ts";

/** The command line acts as an admin of every root unit: whoever runs it runs the deployment. */
export async function operator(deps: AppDeps): Promise<PersonView> {
  const roots = (await deps.ledger.snapshot()).units.filter((u) => u.parentId === null);
  return {
    personId: "operator",
    accountId: "operator",
    displayName: "operator",
    locale: null,
    active: true,
    canMessage: false,
    memberships: roots.map((u) => ({ unitId: u.id, role: "admin" as const })),
  };
}

/** `taizhang admin add`: makes a Telegram user an admin of a unit, creating the root unit if there is none. */
export async function addAdmin(
  deps: AppDeps,
  request: { telegramId: string; unitName: string; displayName?: string },
): Promise<
  | { ok: true; unitName: string; createdRoot: boolean }
  | { ok: false; reason: "unknown-unit" | "ambiguous-unit" }
> {
  let createdRoot = false;
  if ((await deps.ledger.snapshot()).units.length === 0) {
    await deps.repos.units.create({ parentId: null, name: request.unitName, kind: "county" });
    deps.ledger.invalidate();
    createdRoot = true;
  }
  const unit = await findUnitFor(deps, await operator(deps), request.unitName);
  if (!unit.ok) return unit;
  const person = await identify(deps, {
    platform: "telegram",
    externalId: request.telegramId,
    displayName: request.displayName ?? `admin ${request.telegramId}`,
    privateChat: false,
  });
  await deps.repos.people.addMembership(person.personId, unit.unitId, "admin");
  const snapshot = await deps.ledger.snapshot();
  return { ok: true, unitName: snapshot.unitName(unit.unitId) ?? request.unitName, createdRoot };
}
