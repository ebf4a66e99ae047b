import type { Prisma } from "../client.ts";
import { GroupCommit } from "../group-commit.ts";

export const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

interface Arrival {
  readonly platform: string;
  readonly updateId: string;
  readonly payload: string;
  readonly leaseUntil?: Date;
}

/**
 * How long the instance that recorded an update has to handle it. Past it, the update counts as
 * abandoned (that instance died mid-way) and any instance takes it over. A failed update waits as
 * long before it is tried again (the database was down, say), up to MAX_ATTEMPTS in all.
 */
export const INBOX_LEASE_MS = 60_000;
const MAX_ATTEMPTS = 5;

/** Telegram keeps an undelivered update for a day; an older unhandled one is not replayed. */
const REPLAY_WINDOW_MS = 24 * 60 * 60_000;

export interface AbandonedUpdate {
  readonly platform: string;
  readonly updateId: string;
  readonly payload: string;
  readonly attempts: number;
}

type Outcome = { ok: true } | { ok: false; error: string };

/** Every update as it arrived, written before it is handled; a redelivery finds its row. */
export function inboxRepository(prisma: Prisma, leaseMs = INBOX_LEASE_MS) {
  const recordOne = async (a: Arrival): Promise<boolean> => {
    try {
      await prisma.inboxUpdate.create({ data: a });
      return true;
    } catch (error) {
      // Unique on (platform, update id): this update was seen before. Anything else is real.
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  };

  const arrivals = new GroupCommit<Arrival, boolean>(async (batch) => {
    const seen = await prisma.inboxUpdate.findMany({
      // Platform first, as the unique index has it: otherwise every arrival scans the whole inbox.
      where: {
        platform: { in: [...new Set(batch.map((a) => a.platform))] },
        updateId: { in: batch.map((a) => a.updateId) },
      },
      select: { platform: true, updateId: true },
    });
    const known = new Set(seen.map((s) => `${s.platform}\u0000${s.updateId}`));
    const fresh: Arrival[] = [];
    const firsts = batch.map((a) => {
      const key = `${a.platform}\u0000${a.updateId}`;
      if (known.has(key)) return false;
      known.add(key);
      fresh.push(a);
      return true;
    });
    try {
      if (fresh.length > 0) await prisma.inboxUpdate.createMany({ data: fresh });
      return firsts;
    } catch (error) {
      // Another process stored one of them meanwhile: settle each on its own.
      if (!isUniqueViolation(error)) throw error;
      return Promise.all(batch.map((a, i) => (firsts[i] ? recordOne(a) : false)));
    }
  });

  const handled = new GroupCommit<Arrival, void>(async (batch) => {
    await prisma.inboxUpdate.updateMany({
      where: {
        updateId: { in: batch.map((a) => a.updateId) },
        platform: { in: [...new Set(batch.map((a) => a.platform))] },
      },
      data: { status: "handled", handledAt: new Date(), leaseUntil: null, attempts: { increment: 1 } },
    });
    return batch.map(() => undefined);
  });

  return {
    /** Records an update before it is handled; false when this update id was seen before. */
    record(platform: string, updateId: string, payload: string): Promise<boolean> {
      return arrivals.write({
        platform,
        updateId,
        payload,
        leaseUntil: new Date(Date.now() + leaseMs),
      });
    },

    /**
     * Updates recorded but never finished, whose lease has run out (the process handling them died),
     * and failed ones whose wait is over.
     * Each is leased again to the caller, one compare-and-set per row, so that of several instances
     * sweeping at once exactly one takes each.
     */
    async claimAbandoned(now: Date, limit = 50): Promise<AbandonedUpdate[]> {
      const candidates = await prisma.inboxUpdate.findMany({
        where: {
          status: { in: ["received", "failed"] },
          attempts: { lt: MAX_ATTEMPTS },
          OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
          receivedAt: { gte: new Date(now.getTime() - REPLAY_WINDOW_MS) },
        },
        select: { id: true, platform: true, updateId: true, payload: true, attempts: true },
        orderBy: { receivedAt: "asc" },
        take: limit,
      });
      const claimed: AbandonedUpdate[] = [];
      for (const c of candidates) {
        const taken = await prisma.inboxUpdate.updateMany({
          where: { id: c.id, attempts: c.attempts },
          data: {
            status: "received",
            leaseUntil: new Date(now.getTime() + leaseMs),
            attempts: { increment: 1 },
          },
        });
        if (taken.count === 1) claimed.push({ ...c, attempts: c.attempts + 1 });
      }
      return claimed;
    },
    async finish(platform: string, updateId: string, outcome: Outcome): Promise<void> {
      if (outcome.ok) return handled.write({ platform, updateId, payload: "" });
      await prisma.inboxUpdate.update({
        where: { platform_updateId: { platform, updateId } },
        data: {
          status: "failed",
          error: outcome.error.slice(0, 2000),
          attempts: { increment: 1 },
          leaseUntil: new Date(Date.now() + leaseMs),
        },
      });
    },
  };
}
