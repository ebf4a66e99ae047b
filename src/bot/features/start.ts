import { Composer } from "grammy";
import { helpAnswer } from "../../app/index.ts";
import { answerText } from "../answer-text.ts";
import { type BotContext, commandArgs, isAdmin, isMember } from "../context.ts";
import { joinWithCode } from "./join.ts";

/**
 * /start greets in the person's language; /help lists what they can do and what they can ask. A
 * stranger learns only /join.
 */
export const startFeature = new Composer<BotContext>();

const nameOf = (ctx: BotContext) => ctx.from?.first_name ?? "";

startFeature.command("start", async (ctx) => {
  const payload = commandArgs(ctx);
  // t.me/<bot>?start=CODE: the invitation link opens the chat and joins in one tap.
  if (payload && ctx.chat.type === "private") return joinWithCode(ctx, payload);
  if (isMember(ctx)) return ctx.reply(ctx.t("start-member", { name: nameOf(ctx) }));
  if (ctx.chat.type === "private") await ctx.reply(ctx.t("start-stranger", { name: nameOf(ctx) }));
});

startFeature.command("help", async (ctx) => {
  if (!isMember(ctx)) {
    if (ctx.chat.type === "private") await ctx.reply(ctx.t("stranger-hint"));
    return;
  }
  const parts = [ctx.t("help-member")];
  if (ctx.person)
    parts.push(...answerText(await helpAnswer(ctx.app, ctx.person), ctx.t, ctx.settings.timeZone).head);
  if (isAdmin(ctx)) parts.push(ctx.t("help-admin"));
  await ctx.reply(parts.join("\n\n"));
});
