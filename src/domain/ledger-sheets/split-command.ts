import type { SheetTable } from "./cells.ts";
import { dateOfCell, quantityOf } from "./values.ts";

/**
 * `/task split` in the chat: a task and its shares among units, typed the way an office writes
 * them down, on one line or several:
 *
 *   高标准农田 民建镇3000 东风镇 2500亩 红星镇 2000 2026-10-31
 *   高标准农田：民建镇 3000，东风镇 2500
 *   高标准农田
 *   民建镇 3000 亩 10月底
 *
 * It is read into the rows of a 任务分解表, so that the import's checks, permissions and writes are
 * the chat's too (decisions.md: "`/task` in the chat can split a task too").
 */
export interface SplitShare {
  /** The unit as written: a name, or a path such as 金塔镇/团结村. */
  readonly unit: string;
  /** The share's target as written (3000, 3000亩, 3.5万), null when none is given. */
  readonly target: string | null;
  /** The share's own deadline as written, null when it keeps the task's. */
  readonly deadline: string | null;
}

export interface SplitCommand {
  readonly task: string;
  readonly shares: readonly SplitShare[];
}

const SEPARATORS = /[\s,，;；、]+/;
/** A name of a place or office, not a unit of measure, even when short (东村, 水务局). */
const PLACE_ENDING = /(村|镇|乡|县|区|市|街道|社区|局|委|办|组|站|中心)$/;
/** A figure with a measure written apart from it, as in 3000 亩. */
const LOOSE_MEASURE = /^[^\d\s]{1,3}$/;
/** A unit name with its figure written onto it, as in 民建镇3000亩. */
const NAME_WITH_FIGURE = /^(\D+?)(\d[\d.,]*.*)$/;

/** 3000, 3000亩, 3.5万; not 3组, which names a place. */
const isFigure = (token: string) =>
  /^\d/.test(token) && !PLACE_ENDING.test(token) && quantityOf(token) !== "invalid";
const isDate = (token: string, year: number) => {
  const date = dateOfCell(token, year);
  return date !== null && date !== "invalid";
};

/** The task and its shares, or null when the text names no task or no share. */
export function readSplitCommand(text: string, currentYear: number): SplitCommand | null {
  const clean = text.replace(/\u3000/g, " ").trim();
  const lines = clean
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const first = lines[0] ?? "";
  const colon = first.search(/[:：]/);
  let task: string;
  let rest: string;
  if (colon >= 0) {
    task = first.slice(0, colon).trim();
    rest = [first.slice(colon + 1), ...lines.slice(1)].join("\n");
  } else if (lines.length > 1) {
    task = first;
    rest = lines.slice(1).join("\n");
  } else {
    [task = ""] = first.split(/\s+/);
    rest = first.slice(task.length);
  }
  const shares: Array<{ unit: string; target: string | null; deadline: string | null }> = [];
  let lastWasFigure = false;
  for (const raw of rest.split(SEPARATORS).filter(Boolean)) {
    const current = shares.at(-1);
    if (current && isDate(raw, currentYear) && current.deadline === null) {
      current.deadline = raw;
      lastWasFigure = false;
    } else if (current && isFigure(raw) && current.target === null) {
      current.target = raw;
      lastWasFigure = true;
    } else if (current && lastWasFigure && LOOSE_MEASURE.test(raw) && !PLACE_ENDING.test(raw)) {
      current.target = `${current.target ?? ""}${raw}`;
      lastWasFigure = false;
    } else {
      const attached = NAME_WITH_FIGURE.exec(raw);
      const figure = attached?.[2] ?? null;
      const named = attached && figure !== null && isFigure(figure);
      shares.push({
        unit: named ? (attached[1] ?? raw) : raw,
        target: named ? figure : null,
        deadline: null,
      });
      lastWasFigure = !!named;
    }
  }
  if (task === "" || shares.length === 0) return null;
  return { task, shares };
}

/** Where share `index` (0-based) of a command stands in the tables below: sheet and 1-based row. */
export interface ShareRow {
  readonly sheet: string;
  readonly row: number;
  readonly share: number;
}

/**
 * The command as the sheets of a 任务分解表. Shares that name a deadline go in a sheet with a
 * deadline column; the others in one without, so that a share written without a deadline keeps
 * the one it has (a blank cell under a deadline column would clear it).
 */
export function splitSheets(
  command: SplitCommand,
  sheetName: string,
): { sheets: SheetTable[]; rows: ShareRow[] } {
  const sheets: SheetTable[] = [];
  const rows: ShareRow[] = [];
  const dated = command.shares.some((s) => s.deadline !== null);
  const undated = command.shares.some((s) => s.deadline === null);
  const make = (name: string, withDeadline: boolean) => {
    const header = ["任务名称", "责任单位", "分解目标", ...(withDeadline ? ["完成时限"] : [])];
    const sheet: SheetTable = { name, rows: [header] };
    command.shares.forEach((share, index) => {
      if ((share.deadline !== null) !== withDeadline) return;
      sheet.rows.push([command.task, share.unit, share.target, ...(withDeadline ? [share.deadline] : [])]);
      rows.push({ sheet: name, row: sheet.rows.length, share: index });
    });
    sheets.push(sheet);
  };
  if (undated) make(sheetName, false);
  if (dated) make(undated ? `${sheetName} (2)` : sheetName, true);
  return { sheets, rows };
}
