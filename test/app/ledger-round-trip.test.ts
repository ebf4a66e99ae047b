import { describe, expect, it } from "vitest";
import { fileReport, importLedger } from "../../src/app/index.ts";
import { exportLedger } from "../../src/app/ledger-export.ts";
import { exportTasks, exportUnits } from "../../src/app/task-export.ts";
import { countyPerTest, incoming } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";
import { taskRows, workbook } from "../support/ledger-files.ts";
import { memoryOut, readWorkbook, rowsOf } from "../support/sheets.ts";

const kinds = await databaseKinds();

function sheetOf(book: Awaited<ReturnType<typeof readWorkbook>>, name: string) {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/**
 * The county's office takes its ledger out, and back in: what taizhang exports in the import
 * format imports as no change at all, in either language; and the printed ledger, sent back as it
 * is, changes nothing either.
 */
describe.each(kinds)("import → export → import on $name", (kind) => {
  const current = countyPerTest(kind);

  const assignments = [
    ["任务名称", "乡镇", "村", "分解目标", "计量单位", "完成时限"],
    ["高标准农田建设", "鼎新镇", "民建村", 1200, "亩", "2024-11-30"],
    [null, "鼎新镇", "团结村", 800, "亩", null],
    [null, "金塔镇", "团结村", 1000, "亩", "2024-12-31"],
  ];

  async function exported(locale: "zh-CN" | "en") {
    const { deps } = current();
    const units = memoryOut();
    await exportUnits(deps, { out: units.out, locale, unitId: null });
    const tasks = memoryOut();
    await exportTasks(deps, { out: tasks.out, locale, unitId: null });
    return { units: units.bytes(), tasks: tasks.bytes() };
  }

  it("exports units and tasks that import back as no change, in Chinese and in English", async () => {
    const { deps, admin } = current();
    const first = await importLedger(
      deps,
      admin,
      await workbook({ 重点任务: taskRows(), 任务分解表: assignments }, { 任务分解表: ["A2:A3"] }),
      { dryRun: false },
    );
    expect(first).toMatchObject({ ok: true, applied: true });

    for (const locale of ["zh-CN", "en"] as const) {
      const files = await exported(locale);
      for (const [name, bytes] of [
        [`units-${locale}.xlsx`, files.units],
        [`tasks-${locale}.xlsx`, files.tasks],
      ] as const) {
        const again = await importLedger(deps, admin, { name, bytes }, { dryRun: false });
        expect(again.ok ? again.changes : again.problems).toEqual([]);
        expect(again).toMatchObject({ ok: true, applied: false });
      }
    }
    // The tasks workbook carries the split: both 团结村 by their township.
    const tasks = await readWorkbook((await exported("zh-CN")).tasks);
    const split = rowsOf(sheetOf(tasks, "任务分解"), 2).map((r) => String(r[2]));
    expect(split).toEqual(expect.arrayContaining(["民建村", "鼎新镇/团结村", "金塔镇/团结村"]));
  });

  it("takes the printed ledger back unchanged, its figures and flags ignored", async () => {
    const { deps, admin } = current();
    await importLedger(deps, admin, await workbook({ 重点任务: taskRows() }), { dryRun: false });
    // A problem and a silent unit give the two read-only sheets rows to be mistaken for a ledger.
    await fileReport(
      deps,
      admin,
      incoming("金塔镇 高标准农田 本周新增300亩。问题：资金未到位", "2024-06-13T10:00:00+08:00", "1001"),
    );
    const printed = memoryOut();
    await exportLedger(deps, { out: printed.out, locale: "zh-CN", unitId: null, at: deps.now() });
    const back = await importLedger(
      deps,
      admin,
      { name: "台账.xlsx", bytes: printed.bytes() },
      { dryRun: false },
    );
    expect(back.ok ? back.changes : back.problems).toEqual([]);
    expect(back.ok && back.skippedSheets).toEqual(["问题清单", "未报送单位"]);
    const sheets = await readWorkbook(printed.bytes());
    expect(rowsOf(sheetOf(sheets, "问题清单"), 3).flat()).toContain("资金未到位");
    expect(rowsOf(sheetOf(sheets, "未报送单位"), 3).length).toBeGreaterThan(0);
  });
});
