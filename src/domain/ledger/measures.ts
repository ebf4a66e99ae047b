import { foldKey } from "../parser/normalize.ts";

/**
 * Units of measure the ledger can add up. Only quantities in the task's unit count; the obvious
 * conversions are made (decisions.md: 公顷 × 15 → 亩, 千米 → 公里, 万元 → 元), in both directions, since
 * a county sheet as often counts money in 万元 as in 元. Anything else is kept and shown, not summed.
 */

/** Another spelling of the same unit. The parser already writes canonical units; sheets may not. */
// biome-ignore format: a table reads better in rows
const SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ["千米", "公里"], ["km", "公里"], ["kilometers", "公里"], ["kilometres", "公里"],
  ["ha", "公顷"], ["hectare", "公顷"], ["hectares", "公顷"], ["mu", "亩"],
  ["yuan", "元"], ["rmb", "元"], ["cny", "元"], ["块", "元"], ["块钱", "元"],
  ["名", "人"], ["位", "人"], ["幢", "栋"], ["平米", "平方米"], ["㎡", "平方米"], ["千克", "公斤"],
];

/** A unit and how many of its dimension's base unit one of it is. */
// biome-ignore format: a table reads better in rows
const SCALES: ReadonlyArray<readonly [string, string, number]> = [
  ["公顷", "亩", 15], ["公里", "米", 1000], ["吨", "公斤", 1000], ["斤", "公斤", 0.5], ["兆瓦", "千瓦", 1000],
];

/** 万元, 亿元, 万亩: a scale word in front of a unit multiplies it. */
const PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ["万", 10_000],
  ["亿", 100_000_000],
];

const spelling = new Map(SPELLINGS.map(([alias, unit]) => [foldKey(alias), foldKey(unit)]));
const scale = new Map(SCALES.map(([unit, base, factor]) => [foldKey(unit), { base: foldKey(base), factor }]));

interface Measure {
  readonly base: string;
  readonly factor: number;
}

function measureOf(unit: string): Measure {
  let key = foldKey(unit);
  let factor = 1;
  for (const [prefix, times] of PREFIXES) {
    if (key.length > prefix.length && key.startsWith(prefix)) {
      key = key.slice(prefix.length);
      factor = times;
      break;
    }
  }
  key = spelling.get(key) ?? key;
  const scaled = scale.get(key);
  return scaled ? { base: scaled.base, factor: factor * scaled.factor } : { base: key, factor };
}

/**
 * Ledger figures are entered with a few decimals at most; rounding to a millionth keeps binary
 * fractions (2.3 公顷 → 34.499999999 亩) out of totals and out of the consistency checks.
 */
export function roundFigure(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** `value` in `from` expressed in `to`, or null when the two do not measure the same thing. */
export function convertQuantity(value: number, from: string, to: string): number | null {
  const a = measureOf(from);
  const b = measureOf(to);
  if (a.base !== b.base || a.base === "") return null;
  return roundFigure((value * a.factor) / b.factor);
}
