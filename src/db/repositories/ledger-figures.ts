import type { Prisma as PrismaClient } from "../client.ts";
import { Prisma } from "../generated/sqlite/client.ts";
import type { Provider } from "../migrate.ts";

/**
 * The ledger's figures, read in the database (a county has hundreds of thousands of reports; a
 * digest must not load them). Reviewed raw SQL for SQLite and PostgreSQL alike: double-quoted
 * identifiers, no dialect functions; one query has a PostgreSQL form with LATERAL, which SQLite
 * lacks, for a province's digest.
 *
 * The arithmetic itself is the domain's (src/domain/ledger/progress.ts), applied on every write:
 * each counted report keeps its assignment's total just after it (running-totals.ts). Here the
 * total at an instant is that of the latest counted report up to then.
 */
export interface AssignmentFigure {
  readonly taskId: string;
  readonly unitId: string;
  readonly total: number;
  /** The total at the earlier cut-off asked for (the start of a period); `total` when none was. */
  readonly totalBefore: number;
  readonly lastReportAt: Date | null;
}

export function ledgerFiguresRepository(prisma: PrismaClient, provider: Provider = "sqlite") {
  /** One assignment's running total at an instant: its latest counted report up to then (index seek). */
  const runningAt = (column: "runningTotal" | "sentAt", at: Date) => Prisma.sql`(
    SELECT r.${Prisma.raw(`"${column}"`)} FROM "Report" r
    WHERE r."taskId" = p.task_id AND r."unitId" = p.unit_id AND r."runningSeq" IS NOT NULL AND r."sentAt" <= ${at}
    ORDER BY r."sentAt" DESC, r."runningSeq" DESC LIMIT 1)`;

  return {
    /**
     * Every assignment's total as it stood at `at` (reports sent up to then), and at `before` (the
     * start of a digest's period) when given: each read from the running total kept with the
     * assignment's latest counted report, so the cost grows with assignments, not with reports.
     */
    async totalsAsOf(at: Date, before: Date = at): Promise<AssignmentFigure[]> {
      const rows = await prisma.$queryRaw<
        Array<{
          taskId: string;
          unitId: string;
          total: number | string | null;
          totalBefore: number | string | null;
          lastAt: Date | string | number | null;
        }>
      >(
        provider === "postgres"
          ? // The latest report's total and time in one seek (LATERAL): a province's digest reads
            // 100 000 pairs, and each seek saved is about a second (measured: 2.8–4.0 s against 4.3–4.8 s).
            Prisma.sql`
        SELECT p.task_id AS "taskId", p.unit_id AS "unitId", latest."runningTotal" AS total,
               ${runningAt("runningTotal", before)} AS "totalBefore", latest."sentAt" AS "lastAt"
        FROM (SELECT DISTINCT "taskId" AS task_id, "unitId" AS unit_id FROM "Report"
              WHERE "taskId" IS NOT NULL AND "unitId" IS NOT NULL) p
        JOIN LATERAL (
          SELECT r."runningTotal", r."sentAt" FROM "Report" r
          WHERE r."taskId" = p.task_id AND r."unitId" = p.unit_id AND r."runningSeq" IS NOT NULL AND r."sentAt" <= ${at}
          ORDER BY r."sentAt" DESC, r."runningSeq" DESC LIMIT 1) latest ON TRUE
      `
          : // SQLite has no LATERAL: a subquery a column.
            Prisma.sql`
        SELECT p.task_id AS "taskId", p.unit_id AS "unitId",
               ${runningAt("runningTotal", at)} AS total,
               ${runningAt("runningTotal", before)} AS "totalBefore",
               ${runningAt("sentAt", at)} AS "lastAt"
        FROM (SELECT DISTINCT "taskId" AS task_id, "unitId" AS unit_id FROM "Report"
              WHERE "taskId" IS NOT NULL AND "unitId" IS NOT NULL) p
      `,
      );
      // Pairs with no counted report by then (the SQLite form keeps them) are dropped here, not with
      // a WHERE on "lastAt", which would run its subquery a second time.
      return rows
        .filter((r) => r.lastAt !== null)
        .map((r) => ({
          taskId: r.taskId,
          unitId: r.unitId,
          total: Number(r.total ?? 0),
          totalBefore: Number(r.totalBefore ?? 0),
          lastReportAt: r.lastAt === null ? null : new Date(r.lastAt),
        }));
    },

    /** Units with a report filed for them, or sent by one of their people, in [from, to). */
    async unitsHeardFrom(from: Date, to: Date): Promise<Set<string>> {
      const rows = await prisma.$queryRaw<Array<{ unitId: string }>>`
        SELECT DISTINCT r."unitId" AS "unitId" FROM "Report" r
        WHERE r."unitId" IS NOT NULL AND r.state <> 'withdrawn' AND r."sentAt" >= ${from} AND r."sentAt" < ${to}
        UNION
        SELECT DISTINCT m."unitId" AS "unitId" FROM "Report" r
        JOIN "Membership" m ON m."personId" = r."personId"
        WHERE r.state <> 'withdrawn' AND r."sentAt" >= ${from} AND r."sentAt" < ${to}
      `;
      return new Set(rows.map((r) => r.unitId));
    },
  };
}
