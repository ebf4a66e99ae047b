import { describe, expect, it } from "vitest";
import { parse } from "../../../src/domain/parser/index.ts";
import { loadTaskIndex } from "../../support/corpus.ts";

const sentAt = new Date("2024-06-14T17:49:00+08:00");
const tasks = loadTaskIndex("tasks.json");
const quantities = (text: string) =>
  parse(text, { sentAt, tasks }).quantities.map(({ value, unit, kind }) => [value, unit, kind]);

describe("numbers as cadres write them", () => {
  it.each([
    ["民建村 改厕 累计完成1,371户", 1371],
    ["民建村 改厕 累计完成1371户", 1371],
    ["民建村 改厕 累计完成１３７１户", 1371],
    ["民建村 改厕 累计完成一千三百七十一户", 1371],
    ["民建村 改厕 累计完成壹仟叁佰柒拾壹户", 1371],
    ["民建村 改厕 累计完成1 371户", 371],
  ])("%s → %d", (text, value) => {
    expect(quantities(text)[0]?.[0]).toBe(value);
  });

  it.each([
    ["团结镇 光伏 累计收益1.968亿元", 196_800_000, "元"],
    ["团结镇 农田 新增6.5万亩", 65_000, "亩"],
    ["团结镇 核桃 新增嫁接3千株", 3000, "株"],
    ["团结镇 农田 计划两千亩", 2000, "亩"],
    ["团结镇 农田 计划三万五亩", 35_000, "亩"],
    ["团结镇 搬迁 已入住一千〇八十户", 1080, "户"],
    ["团结镇 农田 新增两万三千亩", 23_000, "亩"],
    ["团结镇 光伏 累计投资600余万元", 6_000_000, "元"],
    ["团结镇 劳务 带动近3000人务工", 3000, "人"],
    ["团结镇 劳务 带动400多人务工", 400, "人"],
    ["团结镇 猕猴桃 拟扩种300-400亩", 400, "亩"],
    ["团结镇 猕猴桃 拟扩种300~400亩", 400, "亩"],
    ["团结镇 猕猴桃 拟扩种3-4万亩", 40_000, "亩"],
    ["团结镇 道路 新增硬化12.5公里", 12.5, "公里"],
    ["团结镇 光伏 装机容量2兆瓦", 2000, "千瓦"],
    ["团结镇 光伏 新建电站装机600千瓦", 600, "千瓦"],
    ["Jinta County solar: 2.5 million yuan invested so far", 2_500_000, "元"],
    ["Jinta County solar: RMB 4.8 million invested so far", 4_800_000, "元"],
    ["Jinta County relocation: CNY 1.2 billion invested in total", 1_200_000_000, "元"],
    ["Jinta County farmland: 15 thousand mu in total", 15_000, "亩"],
    ["Jinta County farmland: target 1,000 acres", 6070.2846, "亩"],
    ["Jinta County roads: 5.5 km new this month", 5.5, "公里"],
    ["Jinta County labour export: 260 persons employed", 260, "人"],
    ["Jinta County e-commerce training: 58 cadres added", 58, "人"],
  ])("%s → %d %s", (text, value, unit) => {
    const [first] = quantities(text);
    expect(first?.[1]).toBe(unit);
    expect(first?.[0]).toBeCloseTo(value, 6);
  });

  it("reads the units each aliases to", () => {
    expect(quantities("团结镇 电商培训 共计培训学员86名")).toEqual([[86, "人", "cumulative"]]);
    expect(quantities("团结镇 电商培训 总计培训主播46位")).toEqual([[46, "人", "cumulative"]]);
    expect(quantities("团结镇 搬迁 新建安置房12幢")).toEqual([[12, "栋", "increment"]]);
    expect(quantities("团结镇 光伏 新建电站占地3200平米")).toEqual([[3200, "平方米", "increment"]]);
    expect(quantities("团结镇 道路 新增硬化3千米")).toEqual([[3, "公里", "increment"]]);
    expect(quantities("团结镇 电商培训 为期3天")).toEqual([[3, "天", "unspecified"]]);
    expect(quantities("团结镇 电商培训 累计培训1200人次")).toEqual([[1200, "人次", "cumulative"]]);
  });
});

