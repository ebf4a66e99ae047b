import type { Prisma } from "../client.ts";
import { isUniqueViolation } from "./inbox.ts";

export interface ScheduleRow {
  readonly id: string;
  readonly chatId: string;
  readonly kind: string;
  readonly day: number;
  readonly time: string;
  readonly timeZone: string;
  readonly paused: boolean;
  readonly createdAt: Date;
}

export interface OutboxRow {
  readonly id: string;
  readonly chatId: string;
  readonly kind: string;
  readonly periodKey: string;
  readonly dueAt: Date;
  readonly late: boolean;
  readonly attempts: number;
  readonly payload: string | null;
}

/** Digest schedules and the outbox of what the bot sends on its own. */
export function outboxRepository(prisma: Prisma) {
  return {
    /** `at` is the app's clock (fixed in tests and replays), not the database's. */
    async setSchedule(
      chatId: string,
      spec: { kind: string; day: number; time: string; timeZone: string },
      at: Date,
    ): Promise<void> {
      await prisma.digestSchedule.upsert({
        where: { chatId_kind: { chatId, kind: spec.kind } },
        update: { day: spec.day, time: spec.time, timeZone: spec.timeZone, paused: false, createdAt: at },
        create: { chatId, ...spec, createdAt: at },
      });
    },
    async stopSchedules(chatId: string): Promise<number> {
      return (await prisma.digestSchedule.deleteMany({ where: { chatId } })).count;
    },
    schedules(chatId?: string): Promise<ScheduleRow[]> {
      return prisma.digestSchedule.findMany({ where: chatId ? { chatId } : { paused: false } });
    },

    /**
     * Makes (chat, kind, period) due, once: false when it already was. A paused chat's item is
     * planned as `skipped` (with why in `error`): its key is taken, so it is never sent later.
     */
    async plan(item: {
      chatId: string;
      kind: string;
      periodKey: string;
      dueAt: Date;
      late: boolean;
      payload?: string;
      status?: "due" | "skipped";
      error?: string;
    }): Promise<boolean> {
      try {
        await prisma.outboxItem.create({ data: item });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    /**
     * Takes what is due and not being sent (or whose sender died: its lock ran out), each row
     * claimed by a conditional update, so two schedulers never take the same one.
     */
    async claimDue(now: Date, lockMs: number, kinds: readonly string[], limit = 50): Promise<OutboxRow[]> {
      const candidates = await prisma.outboxItem.findMany({
        where: {
          kind: { in: [...kinds] },
          dueAt: { lte: now },
          OR: [
            { status: "due", OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
            { status: "sending", lockedUntil: { lt: now } },
          ],
        },
        orderBy: { dueAt: "asc" },
        take: limit,
      });
      const claimed: OutboxRow[] = [];
      for (const c of candidates) {
        const taken = await prisma.outboxItem.updateMany({
          where: { id: c.id, status: c.status, attempts: c.attempts },
          data: {
            status: "sending",
            lockedUntil: new Date(now.getTime() + lockMs),
            attempts: { increment: 1 },
          },
        });
        if (taken.count === 1) claimed.push({ ...c, attempts: c.attempts + 1 });
      }
      return claimed;
    },

    async markSent(id: string, at: Date): Promise<void> {
      await prisma.outboxItem.update({
        where: { id },
        data: { status: "sent", sentAt: at, lockedUntil: null },
      });
    },

    /** What of an item already went out (a digest's text), so that a retry sends only the rest. */
    async recordPayload(id: string, payload: string): Promise<void> {
      await prisma.outboxItem.update({ where: { id }, data: { payload } });
    },

    /** A failure: tried again later, or given up for good (the bot was removed, the chat is gone). */
    async markFailed(id: string, error: string, retryAt: Date | null): Promise<void> {
      await prisma.outboxItem.update({
        where: { id },
        data: retryAt
          ? { status: "due", lockedUntil: retryAt, error: error.slice(0, 2000) }
          : { status: "failed", lockedUntil: null, error: error.slice(0, 2000) },
      });
    },

    /** Not sent, on purpose: the chat was paused when it came to be sent. */
    async markSkipped(id: string, why: string): Promise<void> {
      await prisma.outboxItem.update({
        where: { id },
        data: { status: "skipped", lockedUntil: null, error: why },
      });
    },

    /** What is already planned of a kind ("chatId periodKey"), so that planning again writes only what is new. */
    async planned(kind: string, periodKeyPrefix = ""): Promise<Set<string>> {
      const rows = await prisma.outboxItem.findMany({
        where: { kind, periodKey: { startsWith: periodKeyPrefix } },
        select: { chatId: true, periodKey: true },
      });
      return new Set(rows.map((r) => `${r.chatId} ${r.periodKey}`));
    },

    byChat(chatId: string) {
      return prisma.outboxItem.findMany({ where: { chatId }, orderBy: { dueAt: "asc" } });
    },
  };
}
