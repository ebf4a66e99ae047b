import { describe, expect, it } from "vitest";
import { parse, TaskIndex } from "../../../src/domain/parser/index.ts";
import { loadTaskIndex } from "../../support/corpus.ts";

const tasks = loadTaskIndex("tasks.json");
const at = (iso: string) => new Date(iso);
const read = (text: string, sentAt = "2024-06-14T17:49:00+08:00") =>
  parse(text, { sentAt: at(sentAt), tasks });

describe("places, outer to inner, as written", () => {
  it.each<[string, string | null, string[]]>([
    ["瓜州县渊泉镇团结村 光伏 累计收益2.3万元", "团结村", ["瓜州县", "渊泉镇", "团结村"]],
    ["沐川县沐溪镇 饮水工程 新铺设3.6公里", "沐溪镇", ["沐川县", "沐溪镇"]],
    ["屏山縣 勞務輸出 本月新增420人", "屏山縣", ["屏山縣"]],
    ["6.20 上栗县福田镇、金山镇 通组路 新增硬化2.1公里", "福田镇", ["上栗县", "福田镇", "金山镇"]],
    ["户厕改造 上栗县金山镇386户已完成", "金山镇", ["上栗县", "金山镇"]],
    ["商南县城关街道 电商培训 新增45人", "城关街道", ["商南县", "城关街道"]],
    ["上栗县长平乡 改厕 新增21户", "长平乡", ["上栗县", "长平乡"]],
    ["瓜州县锁阳城镇 农田 累计两万亩", "锁阳城镇", ["瓜州县", "锁阳城镇"]],
    ["昭觉县新城镇 搬迁 累计入住1826户", "新城镇", ["昭觉县", "新城镇"]],
    ["民建村3组 改厕 新增8户", "3组", ["民建村", "3组"]],
    ["马边彝族自治县 核桃 新增800亩", "马边彝族自治县", ["马边彝族自治县"]],
    ["酒泉市肃州区总寨镇 光伏 累计收益18万元", "总寨镇", ["酒泉市", "肃州区", "总寨镇"]],
    ["今天在和平村 改厕 完成12户", "和平村", ["和平村"]],
    ["莲花县 电商培训 组织村两委成员培训5场", "莲花县", ["莲花县"]],
    ["金塔县 改厕 推进农村改厕，新增30户", "金塔县", ["金塔县"]],
    ["喜德县 劳务输出 存在返乡人员就业难问题", "喜德县", ["喜德县"]],
    ["高标准农田 新增300亩，带动村民务工50人", null, []],
    [
      "Hongliu Village, Jinta Town toilet renovation: 42 households added",
      "Hongliu Village",
      ["Jinta Town", "Hongliu Village"],
    ],
    ["Yesterday Dingxin Town added 260 mu of high-standard farmland", "Dingxin Town", ["Dingxin Town"]],
    [
      "Liangshan Prefecture relocation: 80 percent moved in",
      "Liangshan Prefecture",
      ["Liangshan Prefecture"],
    ],
  ])("%s → %s", (text, place, path) => {
    const report = read(text);
    expect(report.place).toBe(place);
    expect(report.placePath).toEqual(path);
  });
});

describe("the task, by name, alias, word order, or not at all", () => {
  const ledger = new TaskIndex([
    { id: "housing", name: "农房改造", aliases: ["农村危房改造"] },
    { id: "toilet", name: "农村改厕", aliases: ["户厕改造"] },
    { id: "tea", name: "茶叶产业", aliases: ["茶园"] },
    { id: "farmland", name: "高标准农田建设", aliases: ["高标准农田", "high-standard farmland"] },
    { id: "labour", name: "劳务输出", aliases: ["labour export"] },
  ]);
  const taskOf = (text: string) => parse(text, { tasks: ledger }).taskId;

  it.each<[string, string | null]>([
    ["民建村 农房改造 完成45户", "housing"],
    ["民建村 改造农房 完成45户", "housing"],
    ["民建村 农户住房改造 完成45户", "housing"],
    ["民建村 危房改造 完成45户", "housing"],
    ["民建村 農房改造 完成45戶", "housing"],
    ["民建村 厕所改造 完成45户", "toilet"],
    ["民建村 茶叶 新增茶园300亩", "tea"],
    ["民建村 高标准农田 新增300亩", "farmland"],
    ["Minjian Village farmland: 300 mu added", "farmland"],
    ["Minjian Village labor export: 30 people added", "labour"],
    ["民建村 畜牧养殖 新增母牛12头", null],
    ["民建村 道路硬化 新增3公里", null],
    ["民建村 改造 完成45户", null],
  ])("%s → %s", (text, taskId) => {
    expect(taskOf(text)).toBe(taskId);
  });

  it("reports the task as written, and the work item even when the ledger does not know it", () => {
    expect(parse("民建村 改造农房 完成45户", { tasks: ledger }).task).toBe("改造农房");
    expect(parse("越西县 畜牧养殖 本月新增母牛120头", { tasks: ledger }).task).toBe("畜牧养殖");
  });

  it("without a task list, matches no task", () => {
    expect(parse("民建村 农房改造 完成45户").taskId).toBeNull();
  });
});

describe("percent done", () => {
  it.each<[string, number | null]>([
    ["团结镇 改厕 完成率80%", 80],
    ["团结镇 改厕 完成计划的101%", 101],
    ["团结镇 改厕 完成率百分之九十", 90],
    ["团结镇 改厕 完成率百分之八十五点五", 85.5],
    ["团结镇 劳务 已完成九千六百人，完成八成", 80],
    ["团结镇 劳务 完成九成五", 95],
    ["Meigu County relocation: 90% of households moved in", 90],
    ["Meigu County relocation: 80 percent of households moved in", 80],
    ["团结镇 光伏 收益同比增长12%", null],
    ["Jinta County solar: income up 12% year on year, 30,000 yuan added", null],
    ["团结镇 改厕 新增30户", null],
  ])("%s → %s", (text, percent) => {
    expect(read(text).percent).toBe(percent);
  });
});

