import { describe, expect, it } from "vitest";
import {
  describeImport,
  fileReport,
  type ImportOutcome,
  importLedger,
  renderImport,
  totalsAsOf,
} from "../../src/app/index.ts";
import { PROBLEM_CODES } from "../../src/domain/ledger-sheets/index.ts";
import { translate } from "../../src/i18n.ts";
import { countyPerTest, incoming, member } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";
import { taskRows, workbook } from "../support/ledger-files.ts";

const kinds = await databaseKinds();

const problemsOf = (outcome: ImportOutcome) =>
  outcome.ok ? [] : outcome.problems.map((p) => [p.sheet, p.row, p.column, p.code]);

describe.each(kinds)("on $name", (kind) => {
  const current = countyPerTest(kind);
  const importAs = async (
    file: { name: string; bytes: Uint8Array },
    dryRun = false,
    actor = current().admin,
  ) => importLedger(current().deps, actor, file, { dryRun });
  const tasksNow = async () => {
    current().deps.ledger.invalidate();
    return (await current().deps.ledger.snapshot()).tasks;
  };

  it("shows in a dry run what an import would change, and writes nothing", async () => {
    const outcome = await importAs(await workbook({ 重点任务: taskRows({ farmlandTarget: 3500 }) }), true);
    expect(outcome).toMatchObject({ ok: true, applied: false, dryRun: true });
    if (!outcome.ok) return;
    expect(outcome.counts.tasks).toEqual({ created: 2, updated: 1, unchanged: 0 });
    expect(outcome.changes.find((c) => c.action === "updated")).toEqual({
      entity: "task",
      action: "updated",
      name: "高标准农田建设",
      fields: [
        { field: "lead", before: "", after: "张副县长" },
        { field: "target", before: "3000", after: "3500" },
      ],
    });
    expect((await tasksNow()).map((t) => t.name).sort()).toEqual(["农村改厕", "高标准农田建设"]);
    expect(await current().db.prisma.auditEntry.count({ where: { entity: "import" } })).toBe(0);
  });

  it("imports a ledger, and the same file again changes nothing", async () => {
    const file = await workbook({ 重点任务: taskRows() });
    const first = await importAs(file);
    expect(first).toMatchObject({ ok: true, applied: true });
    const tasks = await tasksNow();
    expect(tasks.find((t) => t.name === "农房改造")).toMatchObject({
      target: 120,
      measure: "户",
      deadline: "2024-10-31",
      note: "危房优先",
      lead: "李镇长",
      planYear: 2024,
    });
    expect(tasks.find((t) => t.name === "人居环境整治")).toMatchObject({
      measure: "项",
      deadline: "2024-09-30",
    });
    const again = await importAs(file);
    expect(again).toMatchObject({ ok: true, applied: false, changes: [] });
    if (again.ok) expect(again.counts.tasks).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await current().db.prisma.auditEntry.count({ where: { entity: "import" } })).toBe(1);
  });

  it("updates a changed task in place, matched by name and owner unit", async () => {
    const farmland = current().tasks.farmland;
    await importAs(await workbook({ 重点任务: taskRows() }));
    const outcome = await importAs(
      await workbook({ 重点任务: taskRows({ farmlandTarget: "3.5万", farmlandLead: "赵县长" }) }),
    );
    expect(outcome.ok && outcome.counts.tasks).toEqual({ created: 0, updated: 1, unchanged: 2 });
    const tasks = await tasksNow();
    expect(tasks).toHaveLength(4);
    expect(tasks.find((t) => t.id === farmland.id)).toMatchObject({ target: 35000, lead: "赵县长" });
  });

  it("recomputes a task's totals when the file changes its measure", async () => {
    const filed = await fileReport(current().deps, current().reporter, incoming("高标准农田 累计300亩"));
    expect(filed.kind).toBe("filed");
    const rows = taskRows();
    rows[2] = [1, "高标准农田建设", "金塔县", "张副县长", 200, "公顷", "2024-12-31", null];
    const outcome = await importAs(await workbook({ 重点任务: rows }));
    expect(outcome.ok && outcome.changes[0]?.fields.map((f) => [f.field, f.before, f.after])).toEqual([
      ["measure", "亩", "公顷"],
      ["lead", "", "张副县长"],
      ["target", "3000", "200"],
    ]);
    const totals = await totalsAsOf(current().deps, new Date("2024-06-15T00:00:00+08:00"));
    expect(totals.find((t) => t.taskId === current().tasks.farmland.id)?.total).toBe(20);
  });

  it("writes nothing when one row is wrong, and lists every problem", async () => {
    const rows = taskRows();
    rows.push([4, "农村道路硬化", "金塔县", null, "十公里", "公里", "2024-11-30", null]);
    rows.push([5, "饮水安全巩固提升", "西湖镇", null, 12, "处", "明年", null]);
    const outcome = await importAs(await workbook({ 重点任务: rows }));
    expect(problemsOf(outcome)).toEqual([
      ["重点任务", 6, "E", "not-a-number"],
      // A row with a bad value still has its unit looked up: one pass finds both of its problems.
      ["重点任务", 7, "C", "unknown-unit"],
      ["重点任务", 7, "G", "not-a-date"],
    ]);
    expect(await tasksNow()).toHaveLength(2);
    const units = await workbook({
      单位: [
        ["单位名称", "上级单位", "类型"],
        ["红光村", "鼎新镇", "村"],
        ["双桥村", "西湖镇", "村"],
      ],
    });
    expect(problemsOf(await importAs(units))).toEqual([["单位", 3, "B", "unknown-unit"]]);
    expect((await current().deps.repos.units.all()).some((u) => u.name === "红光村")).toBe(false);
  });

  it("refuses, cell by cell, what lies outside a village admin's village", async () => {
    const villageAdmin = await member(current().deps, current().admin, "3001", "民建村", "admin");
    const outcome = await importAs(
      await workbook({
        任务: [
          ["任务名称", "责任单位", "目标值", "计量单位"],
          ["村内道路硬化", "民建村", 2, "公里"],
          ["农房改造", "鼎新镇", 120, "户"],
        ],
      }),
      false,
      villageAdmin,
    );
    expect(problemsOf(outcome)).toEqual([["任务", 3, "B", "forbidden"]]);
    expect(await tasksNow()).toHaveLength(2);
  });

  it("splits tasks among units from a 任务分解表 whose task cells are merged down", async () => {
    const split = [
      ["任务名称", "责任单位", "分解目标", "计量单位", "完成时限"],
      ["高标准农田建设", "民建村", 1000, "亩", "2024-11-30"],
      [null, "金塔镇/团结村", "100公顷", null, null],
      ["农村改厕", "鼎新镇/团结村", 200, "户", null],
      [null, "鼎新镇/民建村", 300, "户", null],
    ];
    const outcome = await importAs(await workbook({ 任务分解表: split }, { 任务分解表: ["A2:A3"] }));
    expect(outcome.ok && outcome.counts.assignments).toEqual({ created: 4, updated: 0, unchanged: 0 });
    const farmland = (await tasksNow()).find((t) => t.name === "高标准农田建设");
    expect(farmland?.assignments.map((a) => [a.target, a.deadline]).sort()).toEqual([
      [1000, "2024-11-30"],
      [1500, null],
    ]);
    // 团结村 alone: both townships have one.
    const ambiguous = [split[0] as string[], ["农村改厕", "团结村", 10, "户", null]];
    expect(problemsOf(await importAs(await workbook({ 任务分解表: ambiguous })))).toEqual([
      ["任务分解表", 2, "B", "ambiguous-unit"],
    ]);
  });

  it("turns a malformed file into a problem, not a crash", async () => {
    const outcome = await importAs({ name: "台账.xlsx", bytes: new Uint8Array(2048).fill(7) });
    expect(problemsOf(outcome)).toEqual([[null, null, null, "unreadable-file"]]);
  });

  it("refuses a workbook by what it holds unpacked, before opening it: a small file can be too much", async () => {
    const rows = taskRows();
    for (let i = 0; i < 3_000; i++)
      rows.push([i + 10, `农村道路硬化第${i}段`, "金塔县", null, 5, "公里", "2024-11-30", null]);
    const file = await workbook({ 重点任务: rows });
    const limit = 256 * 1024;
    expect(file.bytes.byteLength).toBeLessThan(limit);
    const outcome = await importLedger(current().deps, current().admin, file, {
      dryRun: true,
      maxBytes: limit,
    });
    expect(problemsOf(outcome)).toEqual([[null, null, null, "file-too-large"]]);
    expect(await importLedger(current().deps, current().admin, file, { dryRun: true })).toMatchObject({
      ok: true,
    });
  });
});

