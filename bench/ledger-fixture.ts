import type { LedgerTask } from "../src/domain/parser/index.ts";

const WORKS = [
  "产业路建设",
  "污水处理",
  "人居环境整治",
  "农房改造",
  "危房改造",
  "茶叶种植",
  "中药材种植",
  "肉牛养殖",
  "生猪养殖",
  "冷链仓储",
  "村集体经济",
  "小额信贷",
  "教育资助",
  "医疗保障",
  "消费帮扶",
  "防返贫监测",
  "驻村帮扶",
  "技能培训",
  "产业园区",
  "安置点配套",
  "电网改造",
  "通信基站",
  "卫生室建设",
  "村级活动场所",
  "文化广场",
  "垃圾处理",
  "河道治理",
  "水库除险加固",
  "农机推广",
  "良种繁育",
  "蔬菜大棚",
  "食用菌",
  "花椒种植",
  "马铃薯",
  "乡村旅游",
  "民宿改造",
  "直播电商",
  "农产品加工",
  "学校改扩建",
  "幼儿园建设",
];
const SCOPES = ["", "县级", "重点", "示范", "二期", "提升", "补短板"];

/** A county-sized ledger of 300 tasks: the ten sample tasks and 290 realistic others. */
export function ledgerOf300(sampleTasks: readonly LedgerTask[]): LedgerTask[] {
  const tasks: LedgerTask[] = [...sampleTasks];
  for (let i = 0; tasks.length < 300; i++) {
    const work = WORKS[i % WORKS.length] as string;
    const scope = SCOPES[Math.floor(i / WORKS.length) % SCOPES.length] as string;
    const name = `${scope}${work}项目`;
    tasks.push({
      id: `t${i}`,
      name,
      aliases: [`${work}${scope}`, `${scope}${work}`].filter((a) => a.length >= 2),
    });
  }
  return tasks;
}
