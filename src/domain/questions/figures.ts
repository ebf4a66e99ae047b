import type { NormalizedText } from "../parser/normalize.ts";
import { parse } from "../parser/parse.ts";
import type { ParsedReport } from "../parser/report.ts";
import type { TaskIndex } from "../parser/tasks.ts";
import { askingOf, clausesOf } from "./asking.ts";

/**
 * A message that carries progress figures is a report, even when it opens with a question
 * (团结村改厕完成了吗？已完成45户). The figures must stand in a clause that asks nothing: in
 * 改厕完成500户了吗 the number is part of the question, and a question is never filed as a report.
 */
export interface Figures {
  readonly isReport: boolean;
  /** The parser's confidence that the statements in the message are a report. */
  readonly confidence: number;
}

export function figuresIn(text: NormalizedText, tasks: TaskIndex | undefined): Figures {
  const clauses = clausesOf(text.lower);
  const statements = clauses.filter((c) => !c.question);
  if (statements.length === 0) return { isReport: false, confidence: 0 };
  const asksSomewhere = statements.length < clauses.length;
  const told = asksSomewhere
    ? statements.map((c) => text.original.slice(c.start, c.end)).join("，")
    : text.original;
  const report = parse(told, { tasks });
  if (report.confidence < 0.5) return { isReport: false, confidence: report.confidence };
  // What asks nothing at all is filed as the parser decides (利湾村 危房改造 已全部完成); a bare
  // phrase (团结村改厕进度) or a message with a question in it needs figures to be a report.
  const isReport = (!asksSomewhere && askingOf(text.lower) === null) || hasFigures(report, text, tasks);
  return { isReport, confidence: report.confidence };
}

function hasFigures(report: ParsedReport, text: NormalizedText, tasks: TaskIndex | undefined): boolean {
  // A figure with no cue (新增, 累计 …) counts when a task is named anywhere in the message
  // (电商培训办了吗？本月培训学员120人次), unless it merely counts things: 进度最慢的三个村.
  const namesTask = report.task !== null || (tasks?.find(text.original) ?? null) !== null;
  return (
    report.percent !== null ||
    report.quantities.some((q) => q.kind !== "unspecified" || (namesTask && q.unit !== "个"))
  );
}
