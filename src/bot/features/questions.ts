import { Composer } from "grammy";
import { type Answer, answerQuestion } from "../../app/answers.ts";
import { digestText } from "../../app/digest-text.ts";
import { taskHistory } from "../../app/index.ts";
import { type BotContext, isCommand } from "../context.ts";
import { historyText } from "./tasks.ts";

/**
 * What leaders ask in plain words (改厕进度？ 哪些村本周没报？ what is overdue?) is answered from the
 * ledger, never filed as a report. In private chats; a group hears from the bot on reports and
 * commands only.
 */
export const questionsFeature = new Composer<BotContext>();

questionsFeature.chatType("private").on("message:text", async (ctx, next) => {
  if (isCommand(ctx) || !ctx.person) return next();
  const answer = await answerQuestion(ctx.app, ctx.person, ctx.msg.text);
  if (answer.kind === "not-a-question") return next();
  await ctx.reply(await render(ctx, answer));
});

async function render(ctx: BotContext, answer: Exclude<Answer, { kind: "not-a-question" }>): Promise<string> {
  const { t } = ctx;
  switch (answer.kind) {
    case "help":
      return t("help-member");
    case "forbidden":
      return t("answer-forbidden");
    case "unknown-unit":
      return t("answer-unknown-unit", { unit: answer.unit });
    case "task": {
      const found = ctx.person ? await taskHistory(ctx.app, ctx.person, answer.taskName) : null;
      return found?.ok ? historyText(ctx, found.history) : t("task-unknown-task", { task: answer.taskName });
    }
    case "unit":
      return digestText(answer.digest, t);
    case "rank": {
      const lines = [t(`answer-rank-${answer.order}`, { unit: answer.unitName })];
      answer.rows.slice(0, 10).forEach((r, i) => {
        lines.push(
          t("answer-rank-row", {
            place: i + 1,
            unit: r.unitName,
            percent: r.percent === null ? "—" : Math.round(r.percent),
          }),
        );
      });
      if (answer.rows.length === 0) lines.push(t("answer-no-data"));
      return lines.join("\n");
    }
    default: {
      const { digest } = answer;
      const c = digest.content;
      const lines: string[] = [];
      if (answer.kind === "silent") {
        const units = [...c.silentUnits, ...c.silentDepartments];
        lines.push(
          units.length > 0
            ? t("digest-silent", { count: units.length, units: units.join("、") })
            : t("digest-everyone-reported"),
        );
      } else if (answer.kind === "overdue") {
        const red = c.lines.filter((l) => l.flag === "red");
        lines.push(red.length > 0 ? t("answer-overdue", { count: red.length }) : t("answer-overdue-none"));
        for (const l of red.slice(0, 20)) {
          lines.push(
            t("digest-line", {
              task: l.name,
              total: l.total,
              target: l.target ?? "—",
              measure: l.measure,
              percent: l.percent === null ? "—" : Math.round(l.percent),
              change: l.change,
              flag: "red",
            }),
          );
        }
      } else {
        lines.push(
          c.problems.length > 0
            ? t("digest-problems", { count: c.problems.length })
            : t("answer-issues-none"),
        );
        for (const p of c.problems.slice(0, 15)) {
          lines.push(
            t("digest-problem", { unit: p.unitName, text: p.text, since: p.firstAt, count: p.count }),
          );
        }
      }
      lines.push("", t("digest-as-of", { at: digest.asOfLocal }));
      return lines.join("\n");
    }
  }
}
