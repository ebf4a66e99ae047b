import type { NormalizedText } from "./normalize.ts";

/**
 * Administrative places named in a message: 瓜州县渊泉镇团结村, 民建村3组, Hongliu Village, Jinta Town.
 * Names are cut from the original text, so traditional spellings stay as written.
 */
export interface PlaceMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** 1 province … 6 village group: outer to inner. */
  readonly level: number;
}

const ZH_SUFFIXES: ReadonlyArray<readonly [string, number, number]> = [
  // suffix, level, longest name before it
  ["自治区", 1, 6],
  ["自治州", 2, 8],
  ["自治县", 3, 8],
  ["特区", 2, 4],
  ["街道", 4, 5],
  ["社区", 5, 5],
  ["省", 1, 4],
  ["市", 2, 4],
  ["州", 2, 4],
  ["盟", 2, 4],
  ["县", 3, 4],
  ["旗", 3, 4],
  ["区", 3, 4],
  ["镇", 4, 4],
  ["乡", 4, 4],
  ["村", 5, 4],
];
const SUFFIX_AT = new Map<string, Array<readonly [string, number, number]>>();
for (const entry of ZH_SUFFIXES) {
  const last = entry[0].slice(-1);
  SUFFIX_AT.set(last, [...(SUFFIX_AT.get(last) ?? []), entry]);
}

/** A suffix character that begins a word with the next one is no suffix: 村级, 县城, 市场, 乡镇 … */
const SUFFIX_WORDS = new Set(
  (
    "村级 村民 村委 村集 村庄 村道 村组 村落 村容 村貌 村务 村干 村医 村规 村史 村情 县级 县委 县政 县域 县直 县属 " +
    "镇级 镇政 镇党 镇化 乡镇 乡村 乡级 乡政 乡党 乡亲 乡贤 乡土 乡风 乡愁 区域 区块 区间 区位 区别 区分 市场 市民 " +
    "市级 市委 市政 市直 市值 州委 州级 州府 省级 省委 省政 省内 省外 旗帜"
  ).split(" "),
);

/** Words that end where a suffix follows but are not names: 新农村, 贫困县, 组织村两委, 城区 … */
const NOT_NAMES = new Set(
  (
    "组织 新农 美丽乡 城乡 贫困 脱贫 重点 示范 试点 先进 帮扶 行政 自然 特色 中心 薄弱 深度贫困 省级 市级 县级 " +
    "对口 结对 定点 易地 安置 社 小 园 景 山 片 库 灾 城 集 开发 周边 附近 所在 所属 相关 其他 各个 全部 部分 " +
    "农 新 老 各 全 本 该 每 我 你 他 外 邻 两 三 多 整 合作 工业 产业 经济 城市 地市 一个 两个 几个 " +
    "辖区 管区 园区 社区 乡镇 市县 县市 区县 周围 当地 本地 外地 外省 全省 全市 全县 全区 全镇 全乡 全村 各村 " +
    "中国 农业 高新 保护 风景 旅游 移民 搬迁 新建 建设 发展 示范性 先行 振兴 文明 卫生 生态 和美 宜居 特困 牧"
  ).split(" "),
);
const NOT_NAME_ENDINGS =
  "贫困 脱贫 重点 示范 试点 先进 帮扶 行政 自然 美丽 特色 薄弱 省级 市级 县级 文明 卫生 生态 和美 宜居 振兴 移民 安置 搬迁 边远 偏远 所有 各 组织 农".split(
    " ",
  );

/** Work words never stand inside a place name: 完成通村公路, 新增村级 … */
const NOT_IN_NAMES =
  /完成|新增|累计|开展|实施|推进|建设|改造|组织|落实|加强|发展|带动|覆盖|治理|整治|养护|硬化|帮扶|培训|计划/;

/** A suffix character that ends a word with the one before it: 返乡, 驻村, 城镇, 山区 … */
const WORDS_ENDING_IN_SUFFIX = new Set(
  (
    "乡村 返乡 下乡 回乡 家乡 老乡 故乡 异乡 他乡 本乡 全乡 进村 驻村 入村 到村 包村 出村 回村 全村 本村 各村 该村 " +
    "通村 进镇 集镇 全镇 本镇 全县 本县 出县 区县 市县 山区 园区 景区 社区 片区 库区 灾区 辖区 校区 小区 " +
    "城市 都市 超市 夜市 集市 全市 本市 县市 省市 全区 本区 各区 全省 本省 外省 各省 各县 各乡 各镇"
  ).split(" "),
);

/** Characters a name cannot start after: 在渊泉镇, 到团结村, 深入民建村, 沐川县的 … */
const STOPS = new Set([..."在到赴往入于对从与及给把被让是的了着过等"]);

const isCjk = (ch: string | undefined) => ch !== undefined && ch >= "\u4e00" && ch <= "\u9fff";

