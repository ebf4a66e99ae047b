import { randomBytes } from "node:crypto";
import type { PersonView, Role } from "../db/repositories/index.ts";
import { can } from "../domain/ledger/index.ts";
import { parse } from "../domain/parser/index.ts";
import type { AppDeps, Sender } from "./deps.ts";

/** The person behind a message, created on first contact; bootstrap admins get the root unit. */
export async function identify(deps: AppDeps, sender: Sender): Promise<PersonView> {
  // Every update passes here: a read for someone known, a write only when there is news (a first
  // contact, or a first private chat that makes them reachable). A new @username waits till then.
  const known = await deps.repos.people.find(sender.platform, sender.externalId);
  let person =
    known && (known.canMessage || !sender.privateChat)
      ? known
      : await deps.repos.people.ensure(sender.platform, sender.externalId, {
          displayName: sender.displayName,
          username: sender.username ?? null,
          canMessage: sender.privateChat,
        });
  if (
    person.memberships.length === 0 &&
    sender.platform === "telegram" &&
    deps.bootstrapAdminIds.has(sender.externalId)
  ) {
    const root = (await deps.ledger.snapshot()).units.find((u) => u.parentId === null);
    if (root) {
      await deps.repos.people.addMembership(person.personId, root.id, "admin");
      person = (await deps.repos.people.find(sender.platform, sender.externalId)) ?? person;
    }
  }
  return person;
}

/** Unambiguous to read aloud and type on a phone: no 0/O, 1/I/L. */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

function inviteCode(): string {
  const bytes = randomBytes(8);
  return [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

export type InviteOutcome =
  | { ok: true; code: string; unitName: string; role: Role; expiresAt: Date; maxUses: number }
  | { ok: false; reason: "unknown-unit" | "ambiguous-unit" | "forbidden" | "bad-role" };

export async function createInvite(
  deps: AppDeps,
  actor: PersonView,
  request: { unitName: string; role: string; days?: number; uses?: number },
): Promise<InviteOutcome> {
  if (!["admin", "leader", "reporter"].includes(request.role)) return { ok: false, reason: "bad-role" };
  const found = await findUnitFor(deps, actor, request.unitName);
  if (!found.ok) return found;
  const snapshot = await deps.ledger.snapshot();
  if (!can(actor.memberships, "manage", found.unitId, snapshot.tree).ok)
    return { ok: false, reason: "forbidden" };
  const expiresAt = new Date(deps.now().getTime() + (request.days ?? 7) * 86_400_000);
  const maxUses = request.uses ?? 30;
  const code = inviteCode();
  const role = request.role as Role;
  await deps.repos.invites.create({
    code,
    unitId: found.unitId,
    role,
    createdById: actor.personId,
    expiresAt,
    maxUses,
  });
  return {
    ok: true,
    code,
    unitName: snapshot.unitName(found.unitId) ?? request.unitName,
    role,
    expiresAt,
    maxUses,
  };
}

export async function join(
  deps: AppDeps,
  person: PersonView,
  code: string,
): Promise<{ ok: true; unitName: string; role: Role } | { ok: false; reason: "invalid-code" }> {
  const invite = await deps.repos.invites.redeem(code.trim().toUpperCase(), deps.now());
  if (!invite) return { ok: false, reason: "invalid-code" };
  await deps.repos.people.addMembership(person.personId, invite.unitId, invite.role);
  const snapshot = await deps.ledger.snapshot();
  return { ok: true, unitName: snapshot.unitName(invite.unitId) ?? "", role: invite.role };
}

/**
 * A unit named by someone, searched within the units they belong to (names repeat: many
 * counties have a 团结村); an admin of the root sees everything.
 */
export async function findUnitFor(
  deps: AppDeps,
  actor: PersonView,
  name: string,
): Promise<{ ok: true; unitId: string } | { ok: false; reason: "unknown-unit" | "ambiguous-unit" }> {
  const snapshot = await deps.ledger.snapshot();
  // 鼎新镇团结村 names a path; the outer names tell apart units of the same name.
  const path = parse(name).placePath;
  const found = new Set<string>();
  for (const m of actor.memberships) {
    const r =
      path.length > 1
        ? snapshot.tree.resolvePlacePath(path, m.unitId)
        : snapshot.tree.resolvePlace(name, m.unitId);
    if (r.ok) found.add(r.unitId);
    else if (r.reason === "ambiguous") for (const c of r.candidates) found.add(c);
  }
  if (found.size === 1) return { ok: true, unitId: [...found][0] as string };
  return { ok: false, reason: found.size === 0 ? "unknown-unit" : "ambiguous-unit" };
}

/** The unit a person reports for by default: in a bound group, that group's unit if theirs. */
export function homeUnitOf(
  person: PersonView,
  groupUnitId: string | null,
  isWithin: (id: string, root: string) => boolean,
) {
  if (groupUnitId) {
    const inGroup = person.memberships.find(
      (m) => m.unitId === groupUnitId || isWithin(m.unitId, groupUnitId),
    );
    if (inGroup) return inGroup.unitId;
  }
  return person.memberships[0]?.unitId ?? null;
}
