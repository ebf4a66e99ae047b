import { Composer } from "grammy";
import { type TaskHistory, taskHistory } from "../../app/index.ts";
import { type BotContext, commandArgs } from "../context.ts";
import { localDayAndTime } from "../time.ts";
import { startTaskAdd } from "./task-add.ts";

/** /task add (a short conversation) and /task 茶叶 (a task's progress and latest reports). */
export const tasksFeature = new Composer<BotContext>();

export function historyText(ctx: BotContext, h: TaskHistory): string {
  const { t } = ctx;
  const lines = [`<b>${t("history-title", { task: h.taskName })}</b>`];
  if (h.total === null) lines.push(t("history-no-reports"));
  else if (h.target) {
    const percent = Math.round((h.total / h.target) * 100);
    lines.push(
      t("history-progress-target", { total: h.total, target: h.target, measure: h.measure, percent }),
    );
  } else lines.push(t("history-progress", { total: h.total, measure: h.measure }));
  if (h.deadline) lines.push(t("history-deadline", { deadline: h.deadline }));
  if (h.units.length > 0) {
    lines.push(t("history-units"));
    for (const u of h.units)
      lines.push(t("history-unit", { unit: u.unitName, total: u.total ?? "-", measure: h.measure }));
  }
  if (h.recent.length > 0) {
    lines.push(t("history-recent"));
    for (const r of h.recent) {
      const text = r.text.length > 60 ? `${r.text.slice(0, 60)}…` : r.text;
      const when = localDayAndTime(ctx.settings.timeZone, r.sentAt);
      lines.push(t("history-report", { when, unit: r.unitName, text, state: t(`state-${r.state}`) }));
    }
  }
  if (h.inconsistencies > 0) lines.push(t("history-inconsistent", { count: h.inconsistencies }));
  return lines.join("\n");
}

tasksFeature.command("task", async (ctx) => {
  const args = commandArgs(ctx);
  if (args === "add") return startTaskAdd(ctx);
  if (!args || !ctx.person) return ctx.reply(ctx.t("task-usage"));
  const found = await taskHistory(ctx.app, ctx.person, args);
  if (!found.ok) return ctx.reply(ctx.t(`task-${found.reason}`, { task: args }));
  await ctx.reply(historyText(ctx, found.history));
});
