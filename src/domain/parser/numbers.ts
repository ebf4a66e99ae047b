import { CHINESE_NUMERAL_CHARS, chineseNumeralValue, isChineseDigit } from "./numerals.ts";

/** A number as written: Arabic (1,371 / 3.6 / 18), Chinese (一千三百七十一), or both (1.2万). */
export interface NumberToken {
  readonly start: number;
  /** End of the digits themselves, before any scale word. */
  readonly digitsEnd: number;
  /** End after scale words, approximation marks (余, 多) and range upper bounds. */
  readonly end: number;
  readonly value: number;
  readonly chinese: boolean;
}

const ARABIC = /\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?/y;
const CHINESE_RUN = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, "y");
const CJK_SCALE: Record<string, number> = { 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };
const WORD_SCALE = /\s*(thousand|million|billion|bn|mn|k)(?![a-z])/y;
const WORD_SCALE_VALUE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
};
const RANGE_SEPARATORS = "-~—–至到";
/** Units that begin with a scale character: 600千瓦 is 600 kW, not 600 000 瓦. */
const UNITS_STARTING_WITH_SCALE = ["千瓦", "千米", "千克", "百分", "万元户"];
const APPROXIMATION = "余多来";

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";

function readBare(lower: string, pos: number): { end: number; value: number; chinese: boolean } | null {
  const ch = lower[pos];
  if (isDigit(ch)) {
    ARABIC.lastIndex = pos;
    const m = ARABIC.exec(lower);
    if (!m) return null;
    return { end: pos + m[0].length, value: Number(m[0].replaceAll(",", "")), chinese: false };
  }
  if (ch !== undefined && (isChineseDigit(ch) || ch === "十" || ch === "拾")) {
    CHINESE_RUN.lastIndex = pos;
    const m = CHINESE_RUN.exec(lower);
    if (!m) return null;
    let run = m[0];
    // A run never ends in a scale character that begins a unit (三千瓦 is rare; 三千米 too).
    const value = chineseNumeralValue(run);
    if (value === null) {
      // 三万五千万 and the like are not numbers; keep the longest readable prefix.
      while (run.length > 1) {
        run = run.slice(0, -1);
        const v = chineseNumeralValue(run);
        if (v !== null) return { end: pos + run.length, value: v, chinese: true };
      }
      return null;
    }
    return { end: pos + run.length, value, chinese: true };
  }
  return null;
}

/** Applies scale words and approximation marks after the digits: 1.968亿, 600余万, 2.5 million. */
function readScale(lower: string, pos: number, chinese: boolean): { end: number; factor: number } {
  let end = pos;
  let factor = 1;
  for (let guard = 0; guard < 4; guard++) {
    const ch = lower[end] as string;
    if (UNITS_STARTING_WITH_SCALE.some((u) => lower.startsWith(u, end))) break;
    if (!chinese && CJK_SCALE[ch] !== undefined) {
      factor *= CJK_SCALE[ch];
      end++;
      continue;
    }
    if (chinese && (ch === "万" || ch === "亿")) break; // already part of the run
    if (APPROXIMATION.includes(ch) && guard === 0 && lower[end + 1] !== undefined) {
      // 余/多 only count when a scale or unit follows: 600余万元, 400余人.
      if (CJK_SCALE[lower[end + 1] as string] !== undefined) {
        end++;
        continue;
      }
      break;
    }
    break;
  }
  if (!chinese && factor === 1) {
    WORD_SCALE.lastIndex = end;
    const m = WORD_SCALE.exec(lower);
    if (m) {
      factor = WORD_SCALE_VALUE[m[1] as string] as number;
      end = WORD_SCALE.lastIndex;
    }
  }
  return { end, factor };
}

/** Every number written in the text, left to right. */
export function scanNumbers(lower: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const bare = readBare(lower, i);
    if (!bare) {
      i++;
      continue;
    }
    const start = i;
    let { end: digitsEnd, value, chinese } = bare;
    // 300-400亩 is one quantity with the upper bound.
    const sep = lower[digitsEnd];
    if (sep !== undefined && RANGE_SEPARATORS.includes(sep)) {
      const upper = readBare(lower, digitsEnd + 1);
      if (upper && upper.chinese === chinese && upper.value >= value) {
        value = upper.value;
        digitsEnd = upper.end;
      }
    }
    const scale = readScale(lower, digitsEnd, chinese);
    // A run of hundreds of digits is no figure anyone reports.
    if (Number.isFinite(value * scale.factor)) {
      tokens.push({ start, digitsEnd, end: scale.end, value: value * scale.factor, chinese });
    }
    i = Math.max(scale.end, digitsEnd);
  }
  return tokens;
}
