import type { ChatRow, PersonView } from "../db/repositories/index.ts";
import { can } from "../domain/ledger/index.ts";
import type { AppDeps } from "./deps.ts";

/**
 * /pause and /resume in a group, by someone who manages the group's unit (as /digest): nothing the
 * bot sends there on its own (digests, red/yellow announcements, lists of unreached reporters)
 * until /resume. What falls due meanwhile is recorded as skipped, not sent on /resume.
 */
export async function pauseGroup(
  deps: AppDeps,
  actor: PersonView,
  chat: ChatRow,
  paused: boolean,
): Promise<{ ok: true; unitName: string } | { ok: false; reason: "unbound" | "forbidden" }> {
  if (!chat.unitId) return { ok: false, reason: "unbound" };
  const snapshot = await deps.ledger.snapshot();
  if (!can(actor.memberships, "manage", chat.unitId, snapshot.tree).ok)
    return { ok: false, reason: "forbidden" };
  await deps.repos.chats.update(chat.id, { pausedAt: paused ? deps.now() : null });
  return { ok: true, unitName: snapshot.unitName(chat.unitId) ?? "" };
}

/** /pause and /resume in a private chat: the person's own reminders (and lists of unreached reporters). */
export async function pausePerson(
  deps: AppDeps,
  where: { platform: string; externalId: string },
  paused: boolean,
): Promise<void> {
  const chat = await deps.repos.chats.privateChat(where.platform, where.externalId);
  await deps.repos.chats.update(chat.id, { pausedAt: paused ? deps.now() : null });
}
