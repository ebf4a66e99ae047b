const DIGITS = "零一二三四五六七八九";
const SMALL = ["", "十", "百", "千"];
const BIG = ["", "万", "亿"];

/** Writes a whole number in Chinese numerals, as a cadre might: 1371 → 一千三百七十一, 10005 → 一万零五. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(String(n));
  if (n === 0) return "零";
  const sections: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10_000)) sections.unshift(rest % 10_000);
  let text = "";
  sections.forEach((section, i) => {
    const big = BIG[sections.length - 1 - i] as string;
    if (section === 0) {
      if (!text.endsWith("零")) text += "零";
      return;
    }
    // A section under 1000 after a higher one is read with a 零 in front: 一万零五.
    if (text !== "" && section < 1000 && !text.endsWith("零")) text += "零";
    text += writeSection(section) + big;
  });
  text = text.replace(/零+$/, "");
  return text.startsWith("一十") ? text.slice(1) : text;
}

function writeSection(section: number): string {
  let s = "";
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(section / 10 ** i) % 10;
    if (d === 0) {
      zero = s.length > 0;
      continue;
    }
    if (zero) s += "零";
    zero = false;
    s += DIGITS[d] + (SMALL[i] as string);
  }
  return s;
}
