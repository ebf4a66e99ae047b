import { randomBytes } from "node:crypto";
import type { Prisma } from "../client.ts";
import { GroupCommit } from "../group-commit.ts";

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

interface Filing {
  readonly raw: RawMessage;
  readonly reading: Reading;
}

interface Filed {
  readonly report: ReportRow;
  readonly created: boolean;
}

const include = {
  quantities: { select: { value: true, unit: true, kind: true, label: true }, orderBy: { position: "asc" } },
} as const;

type Stored = Omit<ReportRow, "state"> & { state: string };
const toRow = (r: Stored): ReportRow => ({ ...r, state: r.state as ReportState });

export interface RawMessage {
  readonly platform: string;
  readonly chatExternalId: string;
  readonly messageId: string;
  readonly updateId: string | null;
  readonly personId: string | null;
  readonly rawText: string;
  readonly sentAt: Date;
}

/**
 * Like Prisma's cuids: short enough for Telegram's 64-byte callback data beside other ids, and
 * ordered by creation, which breaks ties between reports sent in the same second.
 */
let sequence = 0;
const newId = () =>
  `r${Date.now().toString(36)}${(sequence++ % 1296).toString(36).padStart(2, "0")}${randomBytes(6).toString("base64url")}`;

const keyOf = (r: { platform: string; chatExternalId: string; messageId: string }) =>
  `${r.platform}\u0000${r.chatExternalId}\u0000${r.messageId}`;

export function reportsRepository(prisma: Prisma) {
  const byKey = (r: RawMessage) =>
    prisma.report.findUnique({
      where: {
        platform_chatExternalId_messageId: {
          platform: r.platform,
          chatExternalId: r.chatExternalId,
          messageId: r.messageId,
        },
      },
      include,
    });

  const fileOne = async ({ raw, reading }: Filing): Promise<Filed> => {
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
      const existing = await byKey(raw);
      if (existing) return { report: toRow(existing), created: false };
      throw error;
    }
  };

  const filings = new GroupCommit<Filing, Filed>(async (batch) => {
    const stored = await prisma.report.findMany({
      where: {
        OR: batch.map(({ raw }) => ({
          platform: raw.platform,
          chatExternalId: raw.chatExternalId,
          messageId: raw.messageId,
        })),
      },
      include,
    });
    const known = new Map(stored.map((r) => [keyOf(r), toRow(r)]));
    const fresh: ReportRow[] = [];
    const results = batch.map(({ raw, reading }): Filed | null => {
      const existing = known.get(keyOf(raw));
      if (existing) return { report: existing, created: false };
      const { quantities, ...fields } = reading;
      const row: ReportRow = {
        ...raw,
        ...fields,
        id: newId(),
        replyMessageId: null,
        quantities: [...quantities],
      };
      known.set(keyOf(raw), row);
      fresh.push(row);
      return { report: row, created: true };
    });
    try {
      await prisma.$transaction([
        prisma.report.createMany({ data: fresh.map(({ quantities: _, ...row }) => row) }),
        prisma.quantity.createMany({
          data: fresh.flatMap((r) => r.quantities.map((q, position) => ({ ...q, position, reportId: r.id }))),
        }),
      ]);
    } catch {
      // Another process filed one of them meanwhile: settle each on its own.
      return Promise.all(batch.map(fileOne));
    }
    return results as Filed[];
  });

  const replies = new GroupCommit<{ id: string; replyMessageId: string }, void>(async (batch) => {
    await prisma.$transaction(
      batch.map(({ id, replyMessageId }) =>
        prisma.report.update({ where: { id }, data: { replyMessageId } }),
      ),
    );
    return batch.map(() => undefined);
  });

  return {
    /**
     * Stores a message with what the parser made of it. A redelivered or retried message finds its
     * row (unique on platform, chat and message id) and is not stored twice. Messages arriving
     * together are written together (group commit). The update itself was in the inbox already.
     */
    file(raw: RawMessage, reading: Reading): Promise<{ report: ReportRow; created: boolean }> {
      return filings.write({ raw, reading });
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

    /** Where the bot's card for a report is, so that an edit of the message can update it. */
    rememberReply(id: string, replyMessageId: string): Promise<void> {
      return replies.write({ id, replyMessageId });
    },

    async update(id: string, data: { state?: ReportState; taskId?: string | null }) {
      return toRow(await prisma.report.update({ where: { id }, data, include }));
    },

    /** Reports sent in [from, to) that raise a problem: the digest's open problems. */
    async withIssues(from: Date, to: Date) {
      return prisma.report.findMany({
        where: {
          sentAt: { gte: from, lt: to },
          state: { not: "withdrawn" },
          parsed: { contains: '"issues":["' },
        },
        select: { unitId: true, sentAt: true, parsed: true },
        orderBy: { sentAt: "asc" },
      });
    },

    /** Reports filed for a task, oldest first, with their quantities: the input of the ledger arithmetic. */
    async forTask(taskId: string): Promise<ReportRow[]> {
      return (await prisma.report.findMany({ where: { taskId }, include, orderBy: { sentAt: "asc" } })).map(
        toRow,
      );
    },
  };
}
