import { Composer } from "grammy";
import { answerCommand, answerQuestion, readsAsQuestion } from "../../app/index.ts";
import { questionCommands } from "../../domain/questions/index.ts";
import { addressedToBot, withoutMention } from "../addressed.ts";
import { replyWithAnswer, showAnswerPage } from "../answers.ts";
import { type BotContext, commandArgs, isCommand } from "../context.ts";

/**
 * What leaders ask (改厕进度？ 哪些村本周没报？ what is overdue?) is answered from the ledger, never
 * filed as a report: in plain words in a private chat, or in a group when it is addressed to the
 * bot (a mention, a reply to it); and as commands anywhere (/status, /silent, /overdue, /issues,
 * /rank; /task is tasks.ts's). A group's unaddressed questions are left alone.
 */
export const questionsFeature = new Composer<BotContext>();

for (const command of questionCommands.filter((c) => c !== "task")) {
  questionsFeature.command(command, async (ctx) => {
    if (!ctx.person) return;
    await replyWithAnswer(ctx, await answerCommand(ctx.app, ctx.person, command, commandArgs(ctx)));
  });
}

questionsFeature.callbackQuery(/^qa:/, showAnswerPage);

questionsFeature.on("message:text", async (ctx, next) => {
  if (isCommand(ctx) || !ctx.person) return next();
  if (ctx.chat.type !== "private" && !addressedToBot(ctx, ctx.msg)) {
    // The group talking among itself: a question there is neither answered nor filed.
    if (ctx.group?.unitId && (await readsAsQuestion(ctx.app, ctx.person, ctx.msg.text))) return;
    return next();
  }
  const answer = await answerQuestion(ctx.app, ctx.person, withoutMention(ctx, ctx.msg));
  if (answer.kind === "not-a-question") return next();
  await replyWithAnswer(ctx, answer);
});
