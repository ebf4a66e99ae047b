import type { ChangeLine, Problem, ShareRow, SplitCommand } from "../domain/ledger-sheets/index.ts";
import type { ImportOutcome } from "./ledger-import.ts";

/**
 * What an import says, as message keys (locales/*.ftl, section "## Import") and their variables,
 * so that the command line (`translate`) and the chat (`ctx.t`) show the same text in the reader's
 * language. `translated` names variables whose value is itself a key (a field's name).
 */
export interface MessagePart {
  readonly key: string;
  readonly args: Readonly<Record<string, string | number>>;
  readonly translated?: Readonly<Record<string, string>>;
}

/** One line of the answer: its parts are shown one after another. */
export type MessageLine = readonly MessagePart[];

/** A rejected file lists this many problems, then says how many more there are. */
export const LISTED_PROBLEMS = 50;
/** A dry run lists this many changes. */
export const LISTED_CHANGES = 50;

const part = (
  key: string,
  args: Record<string, string | number> = {},
  translated?: Record<string, string>,
) => ({
  key,
  args,
  ...(translated ? { translated } : {}),
});

export function describeImport(outcome: ImportOutcome, fileName: string): MessageLine[] {
  if (!outcome.ok) {
    const lines: MessageLine[] = [
      [part("import-rejected", { file: fileName, count: outcome.problems.length })],
    ];
    for (const problem of outcome.problems.slice(0, LISTED_PROBLEMS)) lines.push(problemLine(problem));
    const more = outcome.problems.length - LISTED_PROBLEMS;
    if (more > 0) lines.push([part("import-more-problems", { count: more })]);
    return lines;
  }
  const heading = outcome.dryRun ? "import-dry-run" : outcome.applied ? "import-applied" : "import-unchanged";
  const lines: MessageLine[] = [[part(heading, { file: fileName })]];
  for (const entity of ["units", "tasks", "assignments"] as const) {
    const counts = outcome.counts[entity];
    if (counts.created + counts.updated + counts.unchanged > 0)
      lines.push([part(`import-counts-${entity}`, { ...counts })]);
  }
  lines.push(...changeLines(outcome.changes));
  for (const sheet of outcome.skippedSheets) lines.push([part("import-skipped-sheet", { sheet })]);
  return lines;
}

/**
 * What `/task split` did: the changes to the task's split, or, when it wrote nothing, each
 * problem under the share it concerns (the sheets it was read into are not the writer's business).
 */
export function describeSplit(command: SplitCommand, rows: readonly ShareRow[], outcome: ImportOutcome) {
  const task = command.task;
  if (!outcome.ok) {
    const listed: MessageLine[] = [];
    // Every share names the task: a task not found is said once, not under each share.
    const aboutTask = new Set<string>();
    for (const problem of outcome.problems.slice(0, LISTED_PROBLEMS)) {
      if (problem.code === "unknown-task" || problem.code === "ambiguous-task") {
        if (!aboutTask.has(problem.code)) listed.push([problemPart(problem)]);
        aboutTask.add(problem.code);
        continue;
      }
      const at = rows.find((r) => r.sheet === problem.sheet && r.row === problem.row);
      const share = at === undefined ? undefined : command.shares[at.share];
      const where =
        at === undefined || share === undefined
          ? []
          : [part("task-split-at-share", { n: at.share + 1, unit: share.unit })];
      listed.push([...where, problemPart(problem)]);
    }
    return [[part("task-split-rejected", { task, count: listed.length })], ...listed];
  }
  return [
    [part(outcome.applied ? "task-split-applied" : "task-split-unchanged", { task })],
    ...changeLines(outcome.changes),
  ];
}

function changeLines(changes: readonly ChangeLine[]): MessageLine[] {
  const lines: MessageLine[] = [];
  for (const change of changes.slice(0, LISTED_CHANGES)) {
    lines.push([part(`import-change-${change.entity}-${change.action}`, { name: change.name })]);
    for (const field of change.fields)
      lines.push([
        part(
          "import-change-field",
          { field: field.field, before: field.before || "—", after: field.after || "—" },
          { field: `import-field-${kebab(field.field)}` },
        ),
      ]);
  }
  const more = changes.length - LISTED_CHANGES;
  if (more > 0) lines.push([part("import-more-changes", { count: more })]);
  return lines;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function problemLine(problem: Problem): MessageLine {
  const where =
    problem.sheet === null
      ? []
      : problem.row === null
        ? [part("import-at-sheet", { sheet: problem.sheet })]
        : problem.column === null
          ? [part("import-at-row", { sheet: problem.sheet, row: problem.row })]
          : [part("import-at-cell", { sheet: problem.sheet, row: problem.row, column: problem.column })];
  return [...where, problemPart(problem)];
}

function problemPart(problem: Problem): MessagePart {
  const translated =
    problem.code === "wrong-kind"
      ? { kind: `import-kind-${problem.args.kind}`, only: `import-kind-${problem.args.only}` }
      : undefined;
  return part(`import-problem-${problem.code}`, { ...problem.args }, translated);
}

/** The answer as text, with whichever translator the channel has (`translate` bound to a locale, `ctx.t`). */
export function renderImport(
  lines: readonly MessageLine[],
  t: (key: string, args: Record<string, string | number>) => string,
): string {
  return lines
    .map((line) =>
      line
        .map(({ key, args, translated }) => {
          const values = { ...args };
          for (const [name, valueKey] of Object.entries(translated ?? {})) values[name] = t(valueKey, {});
          return t(key, values);
        })
        .join(""),
    )
    .join("\n");
}
