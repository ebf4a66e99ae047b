import type ExcelJS from "exceljs";

let loaded: Promise<typeof ExcelJS> | null = null;

/**
 * exceljs takes about 29 MB of resident memory once loaded. The bot process needs it only for an
 * /import or /export, so it is loaded then, not at start.
 */
export function loadExcelJS(): Promise<typeof ExcelJS> {
  loaded ??= import("exceljs").then((module) => module.default);
  return loaded;
}
