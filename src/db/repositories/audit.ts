import type { Prisma } from "../client.ts";

/** Who changed what, and what it was before. */
export function auditRepository(prisma: Prisma) {
  return {
    async forEntity(entity: string, entityId: string) {
      return prisma.auditEntry.findMany({ where: { entity, entityId }, orderBy: { at: "asc" } });
    },
    /** Which of these reports someone fixed by hand (chose a task or place, changed a figure). */
    async handFixedReports(reportIds: readonly string[]): Promise<Set<string>> {
      const rows = await prisma.auditEntry.findMany({
        where: {
          entity: "report",
          entityId: { in: [...reportIds] },
          action: { in: ["choose-task", "choose-place", "change-quantity"] },
        },
        select: { entityId: true },
      });
      return new Set(rows.map((r) => r.entityId));
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
