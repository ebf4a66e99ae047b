import { limit } from "@grammyjs/ratelimiter";
import type { Middleware } from "grammy";
import { metrics } from "../../metrics.ts";
import type { BotContext } from "../context.ts";

export const DEFAULT_FLOOD_LIMIT = 20;

/**
 * One person writing faster than anyone types (a script, a stuck client) gets one polite notice
 * per window and the rest of their updates that window are not handled; everyone else goes on as
 * before. The updates themselves are already in the inbox. Cadres who paste a week's reports at
 * once stay far below the limit.
 */
export function floodLimit(perTenSeconds: number): Middleware<BotContext> {
  return limit<BotContext, never>({
    timeFrame: 10_000,
    limit: perTenSeconds,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    onLimitExceeded: async (ctx) => {
      metrics.floodNotices.inc();
      if (ctx.chat?.type === "private") await ctx.reply(ctx.t("flood-notice"));
    },
  });
}
