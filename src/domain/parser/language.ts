/** Chinese unless Latin letters clearly outnumber Chinese characters. */
export function languageOf(lower: string): "zh" | "en" {
  let cjk = 0;
  let latin = 0;
  const n = Math.min(lower.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c >= 97 && c <= 122) latin++;
  }
  return cjk * 3 >= latin && cjk > 0 ? "zh" : latin > 0 ? "en" : "zh";
}
