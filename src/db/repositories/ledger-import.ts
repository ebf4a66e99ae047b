import type { ImportWrites } from "../../domain/ledger-sheets/index.ts";
import type { Prisma } from "../client.ts";

/** Rows per INSERT: well under both databases' limits on bound values (SQLite 32 766, PostgreSQL 65 535). */
const BATCH = 500;

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/**
 * Writes an import in one transaction: all of it or none (issue 5). New rows go in as multi-row
 * inserts with ids made beforehand (a 10 000-task ledger in a few statements); updates are rare
 * and go one by one.
 */
export function ledgerImportRepository(prisma: Prisma) {
  return {
    async apply(writes: ImportWrites, audit: { personId: string | null; entityId: string; after: unknown }) {
      await prisma.$transaction(
        async (tx) => {
          // Parents come before their children in unitsToCreate; each batch sees the earlier ones.
          for (const data of batches(writes.unitsToCreate)) await tx.unit.createMany({ data });
          for (const { id, kind } of writes.unitsToUpdate)
            await tx.unit.update({ where: { id }, data: { kind } });
          for (const rows of batches(writes.tasksToCreate))
            await tx.task.createMany({
              data: rows.map((t) => ({ ...t, aliases: JSON.stringify(t.aliases) })),
            });
          for (const { id, fields } of writes.tasksToUpdate) {
            const { aliases, ...rest } = fields;
            await tx.task.update({
              where: { id },
              data: { ...rest, ...(aliases === undefined ? {} : { aliases: JSON.stringify(aliases) }) },
            });
          }
          for (const data of batches(writes.assignmentsToCreate)) await tx.assignment.createMany({ data });
          for (const a of writes.assignmentsToUpdate)
            await tx.assignment.update({
              where: { taskId_unitId: { taskId: a.taskId, unitId: a.unitId } },
              data: { target: a.target, deadline: a.deadline },
            });
          await tx.auditEntry.create({
            data: {
              personId: audit.personId,
              entity: "import",
              entityId: audit.entityId,
              action: "import",
              after: JSON.stringify(audit.after),
            },
          });
        },
        // A county's whole ledger in one transaction takes longer than Prisma's 5 s default allows.
        { timeout: 120_000, maxWait: 30_000 },
      );
    },
  };
}
