import { limit } from "@grammyjs/ratelimiter";
import type { Middleware } from "grammy";
import type { FloodWindows } from "../../db/repositories/index.ts";
import { metrics } from "../../metrics.ts";
import type { BotContext } from "../context.ts";

export const DEFAULT_FLOOD_LIMIT = 20;
const WINDOW_MS = 10_000;
/** Finished windows are deleted this often (by whichever instance writes one). */
const FORGET_EVERY_MS = 60_000;

/**
 * The limiter's store, shared by every instance through the database. Behind a balancer a person's
 * updates are spread over the instances, so counts kept in each instance's memory would let N
 * instances take N times the limit. Each instance still counts on its own first: only once a
 * person passes a quarter of the limit within one window does it write, its count so far and then
 * every further hit, so a cadre writing a few messages costs no query. The windows are aligned to
 * the clock, the same on every instance. When the database cannot be reached, the local count
 * decides (a person is never held back by our own trouble).
 */
export class SharedFloodCounts {
  private window = 0;
  private readonly local = new Map<string, number>();
  private readonly threshold: number;
  private forgotAt = 0;

  constructor(
    private readonly store: FloodWindows,
    private readonly limit: number,
    private readonly windowMs = WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.threshold = Math.max(1, Math.floor(limit / 4));
  }

  /** This hit's number in the person's window, as the limiter reads it (limit + 1 sends the notice). */
  async incr(key: string): Promise<number> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.local.clear();
    }
    const hits = (this.local.get(key) ?? 0) + 1;
    this.local.set(key, hits);
    if (hits <= this.threshold) return hits;
    const added = hits === this.threshold + 1 ? hits : 1;
    let total: number;
    try {
      total = await this.store.add(key, new Date(window * this.windowMs), added);
    } catch {
      return hits;
    }
    if (now - this.forgotAt > FORGET_EVERY_MS) {
      this.forgotAt = now;
      this.store.forget(new Date((window - 1) * this.windowMs)).catch(() => undefined);
    }
    // The first write carries several hits, so a total may jump past limit + 1: the hit that
    // crosses the limit is still the one that gets the notice.
    return total - added <= this.limit && total > this.limit ? this.limit + 1 : total;
  }

  /** Windows end with the clock and are deleted in bulk; nothing expires key by key. */
  async pexpire(): Promise<number> {
    return 1;
  }
}

/**
 * One person writing faster than anyone types (a script, a stuck client) gets one polite notice
 * per window and the rest of their updates that window are not handled; everyone else goes on as
 * before. The updates themselves are already in the inbox. Cadres who paste a week's reports at
 * once stay far below the limit.
 */
export function floodLimit(perTenSeconds: number, store: FloodWindows): Middleware<BotContext> {
  return limit<BotContext, SharedFloodCounts>({
    timeFrame: WINDOW_MS,
    limit: perTenSeconds,
    storageClient: new SharedFloodCounts(store, perTenSeconds),
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    onLimitExceeded: async (ctx) => {
      metrics.floodNotices.inc();
      if (ctx.chat?.type === "private") await ctx.reply(ctx.t("flood-notice"));
    },
  });
}
