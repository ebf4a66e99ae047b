import type { Prisma as PrismaClient } from "../client.ts";
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
    /** Up to `size` reports sent in [from, to) after `after`, for the units listed (all when null). */
    async page(options: {
      from: Date;
      to: Date;
      after: ExportCursor | null;
      unitIds: readonly string[] | null;
      size: number;
    }): Promise<ExportedReport[]> {
      const { from, to, after, unitIds, size } = options;
      const rows = await prisma.report.findMany({
        where: {
          sentAt: { gte: from, lt: to },
          ...(unitIds && { unitId: { in: [...unitIds] } }),
          ...(after && {
            OR: [{ sentAt: { gt: after.sentAt } }, { sentAt: after.sentAt, id: { gt: after.id } }],
          }),
        },
        select: {
          id: true,
          sentAt: true,
          personId: true,
          rawText: true,
          redactedAt: true,
          parsed: true,
          taskId: true,
          unitId: true,
          state: true,
          runningTotal: true,
          quantities: {
            select: { value: true, unit: true, kind: true, label: true },
            orderBy: { position: "asc" },
          },
        },
        orderBy: [{ sentAt: "asc" }, { id: "asc" }],
        take: size,
      });
      return rows.map(({ redactedAt, state, ...r }) => ({
        ...r,
        state: state as ReportState,
        redacted: redactedAt !== null,
      }));
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
