import type { UnitTree } from "./units.ts";

/**
 * Who may do what, by the roles a person holds in units. A role reaches its unit and everything
 * under it: a village's reporter files for the village and its groups, never for the township.
 */
export type Role = "admin" | "leader" | "reporter";

export interface Membership {
  readonly unitId: string;
  readonly role: Role;
}

/**
 * `report`: file a progress report for the unit. `read`: see its ledger, digests and answers.
 * `manage`: invite people, edit tasks, targets and units, bind groups, close problems.
 */
export type Action = "report" | "read" | "manage";

export type Permission =
  | { readonly ok: true; readonly membership: Membership }
  | {
      readonly ok: false;
      /**
       * `no-membership`: not (or no longer) a member anywhere. `unknown-unit`: the target is not in
       * the tree. `outside`: none of the person's units contains the target. `role`: one does, but
       * the role there does not allow the action.
       */
      readonly reason: "no-membership" | "unknown-unit" | "outside" | "role";
    };

/** A leader reads and reports for their units; a reporter reads what they report for, so they can check it. */
const ROLES_FOR: Readonly<Record<Action, readonly Role[]>> = {
  report: ["reporter", "leader", "admin"],
  read: ["reporter", "leader", "admin"],
  manage: ["admin"],
};

export function can(
  memberships: readonly Membership[],
  action: Action,
  targetUnitId: string,
  tree: UnitTree,
): Permission {
  if (memberships.length === 0) return { ok: false, reason: "no-membership" };
  if (tree.get(targetUnitId) === undefined) return { ok: false, reason: "unknown-unit" };
  const reaching = memberships.filter((m) => tree.isWithin(targetUnitId, m.unitId));
  if (reaching.length === 0) return { ok: false, reason: "outside" };
  const allowed = ROLES_FOR[action];
  // The membership nearest the target is the one the person acts through (for the audit trail).
  const granting = reaching
    .filter((m) => allowed.includes(m.role))
    .sort((a, b) => tree.ancestors(b.unitId).length - tree.ancestors(a.unitId).length)[0];
  return granting ? { ok: true, membership: granting } : { ok: false, reason: "role" };
}
