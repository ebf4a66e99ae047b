import { describe, expect, it } from "vitest";
import {
  type Cell,
  columnKeyOf,
  readLedger,
  type SheetTable,
} from "../../../src/domain/ledger-sheets/index.ts";

const sheet = (name: string, rows: Cell[][]): SheetTable => ({ name, rows });
const read = (sheets: SheetTable[], only?: "units" | "tasks") =>
  readLedger(sheets, { currentYear: 2026, only });

describe("reading a county's ledger sheets", () => {
  it("finds the header under a title row and reads every task, skipping blank and 合计 rows", () => {
    const title = "2026年乡村振兴重点任务台账";
    const lines = read([
      sheet("重点任务", [
        [title, title, title, title, title, title, title],
        ["序号", "任务名称", "责任单位", "牵头领导", "目标值（亩）", "完成时限", "备注"],
        [1, "高标准农田建设", "金塔县", "张副县长", "３，０００", 46387, "省级考核"],
        [null, "  ", null],
        [2, "农村改厕", "鼎新镇、各村", "李镇长", "500户", "2026年10月底", null],
        ["合计", null, null, null, 3500],
      ]),
    ]);
    expect(lines.problems).toEqual([]);
    expect(
      lines.tasks.map((t) => [t.place.row, t.name, t.ownerPath, t.target, t.measure, t.deadline]),
    ).toEqual([
      [3, "高标准农田建设", ["金塔县"], 3000, "亩", "2026-12-31"],
      [5, "农村改厕", ["鼎新镇"], 500, "户", "2026-10-31"],
    ]);
    expect(lines.tasks[0]).toMatchObject({ lead: "张副县长", note: "省级考核", planYear: 2026 });
  });

  it("recognises the headers the export writes, in Chinese and in English", () => {
    for (const [zh, en, key] of [
      ["编号", "Code", "code"],
      ["年度", "Year", "planYear"],
      ["任务名称", "Task", "name"],
      ["别名", "Aliases", "aliases"],
      ["责任单位", "Owner unit", "owner"],
      ["牵头领导", "Lead", "lead"],
      ["目标值", "Target", "target"],
      ["计量单位", "Unit of measure", "measure"],
      ["开始日期", "Start date", "startDate"],
      ["完成时限", "Deadline", "deadline"],
      ["备注", "Note", "note"],
      ["单位名称", "Unit", "unit"],
      ["上级单位", "Parent unit", "parent"],
      ["类型", "Kind", "kind"],
      ["分解目标", "Assigned target", "assignedTarget"],
      ["乡镇", "Township", "township"],
      ["村", "Village", "village"],
      ["序号", "No.", "rowNumber"],
    ] as const) {
      expect([columnKeyOf(zh), columnKeyOf(en)]).toEqual([key, key]);
    }
    expect(columnKeyOf("项目名称")).toBe("name");
    expect(columnKeyOf("主责单位")).toBe("owner");
    expect(columnKeyOf("完成率")).toBeNull();
    expect(columnKeyOf("2026年乡村振兴重点任务台账")).toBeNull();
  });

  it("tells units, tasks and their split apart by the headers, and skips other sheets", () => {
    const lines = read([
      sheet("Units", [
        ["Unit", "Parent unit", "Kind"],
        ["金塔县", null, "county"],
        ["鼎新镇", "金塔县", "township"],
      ]),
      sheet("Tasks", [
        ["Code", "Year", "Task", "Owner unit", "Target", "Unit of measure", "Deadline"],
        ["JT-01", 2025, "农房改造", "金塔县", 120, "户", "年底"],
      ]),
      sheet("任务分解表", [
        ["任务名称", "乡镇", "村", "分解目标（亩）"],
        ["高标准农田建设", "鼎新镇", "民建村", 1000],
        [null, "鼎新镇", "团结村", 2000],
      ]),
      sheet("问题清单", [
        ["问题描述", "提出单位"],
        ["资金未到位", "民建村"],
      ]),
    ]);
    expect(lines.problems).toEqual([]);
    expect(lines.units.map((u) => [u.name, u.parentPath, u.kind])).toEqual([
      ["金塔县", null, "county"],
      ["鼎新镇", ["金塔县"], "township"],
    ]);
    expect(lines.tasks[0]).toMatchObject({ code: "JT-01", planYear: 2025, deadline: "2025-12-31" });
    // The task carries down to the row below, whose task cell was left blank.
    expect(lines.assignments.map((a) => [a.taskName, a.unitPath, a.target, a.measure])).toEqual([
      ["高标准农田建设", ["鼎新镇", "民建村"], 1000, "亩"],
      ["高标准农田建设", ["鼎新镇", "团结村"], 2000, "亩"],
    ]);
    expect(lines.skippedSheets).toEqual(["问题清单"]);
  });

  it("reports every bad cell of every row by sheet, row and column", () => {
    const lines = read([
      sheet("重点任务", [
        ["序号", "任务名称", "责任单位", "目标值", "计量单位", "完成时限"],
        [1, "高标准农田建设", "金塔县", "三千", "亩", "尽快"],
        [2, null, "金塔县", 500, "户", "2026-10-31"],
        [3, "农村改厕", "金塔县", 500, null, "2026-10-31"],
        [4, "农房改造", "金塔县", 80, "户", "2026-13-01"],
      ]),
    ]);
    expect(lines.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ["重点任务", 2, "D", "not-a-number"],
      ["重点任务", 2, "F", "not-a-date"],
      ["重点任务", 3, "B", "empty-name"],
      ["重点任务", 5, "F", "not-a-date"],
    ]);
    expect(lines.problems[0]?.args).toEqual({ value: "三千" });
  });

  it("says when no sheet is a ledger, and when a sheet is not what the command takes", () => {
    expect(
      read([
        sheet("Sheet1", [
          ["姓名", "电话"],
          ["张三", "138"],
        ]),
      ]).problems.map((p) => p.code),
    ).toEqual(["no-ledger-sheet"]);
    const units = sheet("单位", [
      ["单位名称", "上级单位"],
      ["鼎新镇", "金塔县"],
    ]);
    expect(read([units], "tasks").problems.map((p) => [p.code, p.args])).toEqual([
      ["wrong-kind", { kind: "units", only: "tasks" }],
    ]);
    expect(read([units], "units").units).toHaveLength(1);
  });

  it("asks for the unit column of a split sheet", () => {
    const lines = read([
      sheet("分解", [
        ["任务名称", "分解目标"],
        ["农村改厕", 10],
      ]),
    ]);
    expect(lines.problems.map((p) => [p.row, p.code])).toEqual([[1, "missing-column"]]);
  });
});
