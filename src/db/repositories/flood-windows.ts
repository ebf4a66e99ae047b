import type { Prisma } from "../client.ts";
import { isUniqueViolation } from "./inbox.ts";

/** Hits per person and time window, shared by every instance (the flood limit). */
export function floodWindowsRepository(prisma: Prisma) {
  const add = async (key: string, windowStart: Date, hits: number): Promise<number> => {
    const row = await prisma.floodWindow.upsert({
      where: { key_windowStart: { key, windowStart } },
      create: { key, windowStart, hits },
      update: { hits: { increment: hits } },
      select: { hits: true },
    });
    return row.hits;
  };
  return {
    /** Adds `hits` to the window and gives its total so far, from all instances. */
    async add(key: string, windowStart: Date, hits: number): Promise<number> {
      try {
        return await add(key, windowStart, hits);
      } catch (error) {
        // Two instances created the window at once: the second one's increment finds it now.
        if (!isUniqueViolation(error)) throw error;
        return add(key, windowStart, hits);
      }
    },
    /** Windows that began before `before` are over: they hold nothing anyone asks for again. */
    async forget(before: Date): Promise<number> {
      return (await prisma.floodWindow.deleteMany({ where: { windowStart: { lt: before } } })).count;
    },
  };
}

export type FloodWindows = ReturnType<typeof floodWindowsRepository>;
