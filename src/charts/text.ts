import type { FontWeight, TextMeasure } from "./drawing.ts";

/** Text for charts: made safe for XML, measured, and cut to a width. */

/** Removes what XML 1.0 cannot carry (control characters, lone surrogates) and folds line breaks. */
export function cleanText(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x09 || code === 0x0a || code === 0x0d) out += " ";
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else if (code >= 0xd800 && code <= 0xdfff) continue;
    else if (code === 0xfffe || code === 0xffff) continue;
    else out += char;
  }
  return out.replace(/ {2,}/g, " ").trim();
}

/** Escapes text for an element's content or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const NARROW = new Set([..."il.,:;'|!`()[]{}"]);
const WIDE_LATIN = new Set([..."MWmw@%&"]);

/**
 * Guessed width of one user-perceived character, in em: at or above Noto Sans CJK's widest
 * weight (Bold) for its kind of character.
 */
function guessEm(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x20) return 0.23;
  if (code < 0x7f) {
    if (NARROW.has(char)) return 0.38;
    if (WIDE_LATIN.has(char)) return 1.02;
    if (char >= "A" && char <= "Z") return 0.78;
    if (char >= "a" && char <= "z") return 0.66;
    return 0.6;
  }
  // Han characters and full-width signs are 1 em; other signs (·, —) are no wider.
  return 1;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/**
 * A width without a font at hand: Han characters and full-width signs are 1 em in Noto Sans
 * CJK, Latin is narrower. It errs wide, so text cut by it never runs into its neighbour.
 */
export const estimateTextWidth: TextMeasure = (text, size) => {
  let em = 0;
  for (const g of splitGraphemes(text)) em += guessEm(g);
  return em * size;
};

const ELLIPSIS = "…";

/**
 * Cuts `text` to fit `maxWidth`, ending in "…" when cut. Cuts between grapheme clusters, so a
 * rare place-name character outside the BMP (𠮷) is never split in half.
 */
export function truncateToWidth(
  text: string,
  maxWidth: number,
  size: number,
  weight: FontWeight,
  measure: TextMeasure,
): string {
  if (measure(text, size, weight) <= maxWidth) return text;
  const room = maxWidth - measure(ELLIPSIS, size, weight);
  let width = 0;
  let kept = "";
  for (const g of splitGraphemes(text)) {
    width += measure(g, size, weight);
    if (width > room) break;
    kept += g;
  }
  kept = kept.trimEnd();
  return kept === "" ? "" : kept + ELLIPSIS;
}
