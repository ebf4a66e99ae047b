import { randomBytes } from "node:crypto";
import type { Prisma } from "../client.ts";
import { Prisma as Generated } from "../generated/sqlite/client.ts";
import { GroupCommit } from "../group-commit.ts";
import type { Provider } from "../migrate.ts";
import {
  figuresLock,
  pairsOf,
  planRunningTotals,
  type RunningTotalsOf,
  type SettlePlan,
  settledWrites,
  settleRunningTotals,
  unsettledPairs,
} from "./running-totals.ts";

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
  /** The assignment's total just after this report; null while it does not count. */
  readonly runningTotal: number | null;
  /** mismatch | decrease: its stated cumulative does not follow from the total before it. */
  readonly inconsistency: string | null;
  /** What its own figures imply, beside the stated cumulative, when they disagree. */
  readonly expectedTotal: number | null;
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
const toRow = ({ runningSeq: _, ...r }: Stored & { runningSeq?: number | null }): ReportRow => ({
  ...r,
  state: r.state as ReportState,
});

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

/**
 * `runningTotalsOf` is the ledger's arithmetic (the domain's): every write that can change an
 * assignment's figures settles its running totals in the same transaction.
 */
export function reportsRepository(
  prisma: Prisma,
  runningTotalsOf: RunningTotalsOf,
  provider: Provider = "sqlite",
) {
  // Running totals are read, computed and written by one writer at a time in this process, so a
  // button press cannot slip between a batch's read and its write. On PostgreSQL several instances
  // share the database, so each such transaction also holds a lock there (figuresLock), and reads
  // what it settles on inside it.
  let figuresTail: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = figuresTail.then(work);
    figuresTail = run.catch(() => undefined);
    return run;
  };
  const locked = provider === "postgres";
  /** An interactive transaction that settles figures: under the database's figures lock on PostgreSQL. */
  const figuresTransaction = <T>(work: (tx: Generated.TransactionClient) => Promise<T>): Promise<T> =>
    prisma.$transaction(async (tx) => {
      if (locked) await figuresLock(tx);
      return work(tx);
    });

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
      const report = await oneAtATime(() =>
        figuresTransaction(async (tx) => {
          const { id } = await tx.report.create({
            data: {
              ...raw,
              ...fields,
              quantities: { create: quantities.map((q, position) => ({ ...q, position })) },
            },
          });
          await settleRunningTotals(tx, runningTotalsOf, pairsOf([fields]));
          return tx.report.findUniqueOrThrow({ where: { id }, include });
        }),
      );
      return { report: toRow(report), created: true };
    } catch (error) {
      const existing = await byKey(raw);
      if (existing) return { report: toRow(existing), created: false };
      throw error;
    }
  };

  const filings = new GroupCommit<Filing, Filed>(async (batch) => {
    // Keys first: a redelivered message is rare, and its full row is fetched only then.
    const seen = await prisma.report.findMany({
      where: {
        OR: batch.map(({ raw }) => ({
          platform: raw.platform,
          chatExternalId: raw.chatExternalId,
          messageId: raw.messageId,
        })),
      },
      select: { id: true },
    });
    const stored =
      seen.length === 0
        ? []
        : await prisma.report.findMany({ where: { id: { in: seen.map((s) => s.id) } }, include });
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
        runningTotal: null,
        inconsistency: null,
        expectedTotal: null,
        quantities: [...quantities],
      };
      known.set(keyOf(raw), row);
      fresh.push(row);
      return { report: row, created: true };
    });
    let settled: SettlePlan["fresh"];
    try {
      // Read, then one batch transaction: the figures of history the new reports shift (a late one),
      // the reports, their quantities. Cheaper than holding a transaction open across the reads.
      settled = await oneAtATime(async () => {
        const pairs = pairsOf(fresh);
        const rows = (plan: SettlePlan) =>
          fresh.map(({ quantities: _, ...row }) => ({ ...row, ...plan.fresh.get(row.id) }));
        const quantities = fresh.flatMap((r) =>
          r.quantities.map((q, position) => ({ ...q, position, reportId: r.id })),
        );
        if (locked) {
          // Another instance may file for the same assignments: read and write under the lock.
          return figuresTransaction(async (tx) => {
            const plan = await planRunningTotals(tx, runningTotalsOf, pairs, fresh);
            for (const write of settledWrites(tx, plan.changed)) await write;
            await tx.report.createMany({ data: rows(plan) });
            await tx.quantity.createMany({ data: quantities });
            return plan.fresh;
          });
        }
        const plan = await planRunningTotals(prisma, runningTotalsOf, pairs, fresh);
        await prisma.$transaction([
          ...settledWrites(prisma, plan.changed),
          prisma.report.createMany({ data: rows(plan) }),
          prisma.quantity.createMany({ data: quantities }),
        ]);
        return plan.fresh;
      });
    } catch {
      // Another process filed one of them meanwhile: settle each on its own.
      return Promise.all(batch.map(fileOne));
    }
    // The rows handed back carry their settled figures.
    return (results as Filed[]).map((f) => {
      const figures = f.created ? settled.get(f.report.id) : undefined;
      if (!figures) return f;
      const { runningSeq: _, ...shown } = figures;
      return { ...f, report: { ...f.report, ...shown } };
    });
  });

  /**
   * A change to stored reports, made in one transaction with the settling of every assignment the
   * reports belonged to before or belong to after.
   */
  const changing = (id: string, change: (tx: Generated.TransactionClient) => Promise<unknown>) =>
    oneAtATime(() =>
      figuresTransaction(async (tx) => {
        const before = await tx.report.findUniqueOrThrow({
          where: { id },
          select: { taskId: true, unitId: true },
        });
        await change(tx);
        const after = await tx.report.findUniqueOrThrow({
          where: { id },
          select: { taskId: true, unitId: true },
        });
        await settleRunningTotals(tx, runningTotalsOf, pairsOf([before, after]));
        return toRow(await tx.report.findUniqueOrThrow({ where: { id }, include }));
      }),
    );

  // One statement for the batch, not one a report: under load, Prisma's cost per query is what a
  // process runs out of.
  const replies = new GroupCommit<{ id: string; replyMessageId: string }, void>(async (batch) => {
    await prisma.$executeRaw`
      UPDATE "Report" SET "replyMessageId" = CASE id ${Generated.join(
        batch.map(({ id, replyMessageId }) => Generated.sql`WHEN ${id} THEN ${replyMessageId}`),
        " ",
      )} END
      WHERE id IN (${Generated.join(batch.map((b) => b.id))})`;
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
      return changing(id, async (tx) => {
        await tx.quantity.deleteMany({ where: { reportId: id } });
        await tx.quantity.createMany({
          data: quantities.map((q, position) => ({ ...q, position, reportId: id })),
        });
        await tx.report.update({ where: { id }, data: fields });
      });
    },

    setPlace(id: string, unitId: string, state: ReportState): Promise<ReportRow> {
      return changing(id, (tx) => tx.report.update({ where: { id }, data: { unitId, state } }));
    },

    /** A corrected set of figures, replacing the parsed ones. */
    async setQuantities(
      id: string,
      quantities: readonly StoredQuantity[],
      state: ReportState,
    ): Promise<ReportRow> {
      return changing(id, async (tx) => {
        await tx.quantity.deleteMany({ where: { reportId: id } });
        await tx.quantity.createMany({
          data: quantities.map((q, position) => ({ ...q, position, reportId: id })),
        });
        await tx.report.update({ where: { id }, data: { state } });
      });
    },

    /** Where the bot's card for a report is, so that an edit of the message can update it. */
    rememberReply(id: string, replyMessageId: string): Promise<void> {
      return replies.write({ id, replyMessageId });
    },

    update(id: string, data: { state?: ReportState; taskId?: string | null }): Promise<ReportRow> {
      return changing(id, (tx) => tx.report.update({ where: { id }, data }));
    },

    /**
     * Settles what was never settled: reports stored before running totals existed. Run at start;
     * it finds nothing once done.
     */
    async settleUnsettled(): Promise<number> {
      const pairs = await unsettledPairs(prisma);
      for (let i = 0; i < pairs.length; i += 100) {
        await oneAtATime(() =>
          figuresTransaction((tx) => settleRunningTotals(tx, runningTotalsOf, pairs.slice(i, i + 100))),
        );
      }
      return pairs.length;
    },

    /** A task's unit of measure changed: its totals are recomputed in it. */
    async resettleTask(taskId: string): Promise<void> {
      const rows = await prisma.report.findMany({
        where: { taskId },
        select: { taskId: true, unitId: true },
        distinct: ["unitId"],
      });
      await oneAtATime(() =>
        figuresTransaction((tx) => settleRunningTotals(tx, runningTotalsOf, pairsOf(rows))),
      );
    },

    /** Reports sent in [from, to) that raise a problem: the digest's open problems. */
    async withIssues(from: Date, to: Date) {
      return prisma.report.findMany({
        where: {
          sentAt: { gte: from, lt: to },
          state: { not: "withdrawn" },
          parsed: { contains: '"issues":["' },
        },
        select: { unitId: true, taskId: true, sentAt: true, parsed: true },
        orderBy: { sentAt: "asc" },
      });
    },

    /**
     * Counted reports sent in [from, to), by unit and state: "filed" ones count but no one checked
     * them (✅), and a digest says how many its figures include.
     */
    async countedByUnitAndState(from: Date, to: Date) {
      const groups = await prisma.report.groupBy({
        by: ["unitId", "state"],
        where: { sentAt: { gte: from, lt: to }, runningSeq: { not: null } },
        _count: { _all: true },
      });
      return groups.map((g) => ({ unitId: g.unitId, state: g.state, count: g._count._all }));
    },

    /** Counted reports sent in [from, to) whose stated cumulative does not follow: the digest lists them. */
    async inconsistentIn(from: Date, to: Date) {
      return prisma.report.findMany({
        where: { sentAt: { gte: from, lt: to }, inconsistency: { not: null }, runningSeq: { not: null } },
        select: {
          taskId: true,
          unitId: true,
          sentAt: true,
          inconsistency: true,
          runningTotal: true,
          expectedTotal: true,
        },
        orderBy: { sentAt: "asc" },
      });
    },

    /**
     * Reports the parser decided alone (pending or filed, not redacted), oldest first, a page after
     * `afterId`: what `reparse` may read again.
     */
    async machineReadPage(range: { from?: Date; to?: Date }, afterId: string | null, take: number) {
      const rows = await prisma.report.findMany({
        where: {
          state: { in: ["pending", "filed"] },
          redactedAt: null,
          sentAt: { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lt: range.to } : {}) },
        },
        include,
        orderBy: [{ sentAt: "asc" }, { id: "asc" }],
        take,
        ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
      });
      return rows.map(toRow);
    },

    /** Reports filed for a task, oldest first, with their quantities: the input of the ledger arithmetic. */
    async forTask(taskId: string): Promise<ReportRow[]> {
      return (await prisma.report.findMany({ where: { taskId }, include, orderBy: { sentAt: "asc" } })).map(
        toRow,
      );
    },
  };
}