describe("what an import says", () => {
  it("has every problem in both languages", () => {
    for (const locale of ["zh-CN", "en"] as const)
      for (const code of PROBLEM_CODES) {
        const args = { file: "f", size: 1, limit: 1, column: "A", value: "v", measure: "m", expected: "e" };
        const text = translate(locale, `import-problem-${code}`, {
          ...args,
          unit: "u",
          candidates: "c",
          task: "t",
          count: 2,
          first: 1,
          kind: "k",
          only: "o",
        });
        expect(text).not.toMatch(/\{|Unknown/);
      }
  });

  it("says what a dry run would change, field by field, in both languages", () => {
    const fields = ["kind", "code", "planYear", "name", "aliases", "ownerUnitId", "lead", "note", "measure"];
    const outcome: ImportOutcome = {
      ok: true,
      applied: false,
      dryRun: true,
      counts: {
        units: { created: 1, updated: 1, unchanged: 0 },
        tasks: { created: 1, updated: 1, unchanged: 3 },
        assignments: { created: 1, updated: 1, unchanged: 0 },
      },
      changes: (["unit", "task", "assignment"] as const).flatMap((entity) => [
        { entity, action: "created" as const, name: "农房改造", fields: [] },
        {
          entity,
          action: "updated" as const,
          name: "农房改造",
          fields: [...fields, "target", "startDate", "deadline"].map((field) => ({
            field,
            before: "",
            after: "1",
          })),
        },
      ]),
      skippedSheets: ["问题清单"],
    };
    const zh = renderImport(describeImport(outcome, "台账.xlsx"), (key, args) =>
      translate("zh-CN", key, args),
    );
    expect(zh.split("\n").slice(0, 5)).toEqual([
      "🔍 试导入 台账.xlsx（未写入）：导入后将有以下变化。",
      "单位：新增 1，修改 1，不变 0",
      "任务：新增 1，修改 1，不变 3",
      "任务分解：新增 1，修改 1，不变 0",
      "+ 单位 农房改造",
    ]);
    expect(zh).toMatch(/ {4}完成时限：— → 1/);
    const en = renderImport(describeImport(outcome, "台账.xlsx"), (key, args) => translate("en", key, args));
    expect(en).toMatch(/ {4}owner unit: — → 1/);
    expect(en.split("\n").at(-1)).toBe('Sheet "问题清单" skipped (not a ledger sheet).');
  });

  it("lists problems by sheet, row and column in the reader's language, fifty at most", () => {
    const problems = Array.from({ length: 60 }, (_, i) => ({
      sheet: "重点任务",
      row: i + 3,
      column: "G",
      code: "not-a-date" as const,
      args: { value: "尽快" },
    }));
    const lines = describeImport({ ok: false, problems }, "台账.xlsx");
    const zh = renderImport(lines, (key, args) => translate("zh-CN", key, args)).split("\n");
    expect(zh[1]).toBe(
      "工作表「重点任务」第 3 行 G 列：“尽快”不是日期（可写 2026-12-31、2026年12月31日、12月底、年底）。",
    );
    expect(zh.at(-1)).toBe("…… 另有 10 处问题");
    const en = renderImport(lines, (key, args) => translate("en", key, args)).split("\n");
    expect(en[0]).toMatch(/^❌ 台账.xlsx was not imported: 60 problems found/);
    expect(en[1]).toMatch(/^Sheet "重点任务", row 3, column G: "尽快" is not a date/);
  });
});
