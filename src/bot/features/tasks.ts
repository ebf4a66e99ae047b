import { Composer } from "grammy";
import { answerCommand, renderImport, splitTask } from "../../app/index.ts";
import { replyWithAnswer } from "../answers.ts";
import { type BotContext, commandArgs, isAdmin } from "../context.ts";
import { replyInParts } from "../reply-parts.ts";
import { startTaskAdd } from "./task-add.ts";

/**
 * /task add (a short conversation), /task split (a task's shares among units, in one message) and
 * /task 茶叶: the task's status, answered as the question 茶叶进度？ is (progress, per unit, latest
 * reports).
 */
export const tasksFeature = new Composer<BotContext>();

const SPLIT = /^(split|分解)(\s+|$)/i;

tasksFeature.command("task", async (ctx) => {
  const args = commandArgs(ctx);
  if (args === "add") return startTaskAdd(ctx);
  if (SPLIT.test(args)) return split(ctx, args.replace(SPLIT, ""));
  if (!args || !ctx.person) return ctx.reply(ctx.t("task-usage"));
  await replyWithAnswer(ctx, await answerCommand(ctx.app, ctx.person, "task", args));
});

async function split(ctx: BotContext, text: string) {
  // The import checks each share against what the admin manages; this only spares others the usage text.
  if (!isAdmin(ctx) || !ctx.person) return ctx.reply(ctx.t("admins-only"));
  const result = await splitTask(ctx.app, ctx.person, text);
  if (!result.ok) return ctx.reply(ctx.t("task-split-usage"));
  await replyInParts(
    ctx,
    renderImport(result.lines, (key, args) => ctx.t(key, args)),
  );
}
