import type { ChatRow, OutboxRow } from "../db/repositories/index.ts";
import { NOTICE_KINDS, type Notice, noticeSchema } from "../domain/notices/index.ts";
import type { AppDeps } from "./deps.ts";
import { CLAIM_MS, DeliveryFailure, recordFailure, type SendOutcome } from "./outbox.ts";

/**
 * Reminders, lists of unreached reporters and red/yellow announcements: planned into the outbox
 * with what they say, sent through the same paced channel as digests.
 */

/**
 * How the channel delivers notices to one chat, in `locale` (the reader's): several at once when
 * they fall due together. It throws a DeliveryFailure when it cannot.
 */
export interface NoticeSender {
  send(chat: ChatRow, notices: readonly Notice[], locale: string | null): Promise<void>;
}

/**
 * Plans a notice for a chat, once per (chat, kind, period). For a paused chat it is recorded as
 * skipped: /resume brings back what falls due after it, not a burst of what was missed.
 */
export function planNotice(
  deps: AppDeps,
  chat: ChatRow,
  periodKey: string,
  notice: Notice,
  dueAt: Date,
): Promise<boolean> {
  return deps.repos.outbox.plan({
    chatId: chat.id,
    kind: notice.kind,
    periodKey,
    dueAt,
    late: false,
    payload: JSON.stringify(notice),
    ...(chat.pausedAt ? { status: "skipped" as const, error: "paused" } : {}),
  });
}

/**
 * Sends the notices that are due; failures are recorded as digests' are. Announcements for one
 * group that fall due together go as one message: a group bound for the first time, or a week in
 * which ten villages' shares turn red, gets one message, not ten.
 */
export async function sendDueNotices(deps: AppDeps, sender: NoticeSender, now: Date): Promise<SendOutcome> {
  const outcome = { sent: 0, failed: 0, retrying: 0, skipped: 0 };
  const batches = new Map<string, OutboxRow[]>();
  for (const item of await deps.repos.outbox.claimDue(now, CLAIM_MS, NOTICE_KINDS)) {
    const key = item.kind === "flag" ? `flag ${item.chatId}` : item.id;
    batches.set(key, [...(batches.get(key) ?? []), item]);
  }
  for (const batch of batches.values()) {
    const chat = await deps.repos.chats.byId((batch[0] as OutboxRow).chatId);
    try {
      if (!chat) throw new DeliveryFailure("the chat is gone", true);
      if (chat.pausedAt) {
        for (const item of batch) await deps.repos.outbox.markSkipped(item.id, "paused");
        outcome.skipped += batch.length;
        continue;
      }
      const notices = batch.map((item) => noticeSchema.parse(JSON.parse(item.payload ?? "null")));
      // A group reads its own language (/lang there); a person reads theirs.
      const locale =
        chat.type === "private"
          ? ((await deps.repos.people.find("telegram", chat.externalId))?.locale ?? null)
          : chat.locale;
      await sender.send(chat, notices, locale);
      for (const item of batch) await deps.repos.outbox.markSent(item.id, deps.now());
      outcome.sent += batch.length;
    } catch (error) {
      for (const item of batch) {
        if (await recordFailure(deps, item, error, now)) outcome.failed++;
        else outcome.retrying++;
      }
      // Blocked by the person: from now on their reporters' lists say so instead of failing daily.
      const blocked = error instanceof DeliveryFailure && error.permanent;
      if (blocked && chat?.type === "private")
        await deps.repos.people.markUnreachable("telegram", chat.externalId);
    }
  }
  return outcome;
}
