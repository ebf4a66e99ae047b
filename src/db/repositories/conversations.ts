import type { Prisma } from "../client.ts";

/**
 * Conversation state (guided /task add, ✏️ fixes), kept in the database, not in memory, so a
 * restart carries on. Every text message asks whether a conversation is open; the answer is kept
 * here for a few seconds (writes through this process update it at once), so a report costs no
 * extra query.
 */
const CACHE_MS = 10_000;

export function conversationsRepository(prisma: Prisma) {
  const cache = new Map<string, { value: string | null; at: number }>();
  const remember = (key: string, value: string | null) => {
    if (cache.size > 50_000) cache.clear();
    cache.set(key, { value, at: Date.now() });
  };
  return {
    async get(key: string): Promise<string | null> {
      const hit = cache.get(key);
      if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
      const value = (await prisma.conversationState.findUnique({ where: { key } }))?.value ?? null;
      remember(key, value);
      return value;
    },
    async set(key: string, value: string): Promise<void> {
      await prisma.conversationState.upsert({ where: { key }, update: { value }, create: { key, value } });
      remember(key, value);
    },
    async delete(key: string): Promise<void> {
      await prisma.conversationState.deleteMany({ where: { key } });
      remember(key, null);
    },
  };
}
