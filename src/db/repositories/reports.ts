import type { Prisma } from "../client.ts";

export type ReportState = "pending" | "filed" | "confirmed" | "corrected" | "withdrawn";

export interface StoredQuantity {
  readonly value: number;
  readonly unit: string;
  readonly kind: string;
  readonly label: string | null;
}

export interface ReportRow {
  readonly id: string;
  readonly platform: string;
  readonly chatExternalId: string;
  readonly messageId: string;
  readonly personId: string | null;
  readonly rawText: string;
  readonly sentAt: Date;
  readonly parsed: string | null;
  readonly taskId: string | null;
  readonly unitId: string | null;
  readonly state: ReportState;
  readonly replyMessageId: string | null;
  readonly quantities: StoredQuantity[];
}

/** What the parser (and the filing rules) made of a message. */
export interface Reading {
  readonly parsed: string;
  readonly parserVersion: string;
  readonly confidence: number;
  readonly taskId: string | null;
  readonly unitId: string | null;
  readonly state: ReportState;
  readonly quantities: readonly StoredQuantity[];
}

const include = {
  quantities: { select: { value: true, unit: true, kind: true, label: true }, orderBy: { position: "asc" } },
} as const;

type Stored = Omit<ReportRow, "state"> & { state: string };
const toRow = (r: Stored): ReportRow => ({ ...r, state: r.state as ReportState });

export function reportsRepository(prisma: Prisma) {
  return {
    /**
     * Stores a message with what the parser made of it, in one write. A redelivered or retried
     * message finds its row (unique on platform, chat and message id) and is not stored twice.
     * (The update itself was written to the inbox before anything else happened.)
     */
    async file(
      raw: {
        platform: string;
        chatExternalId: string;
        messageId: string;
        updateId: string | null;
        personId: string | null;
        rawText: string;
        sentAt: Date;
      },
      reading: Reading,
    ): Promise<{ report: ReportRow; created: boolean }> {
      const { quantities, ...fields } = reading;
      try {
        const report = await prisma.report.create({
          data: {
            ...raw,
            ...fields,
            quantities: { create: quantities.map((q, position) => ({ ...q, position })) },
          },
          include,
        });
        return { report: toRow(report), created: true };
      } catch (error) {
        const existing = await prisma.report.findUnique({
          where: {
            platform_chatExternalId_messageId: {
              platform: raw.platform,
              chatExternalId: raw.chatExternalId,
              messageId: raw.messageId,
            },
          },
          include,
        });
        if (existing) return { report: toRow(existing), created: false };
        throw error;
      }
    },

    async byId(id: string): Promise<ReportRow | null> {
      const r = await prisma.report.findUnique({ where: { id }, include });
      return r ? toRow(r) : null;
    },

    async byMessage(platform: string, chatExternalId: string, messageId: string): Promise<ReportRow | null> {
      const r = await prisma.report.findUnique({
        where: { platform_chatExternalId_messageId: { platform, chatExternalId, messageId } },
        include,
      });
      return r ? toRow(r) : null;
    },

    /** Saves what the parser made of an edited report, its quantities replaced in one transaction. */
    async saveReading(
      id: string,
      reading: Reading & { rawText?: string; editedAt?: Date },
    ): Promise<ReportRow> {
      const { quantities, ...fields } = reading;
      const [, , updated] = await prisma.$transaction([
        prisma.quantity.deleteMany({ where: { reportId: id } }),
        prisma.quantity.createMany({
          data: quantities.map((q, position) => ({ ...q, position, reportId: id })),
        }),
        prisma.report.update({ where: { id }, data: fields, include }),
      ]);
      return toRow(updated);
    },

    async setPlace(id: string, unitId: string, state: ReportState): Promise<ReportRow> {
      return toRow(await prisma.report.update({ where: { id }, data: { unitId, state }, include }));
    },

    /** A corrected set of figures, replacing the parsed ones. */
    async setQuantities(
      id: string,
      quantities: readonly StoredQuantity[],
      state: ReportState,
    ): Promise<ReportRow> {
      const [, , updated] = await prisma.$transaction([
        prisma.quantity.deleteMany({ where: { reportId: id } }),
        prisma.quantity.createMany({
          data: quantities.map((q, position) => ({ ...q, position, reportId: id })),
        }),
        prisma.report.update({ where: { id }, data: { state }, include }),
      ]);
      return toRow(updated);
    },

    async update(id: string, data: { state?: ReportState; replyMessageId?: string; taskId?: string | null }) {
      return toRow(await prisma.report.update({ where: { id }, data, include }));
    },

    /** Reports filed for a task, oldest first, with their quantities: the input of the ledger arithmetic. */
    async forTask(taskId: string): Promise<ReportRow[]> {
      return (await prisma.report.findMany({ where: { taskId }, include, orderBy: { sentAt: "asc" } })).map(
        toRow,
      );
    },
  };
}
