import type { Cell } from "./cells.ts";
import { cellText, writtenText } from "./text.ts";

/** A cell's text as written, or null when it is empty or only spaces. */
export function textOf(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return dateOf(cell);
  const text = writtenText(String(cell));
  return text === "" ? null : text;
}

/** A cell's text with full-width digits and letters folded, for reading figures and dates. */
function foldedTextOf(cell: Cell | undefined): string | null {
  const text = textOf(cell);
  return text === null ? null : cellText(text);
}

/** What ledgers write in a cell that has nothing to say: 无, /, —. */
const PLACEHOLDERS = new Set(["/", "-", "—", "——", "－", "无", "暂无", "n/a", "na"]);

/** A cell's text, or null when it is empty or holds a placeholder such as 无 or —. */
export function valueTextOf(cell: Cell | undefined): string | null {
  const text = foldedTextOf(cell);
  return text === null || PLACEHOLDERS.has(text.toLowerCase()) ? null : text;
}

export interface Quantity {
  readonly value: number;
  /** A measure written after the number (3000亩), or null. */
  readonly measure: string | null;
}

const QUANTITY = /^(?:约|计划|共)?([-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+)\s*(.*)$/;

/**
 * 3000, "3,000", "３０００" (folded before), "3.5万" (35 000), "3000亩" (3000 in 亩). A scale word
 * before a measure stays with it: "3.5万元" is 3.5 in 万元, which the ledger converts itself.
 */
export function quantityOf(cell: Cell | undefined): Quantity | "invalid" | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? { value: cell, measure: null } : "invalid";
  const text = valueTextOf(cell);
  if (text === null) return null;
  const match = QUANTITY.exec(text);
  if (!match) return "invalid";
  let value = Number((match[1] ?? "").replace(/,/g, ""));
  let rest = (match[2] ?? "").trim();
  if (!Number.isFinite(value)) return "invalid";
  if (rest === "万" || rest === "亿") {
    value *= rest === "万" ? 10_000 : 100_000_000;
    rest = "";
  }
  // A measure is words, not another figure (3000-5000) or a sentence with numbers.
  if (rest !== "" && (/\d/.test(rest) || rest.length > 6)) return "invalid";
  return { value: Math.round(value * 1e6) / 1e6, measure: rest === "" ? null : rest };
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * exceljs gives a date cell as the day shown at midnight UTC (a time of day after it, if any);
 * a minute's tolerance absorbs the float noise of serials stored as 46386.99999999.
 */
function dateOf(date: Date): string {
  const day = new Date(Math.floor((date.getTime() + 60_000) / 86_400_000) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Excel's 1900 date system counts days from 1899-12-30 (its phantom 1900-02-29 included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Serials of 1982 to 2100: a plain number outside is a year or a mistake, not a date. */
const SERIALS = { min: 30_000, max: 73_051 } as const;

/**
 * A deadline as written in a ledger: an Excel date or serial, 2026-12-31, 2026/12/31, 2026.12.31,
 * 2026年12月31日, 2026年12月底, 12月底 (the plan year's), 年底 and 年内 (the plan year's end).
 */
export function dateOfCell(cell: Cell | undefined, planYear: number): string | "invalid" | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "invalid" : dateOf(cell);
  if (typeof cell === "number") {
    if (cell < SERIALS.min || cell > SERIALS.max) return "invalid";
    // A serial's fraction is the time of day; noise just under a whole day belongs to the next.
    return dateOf(new Date(EXCEL_EPOCH + Math.floor(cell + 1e-6) * 86_400_000));
  }
  const text = valueTextOf(cell)?.replace(/\s+/g, "");
  if (!text) return null;
  if (/^\d{5}(\.\d+)?$/.test(text)) return dateOfCell(Number(text), planYear);
  if (/^(\d{4}年)?(年底|年内|年末|年终|全年)(前|完成)?$|^\d{4}年(前|完成)?$/.test(text))
    return `${text.startsWith("年") || text.startsWith("全") ? planYear : text.slice(0, 4)}-12-31`;
  const full = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(前|止|之前)?$/.exec(text);
  if (full) return isoDate(Number(full[1]), Number(full[2]), Number(full[3])) ?? "invalid";
  const monthEnd = /^(?:(\d{4})[-/.年])?(\d{1,2})月?(底|末|份|月底)?(前|完成)?$/.exec(text);
  if (monthEnd && (monthEnd[1] || monthEnd[3] || text.includes("月"))) {
    const year = monthEnd[1] ? Number(monthEnd[1]) : planYear;
    const month = Number(monthEnd[2]);
    if (month < 1 || month > 12) return "invalid";
    return isoDate(year, month, lastDay(year, month)) ?? "invalid";
  }
  return "invalid";
}

export function yearOfCell(cell: Cell | undefined): number | "invalid" | null {
  const text = foldedTextOf(cell);
  if (text === null) return null;
  const match = /^(\d{4})(年度?)?$/.exec(text);
  const year = match ? Number(match[1]) : Number.NaN;
  return year >= 2000 && year <= 2100 ? year : "invalid";
}

/** 高标准农田、农田; aliases separated as people separate them. */
export function aliasesOf(cell: Cell | undefined): string[] {
  return (textOf(cell) ?? "")
    .split(/[、,，;；/]/)
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

/**
 * 金塔镇/团结村: a path from outer to inner; a plain name is a path of one. A cell naming several
 * units (县农业农村局、鼎新镇) names the lead unit first, by the custom of 牵头单位 lists.
 */
export function unitPathOf(text: string): string[] {
  const lead = text.split(/[、,，;；]/)[0] ?? "";
  return lead
    .split(/[/／>＞]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

// biome-ignore format: a table reads better in rows
const KINDS: ReadonlyArray<readonly [string, string]> = [
  ["省", "province"], ["市", "city"], ["县", "county"], ["区", "county"], ["乡镇", "township"], ["镇", "township"],
  ["乡", "township"], ["街道", "township"], ["村", "village"], ["社区", "village"], ["村民小组", "group"],
  ["组", "group"], ["部门", "department"], ["单位", "department"],
];
const KIND_WORDS = new Set(["province", "city", "county", "township", "village", "group", "department"]);

/** A unit's kind as the tree knows it; words it does not know are kept as written. */
export function unitKindOf(text: string): string {
  const lower = cellText(text).toLowerCase();
  if (KIND_WORDS.has(lower)) return lower;
  return KINDS.find(([word]) => word === text)?.[1] ?? text;
}

const SUBTOTALS = new Set(["合计", "总计", "小计", "合 计", "总 计", "小 计", "total", "subtotal"]);

/** A row that sums others (合计) is not a ledger row. */
export function isSubtotal(text: string | null): boolean {
  return text !== null && SUBTOTALS.has(text.toLowerCase());
}
