import type { Middleware } from "grammy";
import type { AppDeps } from "../../app/index.ts";
import { metrics } from "../../metrics.ts";
import type { BotContext } from "../context.ts";

/**
 * Updates already in the inbox when they reach the bot: the webhook records an update before it
 * answers Telegram, and an abandoned one is taken from the inbox to be handled again.
 */
export const recordedBeforeHandling = new WeakSet<object>();

/** Updates taken from the inbox to be tried again: whoever sent them heard back the first time. */
export const triedBefore = new WeakSet<object>();

/**
 * Every update is written to the inbox before anything else happens, so nothing that arrived is
 * lost if handling fails; Telegram redelivers an update whose confirmation it missed, and the
 * second delivery finds its row and is acknowledged without being handled again.
 */
export function inbox(deps: AppDeps, platform = "telegram"): Middleware<BotContext> {
  return async (ctx, next) => {
    const updateId = String(ctx.update.update_id);
    const first =
      recordedBeforeHandling.has(ctx.update) ||
      (await deps.repos.inbox.record(platform, updateId, JSON.stringify(ctx.update)));
    if (!first) {
      metrics.updates.inc({ outcome: "duplicate" });
      return;
    }
    try {
      await next();
    } catch (error) {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      // The failure is what gets logged and answered; a second failure writing it must not hide it.
      await deps.repos.inbox.finish(platform, updateId, { ok: false, error: text }).catch(() => undefined);
      metrics.updates.inc({ outcome: "failed" });
      throw error;
    }
    await deps.repos.inbox.finish(platform, updateId, { ok: true });
    metrics.updates.inc({ outcome: "handled" });
  };
}
