import { describe, expect, it } from "vitest";
import { fileReport } from "../../src/app/index.ts";
import { exportReports, reportsToExport } from "../../src/app/report-export.ts";
import { exportTasks, exportUnits } from "../../src/app/task-export.ts";
import { countyPerTest, incoming, member } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";
import { memoryOut, readWorkbook, rowsOf } from "../support/sheets.ts";

const kinds = await databaseKinds();

describe.each(kinds)("reports and the ledger's lists exported, on $name", (kind) => {
  const current = countyPerTest(kind);

  /** A week of 民建村's reports, one on each side of its bounds, and one from 金塔镇. */
  async function reportedWeek() {
    const { deps, admin, reporter } = current();
    const file = (text: string, at: string, chat = "2001") =>
      fileReport(deps, chat === "2001" ? reporter : jinta, incoming(text, at, chat));
    const jinta = await member(deps, admin, "3001", "金塔镇", "reporter");
    await file("高标准农田 累计完成1700亩", "2024-06-09T23:59:00+08:00");
    await file("高标准农田 本周新增300亩。问题：资金未到位，联系13912345678", "2024-06-10T00:00:00+08:00");
    await file('改厕 本周新增3户, 村里说"好"\n明天继续', "2024-06-16T23:59:00+08:00");
    await file("改厕 本周新增5户", "2024-06-17T00:00:00+08:00");
    await file("高标准农田 本周新增50亩", "2024-06-12T11:00:00+08:00", "3001");
  }

  async function exported(
    format: "xlsx" | "csv",
    unitName: string | null = null,
    locale: "zh-CN" | "en" = "zh-CN",
  ) {
    const { deps } = current();
    const snapshot = await deps.ledger.snapshot();
    const unitId = unitName ? (snapshot.units.find((u) => u.name === unitName)?.id ?? null) : null;
    const { out, bytes } = memoryOut();
    const done = await exportReports(deps, {
      out,
      locale,
      unitId,
      format,
      from: "2024-06-10",
      to: "2024-06-16",
    });
    return { done, bytes: bytes() };
  }

  it("writes the reports sent in the range's local days, masked, with their running totals", async () => {
    await reportedWeek();
    const { done, bytes } = await exported("xlsx");
    expect(done.reports).toBe(3);
    // The chat asks first how many an export would hold: the same count, by the same rules.
    const { deps } = current();
    const whole = { unitId: null, from: "2024-06-10", to: "2024-06-16" } as const;
    expect(await reportsToExport(deps, whole)).toBe(3);
    const jinta = (await deps.ledger.snapshot()).units.find((u) => u.name === "金塔镇")?.id ?? null;
    expect(await reportsToExport(deps, { ...whole, unitId: jinta })).toBe(1);
    expect((await exported("csv", "金塔镇")).done.reports).toBe(1);
    const sheet = (await readWorkbook(bytes)).getWorksheet("报送记录");
    if (!sheet) throw new Error("no sheet");
    const [header, ...rows] = rowsOf(sheet);
    expect(header).toEqual([
      "时间",
      "报送单位",
      "任务",
      "状态",
      "数值",
      "数值单位",
      "全部数量",
      "累计",
      "报送人",
      "原文",
      "问题",
    ]);
    expect(rows.map((r) => r[0])).toEqual(["2024-06-10 00:00", "2024-06-12 11:00", "2024-06-16 23:59"]);
    expect(rows[0]).toEqual([
      "2024-06-10 00:00",
      "民建村",
      "高标准农田建设",
      "待确认",
      300,
      "亩",
      "新增300亩",
      2000,
      "干部2001",
      "高标准农田 本周新增300亩。问题：资金未到位，联系139****5678",
      "资金未到位，联系139****5678",
    ]);
    expect(rows[1]?.slice(1, 3)).toEqual(["金塔镇", "高标准农田建设"]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("holds only a township's reports when scoped to it", async () => {
    await reportedWeek();
    const { bytes } = await exported("xlsx", "鼎新镇");
    const sheet = (await readWorkbook(bytes)).getWorksheet("报送记录");
    expect(sheet && rowsOf(sheet, 2).map((r) => r[1])).toEqual(["民建村", "民建村"]);
  });

  it("writes a CSV Excel opens as UTF-8: a BOM, CRLF, commas, quotes and line breaks quoted", async () => {
    await reportedWeek();
    const { bytes } = await exported("csv");
    const text = bytes.toString("utf8");
    expect(text.startsWith("\uFEFF时间,报送单位,任务,")).toBe(true);
    expect(text).toContain('"改厕 本周新增3户, 村里说""好""\n明天继续"');
    expect(text.split("\r\n")).toHaveLength(5); // header, three reports, and the last line's end
  });

  it("shows a redacted message's placeholder, and speaks English with --lang en", async () => {
    await reportedWeek();
    await current().db.prisma.report.updateMany({
      where: { rawText: { contains: "资金未到位" } },
      data: { redactedAt: new Date(), rawText: "[redacted]" },
    });
    const { bytes } = await exported("csv", null, "en");
    const lines = bytes.toString("utf8").split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFTime,Reporting unit,Task,Status,Value,Value unit,All figures,Running total,Sent by,Message,Problems",
    );
    expect(lines[1]).toContain("(message redacted by an admin)");
    expect(lines[1]).toContain(",to check,300,亩,Added 300 亩,2000,");
  });

  it("writes tasks, their split and the unit tree in the import format", async () => {
    const { deps, tasks } = current();
    const snapshot = await deps.ledger.snapshot();
    const tuanjie = snapshot.units.find(
      (u) => u.name === "团结村" && snapshot.unitName(u.parentId) === "金塔镇",
    );
    await deps.repos.tasks.assign(tasks.toilet.id, tuanjie?.id as string, 250, "2024-09-30");
    deps.ledger.invalidate();
    const taskFile = memoryOut();
    await exportTasks(deps, { out: taskFile.out, locale: "zh-CN", unitId: null });
    const workbook = await readWorkbook(taskFile.bytes());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["任务", "任务分解"]);
    const [taskHeader, ...taskRows] = rowsOf(workbook.getWorksheet("任务") as never);
    expect(taskHeader).toEqual([
      "编号",
      "年度",
      "任务名称",
      "别名",
      "责任单位",
      "牵头领导",
      "目标值",
      "计量单位",
      "开始日期",
      "完成时限",
      "备注",
    ]);
    expect(taskRows.find((r) => r[2] === "农村改厕")).toEqual([
      null,
      2024,
      "农村改厕",
      "改厕、户厕改造",
      "金塔县",
      null,
      500,
      "户",
      null,
      "2024-10-31",
      null,
    ]);
    expect(rowsOf(workbook.getWorksheet("任务分解") as never)).toEqual([
      ["编号", "任务名称", "责任单位", "分解目标", "计量单位", "完成时限"],
      [null, "农村改厕", "金塔镇/团结村", 250, "户", "2024-09-30"],
    ]);

    const unitFile = memoryOut();
    await exportUnits(deps, { out: unitFile.out, locale: "zh-CN", unitId: null });
    const units = (await readWorkbook(unitFile.bytes())).getWorksheet("单位");
    expect(units && rowsOf(units)).toEqual([
      ["单位名称", "上级单位", "类型"],
      ["金塔县", null, "县"],
      ["鼎新镇", "金塔县", "乡镇"],
      ["民建村", "鼎新镇", "村"],
      ["团结村", "鼎新镇", "村"],
      ["金塔镇", "金塔县", "乡镇"],
      ["团结村", "金塔镇", "村"],
    ]);
  });
});
