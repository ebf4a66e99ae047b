import type { NumberToken } from "./numbers.ts";

/**
 * Clause boundaries (report-format.md): ，。；,;/ line breaks and list markers. A comma or a dot
 * inside a number (1,371 / 3.6) is not one.
 */
export class Clauses {
  private readonly bounds: number[];
  private readonly length: number;

  constructor(norm: string, numbers: readonly NumberToken[]) {
    this.length = norm.length;
    const inNumber = new Uint8Array(norm.length);
    for (const t of numbers) inNumber.fill(1, t.start, t.digitsEnd);
    const bounds: number[] = [];
    for (let i = 0; i < norm.length; i++) {
      const ch = norm[i] as string;
      if (inNumber[i]) continue;
      if (",;/!?。\n\r".includes(ch)) bounds.push(i);
      else if (ch === "." && !(isDigit(norm[i - 1]) && isDigit(norm[i + 1]))) bounds.push(i);
      else if (ch >= "\u2460" && ch <= "\u2473") bounds.push(i); // ① … ⑳
    }
    for (const t of numbers) if (isListMarker(norm, t)) bounds.push(t.start);
    bounds.sort((a, b) => a - b);
    this.bounds = bounds;
  }

  /** [start, end) of the clause holding position `pos`. */
  around(pos: number): { start: number; end: number } {
    // Binary search: the first boundary at or after `pos`.
    let lo = 0;
    let hi = this.bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.bounds[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? (this.bounds[lo - 1] as number) + 1 : 0;
    const end = lo < this.bounds.length ? (this.bounds[lo] as number) : this.length;
    return { start, end };
  }
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";

/** `1.` `2、` `(3)` at the start of a line or after a space or punctuation. */
function isListMarker(norm: string, t: NumberToken): boolean {
  if (t.digitsEnd - t.start > 2 || t.chinese) return false;
  const after = norm[t.digitsEnd];
  const before = norm[t.start - 1];
  const opensList = before === undefined || /[\s,;。:(（]/.test(before);
  if (!opensList) return false;
  if (after === "、" || after === ")" || after === "）") return true;
  return after === "." && !isDigit(norm[t.digitsEnd + 1]);
}
