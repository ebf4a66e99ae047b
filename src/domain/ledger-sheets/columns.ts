import type { Cell } from "./cells.ts";
import { headerText } from "./text.ts";

/**
 * The columns ledgers use, under the many names county offices give them. The export writes the
 * first label of each (zh and en), so those must always be recognised.
 */
export type ColumnKey =
  | "rowNumber"
  | "code"
  | "planYear"
  | "name"
  | "aliases"
  | "owner"
  | "lead"
  | "target"
  | "measure"
  | "startDate"
  | "deadline"
  | "note"
  | "unit"
  | "parent"
  | "kind"
  | "township"
  | "village"
  | "assignedTarget";

interface ColumnLabels {
  /** Labels a header may contain (after normalisation), or equal. */
  readonly contains: readonly string[];
  /** Labels a header must equal: short words that occur inside other headers (单位, 类型, 村). */
  readonly equals: readonly string[];
}

// biome-ignore format: a table reads better in rows
const COLUMNS: ReadonlyArray<readonly [ColumnKey, ColumnLabels]> = [
  ["rowNumber", { contains: ["序号"], equals: ["no", "no.", "#", "row"] }],
  ["assignedTarget", { contains: ["分解目标", "分解任务", "任务分解", "分配目标"], equals: ["assignedtarget"] }],
  ["code", { contains: ["任务编号", "项目编号", "编号"], equals: ["code", "id", "taskcode"] }],
  ["planYear", { contains: ["计划年度"], equals: ["年度", "year", "planyear", "年份"] }],
  ["name", { contains: ["任务名称", "项目名称", "任务内容", "重点任务", "工作任务"], equals: ["task", "taskname", "任务", "项目"] }],
  ["aliases", { contains: ["别名", "简称"], equals: ["aliases", "alias"] }],
  ["owner", { contains: ["责任单位", "牵头单位", "主责单位", "实施单位"], equals: ["ownerunit", "owner"] }],
  ["lead", { contains: ["牵头领导", "责任人", "分管领导", "负责人", "责任领导"], equals: ["lead", "leader"] }],
  ["target", { contains: ["目标值", "目标任务", "任务量", "年度目标"], equals: ["target", "投资额", "计划投资", "计划", "目标"] }],
  ["measure", { contains: ["计量单位"], equals: ["unitofmeasure", "measure", "单位"] }],
  ["startDate", { contains: ["开始日期", "开始时间", "开工时间"], equals: ["startdate", "start"] }],
  ["deadline", { contains: ["完成时限", "完成时间", "截止时间", "截止日期", "完成期限"], equals: ["deadline", "due", "duedate"] }],
  ["note", { contains: ["备注"], equals: ["note", "notes", "remarks"] }],
  ["parent", { contains: ["上级单位", "上级"], equals: ["parentunit", "parent"] }],
  ["unit", { contains: ["单位名称"], equals: ["unit", "unitname", "name", "名称"] }],
  ["kind", { contains: [], equals: ["类型", "单位类型", "层级", "kind", "type"] }],
  ["township", { contains: ["乡镇"], equals: ["镇", "乡", "township", "town", "街道"] }],
  ["village", { contains: ["行政村"], equals: ["村", "村名", "村庄", "社区", "village"] }],
];

export const COLUMN_KEYS: readonly ColumnKey[] = COLUMNS.map(([key]) => key);

/** Longer headers are titles (2026年乡村振兴重点任务台账), not column names that contain a label. */
const MAX_CONTAINING_HEADER = 12;

/** The column a header names, if any: an exact label first, then the first label it contains. */
export function columnKeyOf(header: string): ColumnKey | null {
  const { label } = headerText(header);
  if (label === "") return null;
  for (const [key, labels] of COLUMNS) {
    if (labels.equals.includes(label) || labels.contains.includes(label)) return key;
  }
  if (label.length > MAX_CONTAINING_HEADER) return null;
  for (const [key, labels] of COLUMNS) {
    if (labels.contains.some((l) => label.includes(l))) return key;
  }
  return null;
}

export interface HeaderRow {
  /** 0-based index of the header row in the sheet. */
  readonly index: number;
  /** Where each known column is (0-based); the first of two columns with the same key wins. */
  readonly columns: ReadonlyMap<ColumnKey, number>;
  /** A unit of measure from a header such as 目标值（亩）. */
  readonly bracketedMeasure: string | null;
}

/** A ledger has a title or two above its header; the header is the first row naming two known columns. */
const HEADER_SEARCH_ROWS = 10;

export function findHeaderRow(rows: readonly (readonly Cell[])[]): HeaderRow | null {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const columns = new Map<ColumnKey, number>();
    let bracketedMeasure: string | null = null;
    (rows[index] ?? []).forEach((cell, column) => {
      if (typeof cell !== "string") return;
      const key = columnKeyOf(cell);
      if (key === null || columns.has(key)) return;
      columns.set(key, column);
      const { bracketed } = headerText(cell);
      if ((key === "target" || key === "assignedTarget") && bracketed !== null)
        bracketedMeasure ??= bracketed;
    });
    if (columns.size >= 2) return { index, columns, bracketedMeasure };
  }
  return null;
}

export type SheetKind = "units" | "tasks" | "assignments";

/** What a sheet holds, by its columns: a unit tree, the task list, or tasks split among units. */
export function sheetKindOf(columns: ReadonlyMap<ColumnKey, number>): SheetKind | null {
  if (columns.has("assignedTarget")) return "assignments";
  // A unit list names its units: the exported lists of who did not report (乡镇, 单位, 类型) are not one.
  if (columns.has("unit") && (columns.has("parent") || columns.has("kind")) && !columns.has("name"))
    return "units";
  if (columns.has("name")) return "tasks";
  return null;
}
