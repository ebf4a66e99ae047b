import ExcelJS from "exceljs";
import type { Cell } from "../../src/domain/ledger-sheets/index.ts";

/** A workbook as a county office would send it: sheets of rows, with cells merged where asked. */
export async function workbook(
  sheets: Record<string, Cell[][]>,
  merges: Record<string, string[]> = {},
): Promise<{ name: string; bytes: Uint8Array }> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
    for (const range of merges[name] ?? []) sheet.mergeCells(range);
  }
  return { name: "台账.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

export const TASK_HEADER = [
  "序号",
  "任务名称",
  "责任单位",
  "牵头领导",
  "目标值",
  "计量单位",
  "完成时限",
  "备注",
];

/** The county's task list for 2024, as its ledger writes it. */
export function taskRows(changes: { farmlandTarget?: Cell; farmlandLead?: string } = {}): Cell[][] {
  return [
    ["2024年乡村振兴重点任务台账"],
    TASK_HEADER,
    [
      1,
      "高标准农田建设",
      "金塔县",
      changes.farmlandLead ?? "张副县长",
      changes.farmlandTarget ?? 3000,
      "亩",
      "2024-12-31",
      null,
    ],
    [2, "农房改造", "鼎新镇", "李镇长", "１２０", "户", 45596, "危房优先"],
    [3, "人居环境整治", "鼎新镇/民建村", "王书记", null, null, "2024年9月底", null],
  ];
}
