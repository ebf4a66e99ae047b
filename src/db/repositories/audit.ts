import type { Prisma } from "../client.ts";

/** Who changed what, and what it was before. */
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
