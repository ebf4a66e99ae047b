/**
 * What an export writes, whatever the file: rows of plain cells under a header. The app builds the
 * rows (names resolved, numbers masked, words translated); a writer only lays them out.
 */
export type Cell = string | number | null;

/** A column of a sheet: its header, its width in characters, and Excel's number format if any. */
export interface Column {
  readonly header: string;
  readonly width: number;
  /** Excel's number format, such as "0.0%" or "#,##0.##". */
  readonly format?: string;
}

/** Where a table's rows go, one at a time, so that a long export never holds them all. */
export interface TableSink {
  /** Resolves when the row may be followed by another (the output has room again). */
  row(cells: readonly Cell[], style?: RowStyle): void | Promise<void>;
}

/** A row's looks, for the few rows that carry meaning in colour (a red flag). */
export interface RowStyle {
  /** Cell fills by column index (0-based), as ARGB colours ("FFFF0000"). */
  readonly fills?: ReadonlyMap<number, string>;
}
