/**
 * Units of measure as cadres write them, and the canonical unit each becomes
 * (report-format.md: money is always 元, acres become 亩, 名/位 are 人 …). A unit outside the
 * canonical list is kept as written.
 */
export interface UnitAlias {
  readonly alias: string;
  readonly unit: string;
  readonly factor: number;
  /** English words need a word boundary after them; CJK units do not. */
  readonly word: boolean;
}

const ACRE_IN_MU = 6.0702846;

// biome-ignore format: a table reads better in rows
const CJK_UNITS: ReadonlyArray<readonly [string, string, number?]> = [
  ["元", "元"], ["块钱", "元"], ["亩", "亩"], ["户", "户"], ["人", "人"], ["名", "人"], ["位", "人"], ["个", "个"],
  ["公里", "公里"], ["千米", "公里"], ["米", "米"], ["平方米", "平方米"], ["平米", "平方米"], ["㎡", "平方米"], ["吨", "吨"],
  ["座", "座"], ["栋", "栋"], ["幢", "栋"], ["间", "间"], ["家", "家"], ["项", "项"], ["场", "场"], ["次", "次"], ["株", "株"],
  ["头", "头"], ["只", "只"], ["千瓦", "千瓦"], ["兆瓦", "千瓦", 1000], ["条", "条"], ["所", "所"], ["批", "批"],
  // Kept as written: real units, but outside the canonical list.
  ["天", "天"], ["个月", "个月"], ["小时", "小时"], ["人次", "人次"], ["户次", "户次"], ["台", "台"], ["辆", "辆"], ["套", "套"],
  ["斤", "斤"], ["公斤", "公斤"], ["千克", "千克"], ["棵", "棵"], ["处", "处"], ["口", "口"], ["眼", "眼"], ["盏", "盏"],
  ["根", "根"], ["张", "张"], ["份", "份"], ["篇", "篇"], ["轮", "轮"], ["期", "期"], ["立方米", "立方米"], ["公顷", "公顷"],
  ["千瓦时", "千瓦时"], ["度", "度"], ["箱", "箱"], ["袋", "袋"], ["支", "支"], ["艘", "艘"], ["架", "架"], ["件", "件"],
  ["册", "册"],
];

// biome-ignore format: a table reads better in rows
const WORD_UNITS: ReadonlyArray<readonly [string, string, number?]> = [
  ["yuan", "元"], ["rmb", "元"], ["cny", "元"], ["mu", "亩"], ["acres", "亩", ACRE_IN_MU],
  ["acre", "亩", ACRE_IN_MU], ["households", "户"], ["household", "户"], ["families", "户"], ["homes", "户"],
  ["people", "人"], ["persons", "人"], ["person", "人"], ["residents", "人"], ["villagers", "人"],
  ["cadres", "人"], ["farmers", "人"], ["workers", "人"], ["labourers", "人"], ["laborers", "人"],
  ["trainees", "人"], ["students", "人"], ["participants", "人"], ["migrants", "人"], ["individuals", "人"],
  ["km", "公里"], ["kms", "公里"], ["kilometers", "公里"], ["kilometres", "公里"], ["meters", "米"], ["metres", "米"],
  ["m", "米"], ["square meters", "平方米"], ["square metres", "平方米"], ["sq m", "平方米"], ["sqm", "平方米"],
  ["m2", "平方米"], ["m²", "平方米"], ["tons", "吨"], ["tonnes", "吨"], ["ton", "吨"], ["tonne", "吨"],
  ["stations", "座"], ["plants", "座"], ["reservoirs", "座"], ["bridges", "座"], ["buildings", "栋"],
  ["rooms", "间"], ["enterprises", "家"], ["companies", "家"], ["cooperatives", "家"], ["businesses", "家"],
  ["firms", "家"], ["projects", "项"], ["project", "项"], ["sessions", "场"], ["times", "次"], ["trees", "株"],
  ["seedlings", "株"], ["saplings", "株"], ["cattle", "头"], ["cows", "头"], ["pigs", "头"], ["head", "头"],
  ["sheep", "只"], ["goats", "只"], ["chickens", "只"], ["kw", "千瓦"], ["kilowatts", "千瓦"], ["mw", "千瓦", 1000],
  ["megawatts", "千瓦", 1000], ["roads", "条"], ["schools", "所"], ["batches", "批"], ["villages", "个"],
  ["days", "days"], ["months", "months"], ["hours", "hours"], ["hectares", "hectares"], ["sets", "sets"],
  ["vehicles", "vehicles"],
];

function build(): Map<string, UnitAlias[]> {
  const byFirstChar = new Map<string, UnitAlias[]>();
  const add = (alias: string, unit: string, factor: number, word: boolean) => {
    const first = alias[0] as string;
    const list = byFirstChar.get(first) ?? [];
    list.push({ alias, unit, factor, word });
    byFirstChar.set(first, list);
  };
  for (const [alias, unit, factor] of CJK_UNITS) add(alias, unit, factor ?? 1, false);
  for (const [alias, unit, factor] of WORD_UNITS) add(alias, unit, factor ?? 1, true);
  for (const list of byFirstChar.values()) list.sort((a, b) => b.alias.length - a.alias.length);
  return byFirstChar;
}

const UNITS_BY_FIRST_CHAR = build();

const isWordChar = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);

/** Every unit the parser can write into a quantity, canonical or kept as written. */
export const writtenUnits: readonly string[] = [
  ...new Set([...CJK_UNITS, ...WORD_UNITS].map(([, unit]) => unit)),
];

/** The unit written at `pos` of lower-cased text, longest alias first. */
export function unitAt(lower: string, pos: number): UnitAlias | null {
  const candidates = UNITS_BY_FIRST_CHAR.get(lower[pos] as string);
  if (!candidates) return null;
  for (const u of candidates) {
    if (!lower.startsWith(u.alias, pos)) continue;
    if (u.word && isWordChar(lower[pos + u.alias.length])) continue;
    return u;
  }
  return null;
}