describe("kinds from the cue words of each clause", () => {
  it.each<[string, Array<[number, string, string]>]>([
    [
      "民建村 高标准农田 本周新增300亩，累计2000亩/计划3000亩",
      [
        [300, "亩", "increment"],
        [2000, "亩", "cumulative"],
        [3000, "亩", "target"],
      ],
    ],
    [
      "团结镇 改厕 完成116户/计划150户",
      [
        [116, "户", "cumulative"],
        [150, "户", "target"],
      ],
    ],
    [
      "团结镇 农田 新增600亩 累计1400亩",
      [
        [600, "亩", "increment"],
        [1400, "亩", "cumulative"],
      ],
    ],
    [
      "团结镇 农田 已完成620亩计划900亩",
      [
        [620, "亩", "cumulative"],
        [900, "亩", "target"],
      ],
    ],
    ["团结镇 改厕 本周完成38户", [[38, "户", "increment"]]],
    ["团结镇 改厕 今天完成18户", [[18, "户", "increment"]]],
    ["团结镇 改厕 昨日完成验收42户", [[42, "户", "increment"]]],
    ["团结镇 改厕 今年完成300户", [[300, "户", "cumulative"]]],
    ["团结镇 改厕 1,371户已全部完成", [[1371, "户", "cumulative"]]],
    ["团结镇 改厕 任务150户", [[150, "户", "target"]]],
    ["团结镇 改厕 任务完成116户", [[116, "户", "cumulative"]]],
    ["团结镇 核桃 力争年内改造5000亩", [[5000, "亩", "target"]]],
    [
      "团结镇 饮水 共需铺设管道28公里，完成19公里",
      [
        [28, "公里", "target"],
        [19, "公里", "cumulative"],
      ],
    ],
    ["团结镇 光伏 预计年收益280万元", [[2_800_000, "元", "target"]]],
    ["团结镇 光伏 总投资3600万元", [[36_000_000, "元", "unspecified"]]],
    ["团结镇 光伏 去年以来建成电站12座", [[12, "座", "unspecified"]]],
    [
      "团结镇 畜牧 本月新增母牛120头、山羊380只",
      [
        [120, "头", "increment"],
        [380, "只", "increment"],
      ],
    ],
    ["团结镇 改厕 未完成30户", [[30, "户", "unspecified"]]],
    ["团结镇 改厕 还差5户", [[5, "户", "unspecified"]]],
    [
      "Ganluo County toilet renovation: 38 households added this week, 850 households in total",
      [
        [38, "户", "increment"],
        [850, "户", "cumulative"],
      ],
    ],
    [
      "Sanbanqiao Township kiwi: plan 900 mu, 640 mu planted so far",
      [
        [900, "亩", "target"],
        [640, "亩", "cumulative"],
      ],
    ],
    [
      "Yumen City farmland: about 20,000 mu planned, 12,600 mu completed to date",
      [
        [20_000, "亩", "target"],
        [12_600, "亩", "cumulative"],
      ],
    ],
    ["Jinta County toilets: 38 new households", [[38, "户", "increment"]]],
    ["Jinta County solar: total investment of 36 million yuan", [[36_000_000, "元", "unspecified"]]],
  ])("%s", (text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });
});

describe("what only looks like a quantity", () => {
  it.each([
    ["团结镇 改厕 2024年计划改造200户", [[200, "户", "target"]]],
    ["团结镇 搬迁 首批已入住128户，第2批安置房正在分配", [[128, "户", "cumulative"]]],
    ["团结镇 搬迁 第3批入住45户", [[45, "户", "unspecified"]]],
    ["团结镇 核桃 项目编号PS2024017 新增600亩", [[600, "亩", "increment"]]],
    ["团结镇 道路 国道320沿线新增硬化6.8公里", [[6.8, "公里", "increment"]]],
    ["团结镇 电商 组织村两委成员开展直播培训5场", [[5, "场", "unspecified"]]],
    ["团结镇 劳务 人均增收3000元，新增务工80人", [[80, "人", "increment"]]],
    ["团结镇 光伏 日均发电2400千瓦时，累计收益18.6万元", [[186_000, "元", "cumulative"]]],
    ["团结镇 改厕 户均补助1500元，今年完成1200户", [[1200, "户", "cumulative"]]],
    ["团结镇 劳务 收入10万元以上的村有9个", [[9, "个", "unspecified"]]],
    ["团结镇 核桃 考核得分87.5分，新增600亩", [[600, "亩", "increment"]]],
    ["团结镇 饮水 联系电话13800138000，新建水池5座", [[5, "座", "increment"]]],
    ["团结镇 农房 落实一户一档，已完成改造45户", [[45, "户", "cumulative"]]],
    ["团结镇 光伏 收益同比增长12%，新增收益4.2万元", [[42_000, "元", "increment"]]],
    ["团结镇 农田 收购价500元/亩，新增300亩", [[300, "亩", "increment"]]],
    ["团结镇 磷化工 5万吨/年项目开工，投资2亿元", [[200_000_000, "元", "unspecified"]]],
  ])("%s", (text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });
});
