import { describe, expect, it } from "vitest";
import { addTask, fileReport } from "../../src/app/index.ts";
import { exportLedger } from "../../src/app/ledger-export.ts";
import { countyPerTest, incoming, member } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";
import { memoryOut, readWorkbook, rowsOf } from "../support/sheets.ts";

const kinds = await databaseKinds();
const AT = new Date("2024-06-14T17:00:00+08:00");

describe.each(kinds)("the ledger exported as a workbook, on $name", (kind) => {
  const current = countyPerTest(kind);

  /** The county's week: two tasks reported on by 民建村, one overdue, 团结村 assigned but silent. */
  async function reportedWeek() {
    const { deps, admin, reporter, tasks } = current();
    const overdue = await addTask(deps, admin, {
      ownerUnitName: "金塔县",
      name: "村级道路硬化",
      aliases: ["道路硬化"],
      measure: "公里",
      target: 100,
      deadline: "2024-06-01",
    });
    if (!overdue.ok) throw new Error("task not added");
    const snapshot = await deps.ledger.snapshot();
    const village = (name: string, township: string) =>
      snapshot.units.find((u) => u.name === name && snapshot.unitName(u.parentId) === township)?.id as string;
    await deps.repos.tasks.assign(tasks.toilet.id, village("民建村", "鼎新镇"), 250, null);
    await deps.repos.tasks.assign(tasks.toilet.id, village("团结村", "鼎新镇"), 250, null);
    deps.ledger.invalidate();
    const file = (who: typeof reporter, text: string, at: string) =>
      fileReport(deps, who, incoming(text, at, who.personId === reporter.personId ? "2001" : "3001"));
    await file(reporter, "高标准农田 累计完成1700亩", "2024-06-05T10:00:00+08:00");
    await file(
      reporter,
      "高标准农田 本周新增300亩。问题：资金未到位，联系13912345678",
      "2024-06-12T10:00:00+08:00",
    );
    await file(reporter, "改厕 本周新增120户", "2024-06-13T09:30:00+08:00");
    const jinta = await member(deps, admin, "3001", "金塔镇", "reporter");
    await file(jinta, "高标准农田 本周新增50亩", "2024-06-13T11:00:00+08:00");
  }

  async function exported(unitId: string | null, locale: "zh-CN" | "en" = "zh-CN") {
    const { out, bytes } = memoryOut();
    const summary = await exportLedger(current().deps, { out, locale, unitId, at: AT });
    return { summary, workbook: await readWorkbook(bytes()) };
  }

  it("has a row per task with its figures, this week's change, the last report and its flag", async () => {
    await reportedWeek();
    const { workbook, summary } = await exported(null);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["台账", "问题清单", "未报送单位"]);
    const sheet = workbook.getWorksheet("台账");
    if (!sheet) throw new Error("no ledger sheet");
    expect(sheet.getCell("A1").value).toBe("金塔县 台账 2024-06-14");
    expect(rowsOf(sheet, 2)[0]).toEqual([
      "编号",
      "任务名称",
      "责任单位",
      "牵头领导",
      "目标值",
      "计量单位",
      "完成时限",
      "当前值",
      "完成率",
      "本周新增",
      "最近报送",
      "报送人",
      "预警",
    ]);
    const byName = new Map(rowsOf(sheet, 3).map((r) => [r[1], r]));
    expect(byName.get("高标准农田建设")).toEqual([
      null,
      "高标准农田建设",
      "金塔县",
      null,
      3000,
      "亩",
      "2024-12-31",
      2050,
      0.6833,
      350,
      "2024-06-13 11:00",
      "干部3001",
      null,
    ]);
    expect(byName.get("农村改厕")?.slice(7, 12)).toEqual([
      120,
      120 / 500,
      120,
      "2024-06-13 09:30",
      "干部2001",
    ]);
    expect(byName.get("村级道路硬化")?.[12]).toBe("红");
    expect(summary.tasks).toBe(3);

    const redRow = rowsOf(sheet, 3).findIndex((r) => r[1] === "村级道路硬化") + 3;
    const flagCell = sheet.getRow(redRow).getCell(13);
    expect(flagCell.fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFF9999" } });
    expect(sheet.getRow(3).getCell(9).numFmt).toBe("0.0%");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet.getRow(2).getCell(1).font?.bold).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
  });

  it("lists the week's open problems, numbers masked, and the units that have not reported", async () => {
    await reportedWeek();
    const { workbook } = await exported(null);
    const problems = workbook.getWorksheet("问题清单");
    const silent = workbook.getWorksheet("未报送单位");
    if (!problems || !silent) throw new Error("sheets missing");
    expect(rowsOf(problems, 2)).toEqual([
      ["任务名称", "报送单位", "问题", "首次提出", "次数"],
      ["高标准农田建设", "民建村", "资金未到位，联系139****5678", "2024-06-12", 1],
    ]);
    // 团结村 repeats across townships: its reference says which.
    expect(rowsOf(silent, 2)).toEqual([
      ["所属乡镇", "报送单位", "类型"],
      ["鼎新镇", "鼎新镇/团结村", "村"],
    ]);
  });

  it("holds only the asker's part of the ledger when scoped to a township", async () => {
    await reportedWeek();
    const snapshot = await current().deps.ledger.snapshot();
    const dingxin = snapshot.units.find((u) => u.name === "鼎新镇")?.id as string;
    const { workbook } = await exported(dingxin);
    const sheet = workbook.getWorksheet("台账");
    if (!sheet) throw new Error("no ledger sheet");
    expect(sheet.getCell("A1").value).toBe("鼎新镇 台账 2024-06-14");
    const farmland = rowsOf(sheet, 3).find((r) => r[1] === "高标准农田建设");
    // 金塔镇's 50 亩 are not 鼎新镇's, nor is the report its cadre sent.
    expect(farmland?.slice(7, 12)).toEqual([2000, null, 300, "2024-06-12 10:00", "干部2001"]);
  });

  it("speaks English with --lang en", async () => {
    await reportedWeek();
    const { workbook } = await exported(null, "en");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Ledger", "Problems", "Not reported"]);
    const sheet = workbook.getWorksheet("Ledger");
    expect(sheet && rowsOf(sheet, 2)[0]?.slice(0, 3)).toEqual(["Code", "Task", "Owner unit"]);
    expect(sheet && rowsOf(sheet, 3).find((r) => r[1] === "村级道路硬化")?.[12]).toBe("red");
  });
});
