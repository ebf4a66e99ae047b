import type { ImportWrites } from "../../domain/ledger-sheets/index.ts";
import type { Prisma as PrismaClient } from "../client.ts";
import { Prisma } from "../generated/sqlite/client.ts";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Value = string | number | Date | null;

/** Rows per INSERT: well under both databases' limits on bound values (SQLite 32 766, PostgreSQL 65 535). */
const BATCH = 500;

/**
 * Rows of one table in multi-row INSERTs. Prisma's createMany spends about a quarter of a
 * millisecond a row compiling (2.5 s for 10 000 tasks, half the bar); a parameterised INSERT of
 * 500 rows takes a few milliseconds on either database.
 */
async function insertRows(tx: Transaction, table: string, rows: ReadonlyArray<Record<string, Value>>) {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  for (const batch of batches(rows)) {
    const values = batch.map((row) => Prisma.sql`(${Prisma.join(columns.map((c) => row[c] ?? null))})`);
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(
      columns.map((c) => `"${c}"`).join(", "),
    )}) VALUES ${Prisma.join(values)}`;
  }
}

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/**
 * Writes an import in one transaction: all of it or none (issue 5). New rows go in as multi-row
 * inserts with ids made beforehand (a 10 000-task ledger in a few statements); updates are rare
 * and go one by one through Prisma.
 */
export function ledgerImportRepository(prisma: PrismaClient) {
  return {
    async apply(writes: ImportWrites, audit: { personId: string | null; entityId: string; after: unknown }) {
      await prisma.$transaction(
        async (tx) => {
          const now = new Date();
          // Parents come before their children in unitsToCreate; each batch sees the earlier ones.
          await insertRows(
            tx,
            "Unit",
            writes.unitsToCreate.map((u) => ({ ...u, createdAt: now })),
          );
          for (const { id, kind } of writes.unitsToUpdate)
            await tx.unit.update({ where: { id }, data: { kind } });
          await insertRows(
            tx,
            "Task",
            writes.tasksToCreate.map((t) => ({
              ...t,
              aliases: JSON.stringify(t.aliases),
              status: "active",
              createdAt: now,
              updatedAt: now,
            })),
          );
          for (const { id, fields } of writes.tasksToUpdate) {
            const { aliases, ...rest } = fields;
            await tx.task.update({
              where: { id },
              data: { ...rest, ...(aliases === undefined ? {} : { aliases: JSON.stringify(aliases) }) },
            });
          }
          await insertRows(
            tx,
            "Assignment",
            writes.assignmentsToCreate.map((a) => ({ ...a })),
          );
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
