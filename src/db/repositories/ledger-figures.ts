import type { Prisma as PrismaClient } from "../client.ts";
import { Prisma } from "../generated/sqlite/client.ts";

/**
 * The ledger's figures, aggregated in the database (a county has hundreds of thousands of
 * reports; a digest must not load them). Reviewed raw SQL, written once for SQLite and PostgreSQL
 * alike: double-quoted identifiers, no dialect functions.
 *
 * The arithmetic is decisions.md's, as src/domain/ledger/progress.ts does it for one assignment:
 * per report the largest figure of each kind in the task's unit; the latest cumulative sets the
 * total; increments after it add to it; reports that do not count (pending, withdrawn) drop out.
 */
export interface AssignmentFigure {
  readonly taskId: string;
  readonly unitId: string;
  readonly total: number;
  /** The total at the earlier cut-off asked for (the start of a period); `total` when none was. */
  readonly totalBefore: number;
  readonly lastReportAt: Date | null;
}

const COUNTING = ["filed", "confirmed", "corrected"];

/** A figure's worth in its task's unit: 1 in the same unit, a conversion's factor, else none (NULL). */
const WORTH = Prisma.raw("(CASE WHEN q.unit = t.measure THEN 1 ELSE c.factor END)");

export interface Conversion {
  readonly unit: string;
  readonly measure: string;
  readonly factor: number;
}

export function ledgerFiguresRepository(prisma: PrismaClient) {
  return {
    /**
     * Every assignment's total as it stood at `at` (reports sent up to then), and, in the same pass,
     * at `before` (the start of a digest's period) when given. `conversions` are the units that count
     * toward a task measured in another (公顷 for 亩, 元 for 万元).
     */
    async totalsAsOf(
      at: Date,
      conversions: readonly Conversion[] = [],
      before: Date = at,
    ): Promise<AssignmentFigure[]> {
      // A VALUES list cannot be empty; a row that matches nothing stands in.
      const pairs = conversions.length > 0 ? conversions : [{ unit: "", measure: "", factor: 1 }];
      const conv = Prisma.join(
        pairs.map((c) => Prisma.sql`(${c.unit}, ${c.measure}, CAST(${c.factor} AS DOUBLE PRECISION))`),
      );
      const rows = await prisma.$queryRaw<
        Array<{
          taskId: string;
          unitId: string;
          total: number | string | null;
          totalBefore: number | string | null;
          lastAt: Date | string | number | null;
        }>
      >`
        WITH conv(unit, measure, factor) AS (VALUES ${conv}),
        per_report AS (
          SELECT r."taskId" AS task_id, r."unitId" AS unit_id, r.id AS report_id, r."sentAt" AS sent_at,
                 MAX(CASE WHEN q.kind = 'cumulative' THEN q.value * ${WORTH} END) AS cumulative,
                 MAX(CASE WHEN q.kind = 'increment' THEN q.value * ${WORTH} END) AS increment
          FROM "Report" r
          JOIN "Task" t ON t.id = r."taskId"
          LEFT JOIN "Quantity" q ON q."reportId" = r.id
          LEFT JOIN conv c ON c.unit = q.unit AND c.measure = t.measure
          WHERE r.state IN (${COUNTING[0]}, ${COUNTING[1]}, ${COUNTING[2]})
            AND r."unitId" IS NOT NULL AND r."sentAt" <= ${at}
          GROUP BY r."taskId", r."unitId", r.id, r."sentAt"
        ),
        latest AS (
          SELECT task_id, unit_id,
                 MAX(CASE WHEN cumulative IS NOT NULL THEN sent_at END) AS at_end,
                 MAX(CASE WHEN cumulative IS NOT NULL AND sent_at <= ${before} THEN sent_at END) AS at_before
          FROM per_report GROUP BY task_id, unit_id
        )
        SELECT p.task_id AS "taskId", p.unit_id AS "unitId",
               COALESCE(MAX(CASE WHEN p.sent_at = l.at_end THEN p.cumulative END), 0)
                 + COALESCE(SUM(CASE WHEN l.at_end IS NULL OR p.sent_at > l.at_end THEN p.increment END), 0) AS total,
               COALESCE(MAX(CASE WHEN p.sent_at = l.at_before THEN p.cumulative END), 0)
                 + COALESCE(SUM(CASE WHEN p.sent_at <= ${before} AND (l.at_before IS NULL OR p.sent_at > l.at_before)
                                     THEN p.increment END), 0) AS "totalBefore",
               MAX(p.sent_at) AS "lastAt"
        FROM per_report p
        JOIN latest l ON l.task_id = p.task_id AND l.unit_id = p.unit_id
        GROUP BY p.task_id, p.unit_id
      `;
      return rows.map((r) => ({
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
