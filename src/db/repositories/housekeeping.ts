import type { Prisma } from "../client.ts";

export const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/** The inbox, conversation state and the audit trail: small tables every feature touches. */
export function inboxRepository(prisma: Prisma) {
  return {
    /** Records an update before it is handled; false when this update id was seen before. */
    async record(platform: string, updateId: string, payload: string): Promise<boolean> {
      const exists = await prisma.inboxUpdate.findUnique({
        where: { platform_updateId: { platform, updateId } },
      });
      if (exists) return false;
      try {
        await prisma.inboxUpdate.create({ data: { platform, updateId, payload } });
        return true;
      } catch (error) {
        // Unique on (platform, update id): this update was seen before. Anything else is real.
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async finish(platform: string, updateId: string, outcome: { ok: true } | { ok: false; error: string }) {
      await prisma.inboxUpdate.update({
        where: { platform_updateId: { platform, updateId } },
        data: outcome.ok
          ? { status: "handled", handledAt: new Date(), attempts: { increment: 1 } }
          : { status: "failed", error: outcome.error.slice(0, 2000), attempts: { increment: 1 } },
      });
    },
  };
}

export function conversationsRepository(prisma: Prisma) {
  return {
    async get(key: string): Promise<string | null> {
      return (await prisma.conversationState.findUnique({ where: { key } }))?.value ?? null;
    },
    async set(key: string, value: string): Promise<void> {
      await prisma.conversationState.upsert({ where: { key }, update: { value }, create: { key, value } });
    },
    async delete(key: string): Promise<void> {
      await prisma.conversationState.deleteMany({ where: { key } });
    },
  };
}

export function auditRepository(prisma: Prisma) {
  return {
    async forEntity(entity: string, entityId: string) {
      return prisma.auditEntry.findMany({ where: { entity, entityId }, orderBy: { at: "asc" } });
    },
    async add(entry: {
      personId: string | null;
      entity: string;
      entityId: string;
      action: string;
      before?: unknown;
      after?: unknown;
    }) {
      await prisma.auditEntry.create({
        data: {
          personId: entry.personId,
          entity: entry.entity,
          entityId: entry.entityId,
          action: entry.action,
          before: entry.before === undefined ? null : JSON.stringify(entry.before),
          after: entry.after === undefined ? null : JSON.stringify(entry.after),
        },
      });
    },
  };
}
