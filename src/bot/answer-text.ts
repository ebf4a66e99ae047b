import type { TranslateFunction } from "@grammyjs/i18n";
import { digestLineArgs } from "../app/digest-text.ts";
import type { Answer, TaskFigures } from "../app/index.ts";
import { localDate, localDateTime, localDayAndTime } from "./time.ts";

/**
 * An answer as lines: a heading, the list that may run long (units, tasks, problems, a ranking),
 * and what follows it. The pager shows the list a page at a time between the other two; the
 * heading and the time the figures stand at are on every page.
 */
export interface AnswerText {
  readonly head: readonly string[];
  readonly items: readonly string[];
  readonly foot: readonly string[];
  /** "Figures as of …", for answers from the ledger. */
  readonly asOf: string | null;
}

const figure = (n: number) => Math.round(n * 100) / 100;
const percent = (p: number | null) => (p === null ? "—" : Math.round(p));
const only = (...head: string[]): AnswerText => ({ head, items: [], foot: [], asOf: null });

export function answerText(answer: Answer, t: TranslateFunction, timeZone: string): AnswerText {
  switch (answer.kind) {
    case "not-a-question":
      return only(t("not-a-report"));
    case "help":
      return only(helpQuestions(answer.examples, t));
    case "unknown-question":
      return only(t("answer-unknown-question"), "", helpQuestions(answer.examples, t));
    case "forbidden":
      return only(t("answer-forbidden"));
    case "unknown-unit":
    case "ambiguous-unit":
      return only(t(`answer-${answer.kind}`, { unit: answer.unit }));
    case "unknown-task":
      return only(t("task-unknown-task", { task: answer.text }));
    case "unknown-subject":
      return only(t("answer-unknown-subject", { text: answer.text }));
  }
  const asOf = t("digest-as-of", { at: localDateTime(timeZone, answer.asOf) });
  const unit = answer.unitName;
  switch (answer.kind) {
    case "task": {
      const { task } = answer;
      const head = [`<b>${t("answer-task-title", { task: task.name, unit })}</b>`];
      if (!answer.reported) head.push(t("history-no-reports"));
      else if (task.target !== null)
        head.push(
          t("history-progress-target", {
            total: figure(task.total),
            target: figure(task.target),
            measure: task.measure,
            percent: percent(task.percent),
          }),
        );
      else head.push(t("history-progress", { total: figure(task.total), measure: task.measure }));
      head.push(
        t("answer-task-change", {
          change: figure(task.change),
          measure: task.measure,
          flag: task.flag ?? "none",
        }),
      );
      if (task.deadline) head.push(t("history-deadline", { deadline: task.deadline }));
      if (answer.units.length > 0) head.push(t("history-units"));
      const items = answer.units.map((u) =>
        u.target === null
          ? t("history-unit", { unit: u.unitName, total: figure(u.total), measure: task.measure })
          : t("answer-unit-target", {
              unit: u.unitName,
              total: figure(u.total),
              target: figure(u.target),
              measure: task.measure,
              percent: percent(u.percent),
            }),
      );
      const foot: string[] = [];
      if (answer.recent.length > 0) {
        foot.push(t("history-recent"));
        for (const r of answer.recent) {
          const text = r.text.length > 60 ? `${r.text.slice(0, 60)}…` : r.text;
          const when = localDayAndTime(timeZone, r.sentAt);
          foot.push(t("history-report", { when, unit: r.unitName, text, state: t(`state-${r.state}`) }));
        }
      }
      if (answer.inconsistencies > 0) foot.push(t("history-inconsistent", { count: answer.inconsistencies }));
      return { head, items, foot, asOf };
    }
    case "unit": {
      const head = [
        `<b>${t("answer-unit-title", { unit })}</b>`,
        t("digest-flags", { red: answer.flags.red, yellow: answer.flags.yellow, blue: answer.flags.blue }),
      ];
      if (answer.tasks.length === 0) head.push(t("answer-no-data"));
      const last = answer.lastReportAt
        ? t("answer-last-report", { at: localDate(timeZone, answer.lastReportAt) })
        : t("answer-no-report");
      return { head, items: answer.tasks.map((l) => taskLine(l, t)), foot: [last], asOf };
    }
    case "silent": {
      const count = answer.units.length + answer.departments.length;
      const args = { unit, period: answer.period, count };
      const items = [
        ...answer.units.map((name) => t("answer-silent-unit", { unit: name })),
        ...answer.departments.map((name) => t("answer-silent-department", { unit: name })),
      ];
      return { head: [t(count > 0 ? "answer-silent" : "answer-silent-none", args)], items, foot: [], asOf };
    }
    case "overdue": {
      const count = answer.tasks.length + answer.shares.length;
      const head = [t(count > 0 ? "answer-overdue" : "answer-overdue-none", { unit, count })];
      const items = [
        ...answer.tasks.map((l) => overdueLine(l, t)),
        ...answer.shares.map((s) => overdueLine({ ...s, name: s.task }, t, s.unitName)),
      ];
      return { head, items, foot: [], asOf };
    }
    case "issues": {
      const count = answer.problems.length;
      const head = [t(count > 0 ? "answer-issues" : "answer-issues-none", { unit, count })];
      const items = answer.problems.map((p) =>
        t("digest-problem", { unit: p.unitName, text: p.text, since: p.firstAt, count: p.count }),
      );
      return { head, items, foot: [], asOf };
    }
    case "rank": {
      const head = [t(`answer-rank-${answer.order}`, { unit, level: answer.level ?? "below" })];
      if (answer.taskName) head.push(t("answer-rank-task", { task: answer.taskName }));
      if (answer.rows.length === 0) head.push(t("answer-no-data"));
      const items = answer.rows.map((r, i) =>
        r.percent === null
          ? t("answer-rank-row-no-target", { place: i + 1, unit: r.unitName })
          : t("answer-rank-row", { place: i + 1, unit: r.unitName, percent: Math.round(r.percent) }),
      );
      return { head, items, foot: [], asOf };
    }
  }
}

/** What can be asked, each with an example that names the asker's own task and unit. */
function helpQuestions(examples: { task: string | null; unit: string | null }, t: TranslateFunction) {
  return t("help-questions", {
    task: examples.task ?? t("help-example-task"),
    unit: examples.unit ?? t("help-example-unit"),
  });
}

function taskLine(l: TaskFigures, t: TranslateFunction): string {
  return t("digest-line", digestLineArgs(l));
}

/** A task that is red, or, with `unitName`, one unit's share of it. */
function overdueLine(
  l: Pick<TaskFigures, "name" | "total" | "target" | "measure" | "percent" | "deadline">,
  t: TranslateFunction,
  unitName?: string,
): string {
  return t(unitName === undefined ? "answer-overdue-line" : "answer-overdue-share-line", {
    task: l.name,
    unit: unitName ?? "",
    total: figure(l.total),
    target: l.target === null ? "—" : figure(l.target),
    measure: l.measure,
    percent: percent(l.percent),
    deadline: l.deadline ?? "—",
    short: l.target === null ? "—" : figure(Math.max(0, l.target - l.total)),
  });
}
