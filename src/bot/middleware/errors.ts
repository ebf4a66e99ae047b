import type { BotError } from "grammy";
import type { Logger } from "pino";
import { defaultLocale, translate } from "../../i18n.ts";
import { type BotContext, isCommand } from "../context.ts";
import { triedBefore } from "./inbox.ts";

/**
 * The error boundary (bot.catch): one bad update is logged and answered politely, and the bot goes
 * on with the next. The raw update is already in the inbox, marked failed, so nothing is lost.
 */
export function errorBoundary(log: Logger) {
  return async (error: BotError<BotContext>) => {
    const { ctx } = error;
    log.error({ err: error.error, updateId: ctx.update.update_id }, "an update failed");
    // An update tried again (after a failure or a dead instance) was answered the first time.
    if (triedBefore.has(ctx.update)) return;
    // ctx.label is missing when the failure came before the i18n middleware.
    const sorry =
      typeof ctx.label === "function" ? ctx.label("error-sorry") : translate(defaultLocale, "error-sorry");
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: sorry, show_alert: true });
      // In a group only someone talking to the bot hears about it; a chat message that failed does not.
      else if (ctx.message && (ctx.chat?.type === "private" || isCommand(ctx))) await ctx.reply(sorry);
    } catch (replyError) {
      log.warn({ err: replyError, updateId: ctx.update.update_id }, "could not say sorry either");
    }
  };
}
