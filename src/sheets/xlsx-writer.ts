import type { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { loadExcelJS } from "./exceljs.ts";
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

  private constructor(workbook: ExcelJS.stream.xlsx.WorkbookWriter) {
    this.#workbook = workbook;
  }

  static async open(out: Writable): Promise<XlsxWriter> {
    const { stream } = await loadExcelJS();
    return new XlsxWriter(
      new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false }),
    );
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
    this.#current = new XlsxSheet(worksheet, layout.columns);
    return this.#current;
  }

  /** Closes the last sheet and the file; resolves once the output has been written and ended. */
  async finish(): Promise<void> {
    this.#current?.close();
    this.#current = null;
    await this.#workbook.commit();
  }
}

/** Rows written between two looks at how much of the sheet is waiting to be zipped. */
const CHECK_EVERY = 500;
/** How much of a sheet may wait for the zip, in bytes of XML. */
const MAX_QUEUED = 4 * 1024 * 1024;

export class XlsxSheet implements TableSink {
  /**
   * One style object per column, and per column and fill, shared by every cell: exceljs looks a
   * style up by object identity first, so a shared object costs nothing per cell, while a fresh one
   * per cell is serialised to find its index (half the time of a large export).
   */
  readonly #columnStyles: ReadonlyArray<Partial<ExcelJS.Style>>;
  readonly #filled = new Map<string, Partial<ExcelJS.Style>>();
  #rows = 0;

  constructor(
    private readonly worksheet: ExcelJS.Worksheet,
    columns: readonly Column[],
  ) {
    this.#columnStyles = columns.map((c) => (c.format ? { numFmt: c.format } : {}));
  }

  row(cells: readonly Cell[], style?: RowStyle): void | Promise<void> {
    const row = this.worksheet.addRow(cells.map((c) => c ?? undefined));
    row.eachCell((cell, n) => {
      const fill = style?.fills?.get(n - 1);
      cell.style = (fill === undefined ? this.#columnStyles[n - 1] : this.#fillStyle(n - 1, fill)) ?? {};
    });
    row.commit();
    if (++this.#rows % CHECK_EVERY === 0) return this.#drained();
  }

  close(): void {
    this.worksheet.commit();
  }

  #fillStyle(column: number, argb: string): Partial<ExcelJS.Style> {
    const key = `${column}:${argb}`;
    let style = this.#filled.get(key);
    if (!style) {
      style = {
        ...this.#columnStyles[column],
        fill: { type: "pattern", pattern: "solid", fgColor: { argb } },
      };
      this.#filled.set(key, style);
    }
    return style;
  }

  /**
   * exceljs's sheet stream hands every row on to the zip at once and ignores its backpressure: rows
   * made faster than they are compressed pile up in the zip's input (the whole sheet, 100 MB for
   * 200 000 reports). Waits, letting the compression run, while too much is queued there.
   */
  async #drained(): Promise<void> {
    // The zip's input is a readable-stream v2 Writable: its queue length is in _writableState.
    type Queue = { _writableState?: { length?: number } };
    const sheetStream = (this.worksheet as unknown as { stream?: { pipes?: Queue[] } }).stream;
    const queued = () =>
      sheetStream?.pipes?.reduce((sum, p) => sum + (p._writableState?.length ?? 0), 0) ?? 0;
    while (queued() > MAX_QUEUED) await new Promise((resolve) => setImmediate(resolve));
  }
}
