import type { Prisma } from "../client.ts";

/**
 * What a long answer was asked, kept for its ◀️ ▶️ buttons: Telegram's callback data holds 64
 * bytes, room for an id and a page, not for a question. The rows share the conversation-state
 * table under a key prefix of their own (no migration for a few short-lived rows) and are
 * pruned as new ones come.
 */
const PREFIX = "answer:";

export function answerQueriesRepository(prisma: Prisma) {
  return {
    async save(id: string, value: string): Promise<void> {
      await prisma.conversationState.create({ data: { key: `${PREFIX}${id}`, value } });
    },
    async find(id: string): Promise<{ value: string; savedAt: Date } | null> {
      const row = await prisma.conversationState.findUnique({ where: { key: `${PREFIX}${id}` } });
      return row ? { value: row.value, savedAt: row.updatedAt } : null;
    },
    /** Drops the queries saved before `before`; their buttons answer "expired" from then on. */
    async prune(before: Date): Promise<void> {
      await prisma.conversationState.deleteMany({
        where: { key: { startsWith: PREFIX }, updatedAt: { lt: before } },
      });
    },
  };
}
