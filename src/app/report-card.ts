import type { FluentVariable } from "@fluent/bundle";
import type { ParsedReport } from "../domain/parser/index.ts";

export type Translate = (key: string, args?: Record<string, FluentVariable>) => string;

/** What the bot shows a cadre after reading a message: the report as understood, or a hint. */
export function reportCard(report: ParsedReport, t: Translate): string {
  if (report.confidence < 0.5) return t("not-a-report");
  const lines = [t("card-title")];
  if (report.task) lines.push(t(report.taskId ? "card-task" : "card-task-unmatched", { task: report.task }));
  if (report.place) lines.push(t("card-place", { place: report.place }));
  for (const q of report.quantities) {
    lines.push(t("card-quantity", { kind: t(`kind-${q.kind}`), value: q.value, unit: q.unit }));
  }
  if (report.percent !== null) lines.push(t("card-percent", { percent: report.percent }));
  if (report.date) lines.push(t("card-date", { date: report.date }));
  if (report.issues.length > 0) lines.push(t("card-issues", { issues: report.issues.join("；") }));
  if (report.nextSteps.length > 0) lines.push(t("card-next-steps", { steps: report.nextSteps.join("；") }));
  return lines.join("\n");
}
