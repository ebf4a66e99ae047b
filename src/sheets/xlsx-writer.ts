import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Cell, Column, RowStyle, TableSink } from "./table.ts";

/** A sheet as it is laid out for the screen and for printing. */
export interface SheetLayout {
  /** The tab's name (Excel allows 31 characters, no []:*?/\). */
  readonly name: string;
  /** A line above the header (金塔县 台账 2026-11-30); the header is then the second row. */
  readonly title?: string;
  readonly columns: readonly Column[];
}

const HEADER_FILL = "FFD9E1F2";
const thin = { style: "thin" as const, color: { argb: "FFB4B4B4" } };

/**
 * An .xlsx file written as it is made (exceljs's streaming writer): each row is committed to the
 * zip as soon as it is added, so a sheet of two hundred thousand reports takes no more memory than
 * one of ten. Strings are written inline, not shared: a shared-strings table would hold every
 * distinct text until the end.
 */
export class XlsxWriter {
  readonly #workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  #current: XlsxSheet | null = null;

  constructor(out: Writable) {
    this.#workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
  }

  /** Starts the next sheet; the one before is closed (a streamed sheet cannot be gone back to). */
  sheet(layout: SheetLayout): XlsxSheet {
    this.#current?.close();
    const headerRow = layout.title === undefined ? 1 : 2;
    const worksheet = this.#workbook.addWorksheet(layout.name, {
      views: [{ state: "frozen", xSplit: 0, ySplit: headerRow }],
      pageSetup: {
        orientation: "landscape",
        paperSize: 9, // A4
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: "&P / &N" },
    });
    worksheet.columns = layout.columns.map((c) => ({
      width: c.width,
      ...(c.format && { style: { numFmt: c.format } }),
    }));
    if (layout.title !== undefined) {
      const title = worksheet.addRow([layout.title]);
      title.font = { bold: true, size: 14 };
      title.height = 24;
      title.commit();
    }
    const header = worksheet.addRow(layout.columns.map((c) => c.header));
    header.height = 20;
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
      cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
      cell.border = { top: thin, bottom: thin, left: thin, right: thin };
    });
    header.commit();
    this.#current = new XlsxSheet(worksheet);
    return this.#current;
  }

  /** Closes the last sheet and the file; resolves once the output has been written and ended. */
  async finish(): Promise<void> {
    this.#current?.close();
    this.#current = null;
    await this.#workbook.commit();
  }
}

export class XlsxSheet implements TableSink {
  constructor(private readonly worksheet: ExcelJS.Worksheet) {}

  row(cells: readonly Cell[], style?: RowStyle): void {
    const row = this.worksheet.addRow(cells.map((c) => c ?? undefined));
    for (const [index, argb] of style?.fills ?? []) {
      row.getCell(index + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
    }
    row.commit();
  }

  close(): void {
    this.worksheet.commit();
  }
}
