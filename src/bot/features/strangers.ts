import { Composer } from "grammy";
import { type BotContext, isMember } from "../context.ts";

/**
 * Past this point only members of some unit are served. A stranger gets the join hint in a private
 * chat, an alert on a button, and nothing at all in a group.
 */
export const strangerFeature = new Composer<BotContext>();

strangerFeature.use(async (ctx, next) => {
  if (isMember(ctx) || !ctx.from) return next();
  if (ctx.callbackQuery)
    return ctx.answerCallbackQuery({ text: ctx.label("alert-forbidden"), show_alert: true });
  if (ctx.chat?.type === "private" && ctx.message) await ctx.reply(ctx.t("stranger-hint"));
});
