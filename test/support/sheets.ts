import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";

/** An output stream that keeps what is written, as the chat keeps a document before sending it. */
export function memoryOut() {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  return { out, bytes: () => Buffer.concat(chunks) };
}

/** A written workbook read back, as Excel would open it. */
export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as plain values, from `from` (1-based) on; empty cells are null. */
export function rowsOf(sheet: ExcelJS.Worksheet, from = 1): Array<Array<unknown>> {
  const rows: unknown[][] = [];
  for (let r = from; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(row.getCell(c).value ?? null);
    rows.push(values);
  }
  return rows;
}