function zhMentions(text: NormalizedText): PlaceMention[] {
  const { norm, original } = text;
  const out: PlaceMention[] = [];
  let lastEnd = 0;
  for (let i = 0; i < norm.length; i++) {
    const entries = SUFFIX_AT.get(norm[i] as string);
    if (!entries) continue;
    const next = norm[i + 1];
    for (const [suffix, level, maxName] of entries) {
      const suffixStart = i - suffix.length + 1;
      if (suffixStart < lastEnd || norm.slice(suffixStart, i + 1) !== suffix) continue;
      if (next !== undefined && SUFFIX_WORDS.has(norm[i] + next)) break;
      const nameStart = findNameStart(
        norm,
        suffixStart,
        Math.max(lastEnd, suffixStart - maxName - 1),
        maxName,
      );
      if (nameStart === null) continue;
      const name = norm.slice(nameStart, suffixStart);
      if (WORDS_ENDING_IN_SUFFIX.has(norm.slice(suffixStart - 1, suffixStart + 1))) continue;
      if (NOT_IN_NAMES.test(name) || NOT_NAMES.has(name) || NOT_NAME_ENDINGS.some((e) => name.endsWith(e)))
        continue;
      out.push({ name: original.slice(nameStart, i + 1), start: nameStart, end: i + 1, level });
      lastEnd = i + 1;
      const group = /^(\d{1,2}|[一二三四五六七八九十]{1,3})[组社]/.exec(norm.slice(i + 1, i + 5));
      if (level === 5 && group) {
        out.push({
          name: original.slice(i + 1, i + 1 + group[0].length),
          start: i + 1,
          end: i + 1 + group[0].length,
          level: 6,
        });
        lastEnd = i + 1 + group[0].length;
        i = lastEnd - 1;
      }
      break;
    }
  }
  return out;
}

/** Where the name before a suffix begins, or null if no plausible name stands there. */
function findNameStart(norm: string, suffixStart: number, limit: number, maxName: number): number | null {
  let start = suffixStart;
  while (start > limit && start > 0 && isCjk(norm[start - 1])) {
    const ch = norm[start - 1] as string;
    // 在县, 到村: a stop right before the suffix leaves no name.
    if (STOPS.has(ch) && (suffixStart - start >= 2 || start === suffixStart)) break;
    start--;
  }
  const length = suffixStart - start;
  if (length < 2) return null;
  if (length > maxName) {
    // A long run: the name is the tail after a stop character, if any; otherwise not a name.
    return null;
  }
  return start;
}

const EN_LEVELS: Record<string, number> = {
  province: 1,
  prefecture: 2,
  city: 2,
  county: 3,
  district: 3,
  town: 4,
  township: 4,
  village: 5,
};
const EN_PLACE =
  /\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(Province|Prefecture|City|County|District|Township|Town|Village)\b/g;
const NOT_ENGLISH_NAMES = new Set(
  (
    "Yesterday Today This That The In At On Last Next Our Each Every Our Whole Total New Old All Some Which What How " +
    "From To For And Of By With Our Its Their Rural Urban Key Pilot Poor Model Target Plan"
  ).split(" "),
);

function enMentions(text: NormalizedText): PlaceMention[] {
  const { norm, original } = text;
  const out: PlaceMention[] = [];
  EN_PLACE.lastIndex = 0;
  for (let m = EN_PLACE.exec(norm); m; m = EN_PLACE.exec(norm)) {
    const words = (m[1] as string).split(/[ -]/);
    let start = m.index;
    while (words.length > 0 && NOT_ENGLISH_NAMES.has(words[0] as string)) {
      start += (words.shift() as string).length + 1;
    }
    if (words.length === 0) continue;
    const end = m.index + m[0].length;
    out.push({
      name: original.slice(start, end),
      start,
      end,
      level: EN_LEVELS[(m[2] as string).toLowerCase()] ?? 3,
    });
  }
  return out;
}

/** A message names a handful of places; a pasted document is not a gazetteer. */
const MAX_MENTIONS = 50;

export interface Places {
  readonly place: string | null;
  readonly placePath: string[];
  readonly mentions: readonly PlaceMention[];
}

export function findPlaces(text: NormalizedText): Places {
  const mentions = [...zhMentions(text), ...enMentions(text)]
    .sort((a, b) => a.start - b.start)
    .slice(0, MAX_MENTIONS);
  if (mentions.length === 0) return { place: null, placePath: [], mentions };
  // The most specific unit named; of two parallel ones (福田镇、金山镇), the first.
  const innermost = Math.max(...mentions.map((m) => m.level));
  const place = mentions.find((m) => m.level === innermost)?.name ?? null;
  const placePath = [
    ...new Set([...mentions].sort((a, b) => a.level - b.level || a.start - b.start).map((m) => m.name)),
  ];
  return { place, placePath, mentions };
}