describe("dates, resolved in Asia/Shanghai against the sending time", () => {
  it.each<[string, string, string | null]>([
    ["团结镇 改厕 今天完成18户", "2024-06-12T19:00:00+08:00", "2024-06-12"],
    ["团结镇 改厕 昨天完成18户", "2024-06-21T00:20:00+08:00", "2024-06-20"],
    ["团结镇 改厕 昨天完成18户", "2024-06-20T17:00:00Z", "2024-06-20"],
    ["团结镇 改厕 前天新增18户", "2024-03-01T10:00:00+08:00", "2024-02-28"],
    ["团结镇 改厕 截至6月10日累计1800户", "2024-06-11T09:00:00+08:00", "2024-06-10"],
    ["6.20 团结镇 改厕 新增18户", "2022-06-20T19:30:00+08:00", "2022-06-20"],
    ["2024-06-28 团结镇 光伏 新建电站2座", "2024-06-30T17:00:00+08:00", "2024-06-28"],
    ["团结镇 改厕 12月30日新增18户", "2025-01-03T10:00:00+08:00", "2024-12-30"],
    ["团结镇 改厕 六月十五日新增18户", "2024-06-20T10:00:00+08:00", "2024-06-15"],
    ["Yesterday Dingxin Town added 260 mu", "2024-06-19T08:30:00+08:00", "2024-06-18"],
    ["团结镇 改厕 本周新增18户", "2024-06-14T10:00:00+08:00", null],
    ["团结镇 道路 新增硬化3.6公里", "2024-06-14T10:00:00+08:00", null],
    ["Jinta County relocation: CNY 1.2 billion invested", "2024-06-14T10:00:00+08:00", null],
  ])("%s (sent %s) → %s", (text, sentAt, date) => {
    expect(read(text, sentAt).date).toBe(date);
  });
});

describe("problems raised and next steps", () => {
  it.each<[string, boolean, boolean]>([
    ["团结镇 农田 新增300亩。问题：资金未到位", true, false],
    ["团结镇 农田 新增300亩 困难：灌溉水源不足 需协调水务局", true, false],
    ["团结镇 饮水 水厂改造已完工，存在末端水压不足情况", true, false],
    ["团结镇 道路 新增6.8公里，卡点：沥青产能不足", true, false],
    [
      "Zhaojue County drinking water: 3,200 residents covered, blocked by a shortage of PE pipes",
      true,
      false,
    ],
    ["Mabian County relocation: 90% moved in; problem: no bus line to the site yet", true, false],
    ["团结镇 农田 新增300亩。问题：无", false, false],
    ["团结镇 农田 新增300亩，暂无困难", false, false],
    ["团结镇 农田 新增300亩，不存在问题", false, false],
    ["团结镇 搬迁 排查整改问题36个", false, false],
    ["团结镇 劳务 困难群众务工68人", false, false],
    ["Jinta County farmland: 300 mu added, no issues", false, false],
    ["团结镇 猕猴桃 新建750亩，下一步：搭建防雹网", false, true],
    ["团结镇 改厕 完成42户，下周开展回头看", false, true],
    ["团结镇 道路 已完成18公里，计划下周铺设沥青", false, true],
    ["Ebian County solar: RMB 4.8 million so far. Next step: grid connection", false, true],
    ["Anyuan District e-commerce training: 58 added. Will invite trainers next", false, true],
  ])("%s → issues %s, next steps %s", (text, hasIssues, hasNextSteps) => {
    const report = read(text);
    expect(report.issues.length > 0).toBe(hasIssues);
    expect(report.nextSteps.length > 0).toBe(hasNextSteps);
  });

  it("keeps the problem's own words", () => {
    expect(read("民建村 高标准农田 本周新增300亩。问题：资金未到位").issues).toEqual(["资金未到位"]);
  });
});

describe("what is not a report", () => {
  it.each([
    "大家中午好，材料下午再交",
    "收到",
    "好的，谢谢",
    "Thanks, received.",
    "7月3日",
    "2024年",
    "13800138000",
    "第3批",
    "1.",
    "今天走了2万多步，腿都酸了😂",
    "周末带孩子去爬山，走了12公里，累瘫了",
    "通知：明天上午9点在县政府3楼会议室召开光伏推进会，请各乡镇分管领导参加",
    "下午3点开会，共50人参加",
    "沐川县的饮水工程什么时候能完工？",
    "改厕进度？",
    "哪些村本周没报？",
    "what is overdue?",
    "Is the 3,000 mu target for farmland still realistic?",
    "",
    "   ",
  ])("%j", (text) => {
    const report = read(text);
    expect(report.confidence).toBeLessThan(0.5);
    expect(report.quantities).toEqual([]);
  });

  it("a question that carries figures is a report", () => {
    const report = read("团结村改厕完成了吗？已完成45户，还差5户");
    expect(report.confidence).toBeGreaterThanOrEqual(0.5);
    expect(report.quantities.map((q) => [q.value, q.kind])).toEqual([
      [45, "cumulative"],
      [5, "unspecified"],
    ]);
  });

  it("tells the language", () => {
    expect(read("团结镇 改厕 新增30户").language).toBe("zh");
    expect(read("Jinta County toilets: 30 households added").language).toBe("en");
    expect(read("瓜州县 solar 本月新增收益3.6万元").language).toBe("zh");
  });
});
