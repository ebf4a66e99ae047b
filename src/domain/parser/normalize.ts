import traditionalToSimplified from "opencc-js/dict/TSCharacters";

/**
 * Text prepared for matching. Every string has the same length as the original, character for
 * character, so a span found in `norm` cuts the same span out of the text as written (a place is
 * reported as written, traditional characters and all).
 */
export interface NormalizedText {
  readonly original: string;
  /** Full-width folded to half-width, traditional folded to simplified. */
  readonly norm: string;
  /** `norm` with ASCII letters lower-cased. */
  readonly lower: string;
}

const simplifiedOf = buildCharMap();

function buildCharMap(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of traditionalToSimplified.split("|")) {
    const [from, to] = entry.split(" ");
    // Only one-to-one BMP pairs keep positions aligned; the rare others stay as written.
    if (from?.length === 1 && to?.length === 1) map.set(from.charCodeAt(0), to.charCodeAt(0));
  }
  return map;
}

function foldChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // full-width ASCII
  if (code === 0x3000) return 0x20; // ideographic space
  if (code < 0x2e80) return code;
  return simplifiedOf.get(code) ?? code;
}

export function normalize(original: string): NormalizedText {
  const n = original.length;
  const norm = new Uint16Array(n);
  const lower = new Uint16Array(n);
  let changedNorm = false;
  let changedLower = false;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    const folded = foldChar(code);
    if (folded !== code) changedNorm = true;
    const low = folded >= 65 && folded <= 90 ? folded + 32 : folded;
    if (low !== folded) changedLower = true;
    norm[i] = folded;
    lower[i] = low;
  }
  const normText = changedNorm ? fromCodes(norm) : original;
  return { original, norm: normText, lower: changedLower ? fromCodes(lower) : normText };
}

/** Code units back to a string, in chunks small enough for the argument list. */
function fromCodes(codes: Uint16Array): string {
  let out = "";
  for (let i = 0; i < codes.length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  }
  return out;
}

/** Simplified, half-width, lower-cased: the key under which names are compared. */
export function foldKey(text: string): string {
  return normalize(text.trim()).lower;
}
