import { Composer } from "grammy";
import { answerCommand } from "../../app/index.ts";
import { replyWithAnswer } from "../answers.ts";
import { type BotContext, commandArgs } from "../context.ts";
import { startTaskAdd } from "./task-add.ts";

/**
 * /task add (a short conversation) and /task 茶叶: the task's status, answered as the question
 * 茶叶进度？ is (progress, per unit, latest reports).
 */
export const tasksFeature = new Composer<BotContext>();

tasksFeature.command("task", async (ctx) => {
  const args = commandArgs(ctx);
  if (args === "add") return startTaskAdd(ctx);
  if (!args || !ctx.person) return ctx.reply(ctx.t("task-usage"));
  await replyWithAnswer(ctx, await answerCommand(ctx.app, ctx.person, "task", args));
});
