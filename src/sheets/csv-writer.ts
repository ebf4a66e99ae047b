import type { Writable } from "node:stream";
import type { Cell, TableSink } from "./table.ts";

/** Excel opens a CSV as the system's code page (GBK in China) unless it starts with a UTF-8 BOM. */
const BOM = "\uFEFF";
/** Rows are gathered into chunks of about this many characters: one write per row is slow. */
const CHUNK = 64 * 1024;

/** A cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(cell: Cell): string {
  if (cell === null) return "";
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV file written as it is made: UTF-8 with a BOM, CRLF line ends, and the output's
 * backpressure respected, so that a slow disk or socket holds the reader back instead of memory
 * filling up.
 */
export class CsvWriter implements TableSink {
  #pending = BOM;

  constructor(private readonly out: Writable) {}

  row(cells: readonly Cell[]): void | Promise<void> {
    this.#pending += `${cells.map(csvField).join(",")}\r\n`;
    if (this.#pending.length >= CHUNK) return this.#flush();
  }

  /** Writes what is left and ends the output; resolves once it is all written. */
  async finish(): Promise<void> {
    await this.#flush();
    await new Promise<void>((resolve, reject) => {
      this.out.once("error", reject);
      this.out.end(() => resolve());
    });
  }

  async #flush(): Promise<void> {
    const chunk = this.#pending;
    this.#pending = "";
    if (chunk === "" || this.out.write(chunk, "utf8")) return;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        this.out.off("drain", done);
        this.out.off("error", done);
        if (error) reject(error);
        else resolve();
      };
      this.out.once("drain", done);
      this.out.once("error", done);
    });
  }
}
