/**
 * Chinese numerals to numbers: 一千三百七十一 → 1371, 两千 → 2000, 三万五 → 35000 (the colloquial
 * trailing digit counts in the unit below the last one named), 一千〇八十 → 1080, 二〇二四 → 2024.
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = "零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿";

export function isChineseDigit(ch: string): boolean {
  return DIGITS[ch] !== undefined;
}

export function chineseNumeralValue(text: string): number | null {
  if (text.length === 0) return null;
  let positional = true;
  for (const ch of text) if (DIGITS[ch] === undefined) positional = false;
  if (positional) {
    // 二〇二四: digits read one by one; a lone digit is itself.
    let v = 0;
    for (const ch of text) v = v * 10 + (DIGITS[ch] as number);
    return v;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 1;
  let zeroSinceUnit = false;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (d === 0) zeroSinceUnit = true;
      else digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit ?? (section === 0 && total === 0 ? 1 : 0)) * small;
      if (digit === null && section === 0) return null;
      digit = null;
      lastUnit = small;
      zeroSinceUnit = false;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big === undefined) return null;
    section += digit ?? 0;
    if (section === 0 && total === 0) return null;
    total = big === 1e8 ? (total + section) * big : total + section * big;
    section = 0;
    digit = null;
    lastUnit = big;
    zeroSinceUnit = false;
  }
  if (digit !== null) {
    // 三万五 = 35000, 一千二 = 1200, but 一百零五 = 105 and 十五 = 15.
    section += zeroSinceUnit || lastUnit === 1 ? digit : digit * (lastUnit / 10);
  }
  return total + section;
}
