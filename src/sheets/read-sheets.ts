import { parse as parseCsv } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { Cell, SheetTable } from "../domain/ledger-sheets/index.ts";
import { loadExcelJS } from "./exceljs.ts";

/**
 * Spreadsheets as plain values, whatever file they came from: the ledger's rules read these and
 * never see exceljs or an encoding.
 */
export type { Cell, SheetTable };

/** A file that cannot be read as a spreadsheet: an expected failure the import reports. */
export class SheetReadError extends Error {
  constructor(
    readonly reason: "unreadable-file" | "unknown-file-type",
    detail: string,
  ) {
    super(detail);
    this.name = "SheetReadError";
  }
}

export async function readSheets(fileName: string, bytes: Uint8Array): Promise<SheetTable[]> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "xlsx" || extension === "xlsm") return readWorkbook(bytes);
  if (extension === "csv" || extension === "txt") return [readCsv(fileName, bytes)];
  throw new SheetReadError("unknown-file-type", `${fileName}: not an .xlsx or .csv file`);
}

async function readWorkbook(bytes: Uint8Array): Promise<SheetTable[]> {
  const workbook = new (await loadExcelJS()).Workbook();
  try {
    // exceljs wants a Node Buffer; a view over the same memory costs no copy.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new SheetReadError("unreadable-file", error instanceof Error ? error.message : String(error));
  }
  return workbook.worksheets.map((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        // A merged cell's other cells answer with the master's value: a task merged down fills every row.
        cells[columnNumber - 1] = plainValue(cell.value);
      });
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
    });
    return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []) };
  });
}

/** Rich text, formulas and hyperlinks as what the cell shows. */
function plainValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || (typeof result === "object" && !(result instanceof Date)) ? null : result;
  }
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : plainValue(value.text);
  if ("error" in value) return null;
  return null;
}

function readCsv(fileName: string, bytes: Uint8Array): SheetTable {
  const text = decodeText(bytes);
  let rows: string[][];
  try {
    rows = parseCsv(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    throw new SheetReadError("unreadable-file", error instanceof Error ? error.message : String(error));
  }
  const name = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  return { name, rows: rows.map((row) => row.map((cell) => (cell === "" ? null : cell))) };
}

/**
 * UTF-8 unless the bytes are not valid UTF-8: Excel on a Chinese Windows saves CSV in GBK (GB18030
 * is its superset), and no GBK text of any length is also valid UTF-8 by accident.
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  }
}
