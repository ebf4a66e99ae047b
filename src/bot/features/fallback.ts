import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

/** Must be the last handler: what nothing else took. A private chat is never left in silence. */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on("callback_query", (ctx) => ctx.answerCallbackQuery());
fallbackFeature.chatType("private").on("message", (ctx) => ctx.reply(ctx.t("fallback-private")));
