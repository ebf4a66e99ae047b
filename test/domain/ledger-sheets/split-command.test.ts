import { describe, expect, it } from "vitest";
import { readLedger, readSplitCommand, splitSheets } from "../../../src/domain/ledger-sheets/index.ts";

const read = (text: string) => readSplitCommand(text, 2026);

describe("readSplitCommand", () => {
  it("reads a task and its shares from one line, figures apart from names or written onto them", () => {
    expect(read("高标准农田 民建镇 3000 东风镇2500亩 红星镇 2000 亩 2026-10-31")).toEqual({
      task: "高标准农田",
      shares: [
        { unit: "民建镇", target: "3000", deadline: null },
        { unit: "东风镇", target: "2500亩", deadline: null },
        { unit: "红星镇", target: "2000亩", deadline: "2026-10-31" },
      ],
    });
  });

  it("reads a task before a colon, with shares after commas and 顿号", () => {
    expect(read("农村改厕：民建村 40户，团结村 35户、金塔镇/团结村 3.5万")).toEqual({
      task: "农村改厕",
      shares: [
        { unit: "民建村", target: "40户", deadline: null },
        { unit: "团结村", target: "35户", deadline: null },
        { unit: "金塔镇/团结村", target: "3.5万", deadline: null },
      ],
    });
  });

  it("reads a task on the first line and one share a line, with its own deadline in words", () => {
    expect(read("农房改造\n民建村 12 户 10月底\n团结村  8户\u3000年底\n红星村")).toEqual({
      task: "农房改造",
      shares: [
        { unit: "民建村", target: "12户", deadline: "10月底" },
        { unit: "团结村", target: "8户", deadline: "年底" },
        { unit: "红星村", target: null, deadline: null },
      ],
    });
  });

  it("keeps a place with a number in its name whole (3组), and a short name after a figure is a place", () => {
    expect(read("道路硬化 东风3组 2公里 西村 1公里")?.shares).toEqual([
      { unit: "东风3组", target: "2公里", deadline: null },
      { unit: "西村", target: "1公里", deadline: null },
    ]);
    expect(read("道路硬化 东风 3组")?.shares.map((s) => s.unit)).toEqual(["东风", "3组"]);
  });

  it("gives null when no task or no share is written", () => {
    expect(read("")).toBeNull();
    expect(read("高标准农田")).toBeNull();
    expect(read("：民建镇 3000")).toBeNull();
  });
});

describe("splitSheets", () => {
  it("makes rows of a 任务分解表 that the import reads, undated shares apart from dated ones", () => {
    const command = read("高标准农田 民建镇 3000 东风镇 2500亩 2026-10-31 红星镇 2000");
    if (!command) throw new Error("unread");
    const { sheets, rows } = splitSheets(command, "split");
    expect(rows).toEqual([
      { sheet: "split", row: 2, share: 0 },
      { sheet: "split", row: 3, share: 2 },
      { sheet: "split (2)", row: 2, share: 1 },
    ]);
    const lines = readLedger(sheets, { currentYear: 2026 });
    expect(lines.problems).toEqual([]);
    expect(
      lines.assignments.map((a) => [
        a.taskName,
        a.unitPath,
        a.target,
        a.measure,
        a.deadline,
        a.place.columns.deadline !== undefined,
      ]),
    ).toEqual([
      ["高标准农田", ["民建镇"], 3000, null, null, false],
      ["高标准农田", ["红星镇"], 2000, null, null, false],
      ["高标准农田", ["东风镇"], 2500, "亩", "2026-10-31", true],
    ]);
  });
});
