import { Composer } from "grammy";
import { type BotContext, isCommand } from "../context.ts";
import { endConversation, getConversation } from "../conversation.ts";
import { fixValueStep } from "./report-actions.ts";
import { taskAddStep } from "./task-add.ts";

/**
 * Answers to the bot's questions (/task add, ✍️ a value) go to the conversation they belong to,
 * before anything reads them as a report. Commands pass by, so /help works mid-conversation.
 */
export const conversationFeature = new Composer<BotContext>();

conversationFeature.command("cancel", async (ctx) => {
  const open = await getConversation(ctx);
  await endConversation(ctx);
  await ctx.reply(ctx.t(open ? "cancelled" : "nothing-to-cancel"));
});

conversationFeature.on("message:text", async (ctx, next) => {
  if (isCommand(ctx)) return next();
  const state = await getConversation(ctx);
  // A file is awaited: what is typed meanwhile is read as usual.
  if (!state || state.kind === "import-file" || state.kind === "import-confirm") return next();
  if (state.kind === "task-add") return taskAddStep(ctx, state, ctx.msg.text);
  return fixValueStep(ctx, state, ctx.msg.text);
});
