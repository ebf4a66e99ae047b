import { describe, expect, it } from "vitest";
import {
  type Cell,
  type ImportContext,
  type LedgerTask,
  planImport,
  readLedger,
} from "../../../src/domain/ledger-sheets/index.ts";

const units = [
  { id: "county", parentId: null, name: "金塔县", kind: "county" },
  { id: "dingxin", parentId: "county", name: "鼎新镇", kind: "township" },
  // Entered by hand at first, with the wrong kind.
  { id: "minjian", parentId: "dingxin", name: "民建村", kind: "department" },
];
const farmland: LedgerTask = {
  id: "farmland",
  planYear: 2026,
  code: "JT-01",
  name: "高标准农田建设",
  aliases: ["农田"],
  ownerUnitId: "county",
  lead: null,
  note: null,
  measure: "亩",
  target: 3000,
  startDate: null,
  deadline: "2026-12-31",
  assignments: [],
};

function plan(sheets: Record<string, Cell[][]>, context: Partial<ImportContext> = {}) {
  let next = 0;
  const lines = readLedger(
    Object.entries(sheets).map(([name, rows]) => ({ name, rows })),
    { currentYear: 2026 },
  );
  return planImport(lines, {
    units,
    tasks: [farmland],
    memberships: [{ unitId: "county", role: "admin" }],
    mayCreateRoots: false,
    currentYear: 2026,
    newId: () => `new${++next}`,
    ...context,
  });
}

const problems = (outcome: ReturnType<typeof plan>) =>
  outcome.ok ? [] : outcome.problems.map((p) => [p.sheet, p.row, p.column, p.code]);

describe("planning an import against the ledger", () => {
  it("creates units listed before their parent, and tasks owned by units of the same file", () => {
    const outcome = plan({
      单位: [
        ["单位名称", "上级单位", "类型"],
        ["红光村", "东坝镇", "村"],
        ["东坝镇", "金塔县", "镇"],
        ["民建村", "鼎新镇", "村"],
      ],
      任务: [
        ["任务名称", "责任单位", "目标值", "计量单位"],
        ["农村改厕", "东坝镇/红光村", 40, "户"],
      ],
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.writes.unitsToCreate.map((u) => [u.name, u.parentId])).toEqual([
      ["东坝镇", "county"],
      ["红光村", "new1"],
    ]);
    expect(outcome.writes.unitsToUpdate).toEqual([{ id: "minjian", kind: "village" }]);
    expect(outcome.writes.tasksToCreate[0]).toMatchObject({
      name: "农村改厕",
      ownerUnitId: "new2",
      target: 40,
    });
  });

  it("matches a task by code before its name, and changes only what the sheet has columns for", () => {
    const outcome = plan({
      任务: [
        ["编号", "任务名称", "责任单位", "目标值"],
        ["JT-01", "高标准农田建设（整县推进）", "金塔县", 3000],
      ],
    });
    expect(problems(outcome)).toEqual([]);
    expect(outcome.ok && outcome.writes.tasksToUpdate).toEqual([
      { id: "farmland", fields: { name: "高标准农田建设（整县推进）" } },
    ]);
  });

  it("finds the same task twice in a file, an unknown task, and a measure that does not convert", () => {
    const outcome = plan({
      任务: [
        ["编号", "任务名称", "责任单位", "目标值", "计量单位"],
        ["JT-01", "高标准农田建设", "金塔县", 3000, "亩"],
        ["JT-01", "高标准农田建设", "金塔县", 3000, "亩"],
        [null, "村级光伏电站", "金塔县", 300, null],
      ],
      分解: [
        ["任务名称", "责任单位", "分解目标", "计量单位"],
        ["农田", "民建村", 5, "公顷"],
        ["农田", "鼎新镇", 5, "户"],
        ["农房改造", "民建村", 5, "户"],
      ],
    });
    expect(problems(outcome)).toEqual([
      ["任务", 3, "A", "duplicate-row"],
      // A new task's target in no measure; an existing task would keep its own.
      ["任务", 4, "D", "missing-measure"],
      ["分解", 3, "D", "measure-mismatch"],
      ["分解", 4, "A", "unknown-task"],
    ]);
  });

  it("lets a village admin change only their village", () => {
    const outcome = plan(
      {
        单位: [
          ["单位名称", "上级单位"],
          ["一组", "民建村"],
          ["双桥村", "鼎新镇"],
        ],
      },
      { memberships: [{ unitId: "minjian", role: "admin" }] },
    );
    expect(problems(outcome)).toEqual([["单位", 3, "B", "forbidden"]]);
  });

  it("creates the root from a file only on an empty ledger", () => {
    const sheets = {
      单位: [
        ["单位名称", "上级单位"],
        ["瓜州县", null],
      ],
    };
    expect(problems(plan(sheets))).toEqual([["单位", 2, "B", "missing-parent"]]);
    const empty = plan(sheets, { units: [], tasks: [], memberships: [], mayCreateRoots: true });
    expect(empty.ok && empty.writes.unitsToCreate).toEqual([
      { id: "new1", parentId: null, name: "瓜州县", kind: "county" },
    ]);
  });
});
