import type { Prisma as PrismaClient } from "../client.ts";
import { Prisma } from "../generated/sqlite/client.ts";
import type { ReportState, StoredQuantity } from "./reports.ts";

/** A report as an export writes it: no parser internals, only what a person reads. */
export interface ExportedReport {
  readonly id: string;
  readonly sentAt: Date;
  readonly personId: string | null;
  readonly rawText: string;
  readonly redacted: boolean;
  /** The parser's reading as JSON: its `issues` are the report's problems. */
  readonly parsed: string | null;
  readonly taskId: string | null;
  readonly unitId: string | null;
  readonly state: ReportState;
  readonly runningTotal: number | null;
  readonly quantities: readonly StoredQuantity[];
}

interface PageRow {
  id: string;
  sentAt: Date | string | number;
  personId: string | null;
  rawText: string;
  redactedAt: Date | string | number | null;
  taskId: string | null;
  unitId: string | null;
  state: string;
  runningTotal: number | string | null;
  issues: string | null;
  value: number | string | null;
  unit: string | null;
  kind: string | null;
  label: string | null;
}

/** Where the previous page ended: reports are read in (sentAt, id) order. */
export interface ExportCursor {
  readonly sentAt: Date;
  readonly id: string;
}

/** The latest counted report of one assignment: when, and who sent it. */
export interface LastReport {
  readonly taskId: string;
  readonly unitId: string;
  readonly sentAt: Date;
  readonly personId: string | null;
}

/**
 * Reads for exports. A date range may hold hundreds of thousands of reports: they are read a page
 * at a time by keyset (sentAt, id), never with OFFSET (which rereads every skipped row), and never
 * all at once.
 */
export function reportExportRepository(prisma: PrismaClient) {
  return {
    /**
     * Up to `size` reports sent in [from, to) after `after`, for the units listed (all when null).
     * Reviewed raw SQL for both databases: one query for a page and its quantities (a join, not
     * Prisma's second query per page), and the parser's reading only where it raised a problem.
     */
    async page(options: {
      from: Date;
      to: Date;
      after: ExportCursor | null;
      unitIds: readonly string[] | null;
      size: number;
    }): Promise<ExportedReport[]> {
      const { from, to, after, unitIds, size } = options;
      const start = after?.sentAt ?? from;
      const rows = await prisma.$queryRaw<PageRow[]>`
        SELECT r.id, r."sentAt", r."personId", r."rawText", r."redactedAt", r."taskId", r."unitId", r.state,
               r."runningTotal", r.issues, q.value, q.unit, q.kind, q.label
        FROM (
          SELECT id, "sentAt", "personId", "rawText", "redactedAt", "taskId", "unitId", state, "runningTotal",
                 CASE WHEN parsed LIKE ${'%"issues":["%'} THEN parsed ELSE NULL END AS issues
          FROM "Report"
          WHERE "sentAt" >= ${start} AND "sentAt" < ${to}
            ${after ? Prisma.sql`AND ("sentAt" > ${after.sentAt} OR id > ${after.id})` : Prisma.empty}
            ${unitIds ? Prisma.sql`AND "unitId" IN (${Prisma.join([...unitIds])})` : Prisma.empty}
          ORDER BY "sentAt", id
          LIMIT ${size}
        ) r
        LEFT JOIN "Quantity" q ON q."reportId" = r.id
        ORDER BY r."sentAt", r.id, q.position
      `;
      const reports: ExportedReport[] = [];
      let current: (ExportedReport & { quantities: StoredQuantity[] }) | undefined;
      for (const row of rows) {
        if (current?.id !== row.id) {
          current = {
            id: row.id,
            sentAt: new Date(row.sentAt),
            personId: row.personId,
            rawText: row.rawText,
            redacted: row.redactedAt !== null,
            parsed: row.issues,
            taskId: row.taskId,
            unitId: row.unitId,
            state: row.state as ReportState,
            runningTotal: row.runningTotal === null ? null : Number(row.runningTotal),
            quantities: [],
          };
          reports.push(current);
        }
        if (row.value !== null && row.unit !== null && row.kind !== null) {
          current.quantities.push({
            value: Number(row.value),
            unit: row.unit,
            kind: row.kind,
            label: row.label,
          });
        }
      }
      return reports;
    },

    count(options: { from: Date; to: Date; unitIds: readonly string[] | null }): Promise<number> {
      return prisma.report.count({
        where: {
          sentAt: { gte: options.from, lt: options.to },
          ...(options.unitIds ? { unitId: { in: [...options.unitIds] } } : {}),
        },
      });
    },

    /**
     * Each assignment's latest counted report sent up to `at` (one index seek per assignment).
     * Reviewed raw SQL, the same for both databases: double-quoted identifiers, no dialect.
     */
    async lastCounted(at: Date): Promise<LastReport[]> {
      const rows = await prisma.$queryRaw<Array<{ id: string | null }>>`
        SELECT (SELECT r.id FROM "Report" r
                WHERE r."taskId" = p.task_id AND r."unitId" = p.unit_id AND r."runningSeq" IS NOT NULL
                  AND r."sentAt" <= ${at}
                ORDER BY r."sentAt" DESC, r."runningSeq" DESC LIMIT 1) AS id
        FROM (SELECT DISTINCT "taskId" AS task_id, "unitId" AS unit_id FROM "Report"
              WHERE "taskId" IS NOT NULL AND "unitId" IS NOT NULL) p
      `;
      const ids = rows.flatMap((r) => (r.id === null ? [] : [r.id]));
      const found: LastReport[] = [];
      // A county has a few thousand assignments; IN lists stay well under both databases' limits.
      for (let i = 0; i < ids.length; i += 500) {
        const reports = await prisma.report.findMany({
          where: { id: { in: ids.slice(i, i + 500) } },
          select: { taskId: true, unitId: true, sentAt: true, personId: true },
        });
        for (const r of reports) {
          if (r.taskId !== null && r.unitId !== null)
            found.push({ ...r, taskId: r.taskId, unitId: r.unitId });
        }
      }
      return found;
    },

    /** Everyone's display name by person id, the deactivated included: they keep their history. */
    async personNames(): Promise<Map<string, string>> {
      const people = await prisma.person.findMany({ select: { id: true, displayName: true } });
      return new Map(people.map((p) => [p.id, p.displayName]));
    },
  };
}

export type ReportExportRepository = ReturnType<typeof reportExportRepository>;
