import { chineseNumeralValue } from "./numerals.ts";

/**
 * Percent complete as the message states it (80% / 百分之八十 / 八成 / 80 percent), on a 0–100
 * scale. Growth and other rates (同比增长12%, up 12%) are not completion.
 */
const PATTERNS: readonly RegExp[] = [
  /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|％|percent\b|per cent\b)/g,
  /百分之([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/g,
  /(?<![零〇一二两三四五六七八九十百千万完建形达变组构造])([一二两三四五六七八九十])成([一二三四五六七八九])?(?![a-z不为了功立员果本长绩])/g,
];

const RATE_WORDS =
  /(?:增长|增幅|增速|同比|环比|下降|降至|降到|降低|减少|提高|提升|上升|增加|发生率|利率|税率|占比|比重|比例|up|down|growth|grew|increase[sd]?|rise|rose|fell|drop(?:ped)?|decline[sd]?|year[- ]on[- ]year|yoy|compared|rate)\s*(?:了|达|为|到|至|by|of|to)?\s*$/;

function chineseDecimal(text: string): number | null {
  const [whole, frac] = text.split("点");
  const w = chineseNumeralValue(whole ?? "");
  if (w === null) return null;
  if (!frac) return w;
  const digits = [...frac].map((c) => chineseNumeralValue(c) ?? 0).join("");
  return Number(`${w}.${digits}`);
}

export function findPercent(lower: string): number | null {
  let best: { at: number; value: number } | null = null;
  for (const [i, pattern] of PATTERNS.entries()) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
      const before = lower.slice(Math.max(0, m.index - 10), m.index);
      if (RATE_WORDS.test(before)) continue;
      let value: number | null;
      if (i === 0) value = Number(m[1]);
      else if (i === 1) value = chineseDecimal(m[1] as string);
      else {
        const tens = chineseNumeralValue(m[1] as string);
        const ones = m[2] ? chineseNumeralValue(m[2]) : 0;
        value = tens === null || ones === null ? null : tens * 10 + ones;
      }
      if (value === null || !Number.isFinite(value) || value < 0 || value > 1000) continue;
      if (!best || m.index < best.at) best = { at: m.index, value };
      break;
    }
  }
  return best ? best.value : null;
}
