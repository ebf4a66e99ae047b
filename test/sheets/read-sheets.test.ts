import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readSheets, SheetReadError } from "../../src/sheets/read-sheets.ts";

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("reading spreadsheet files", () => {
  it("reads every sheet of a workbook, filling merged cells with the master's value", async () => {
    const bytes = await xlsx((workbook) => {
      const split = workbook.addWorksheet("任务分解表");
      split.addRow(["任务名称", "责任单位", "分解目标"]);
      split.addRow(["高标准农田建设", "民建村", 1000]);
      split.addRow([null, "团结村", 2000]);
      split.mergeCells("A2:A3");
      workbook.addWorksheet("问题清单").addRow(["问题"]);
    });
    const sheets = await readSheets("台账.xlsx", bytes);
    expect(sheets.map((s) => s.name)).toEqual(["任务分解表", "问题清单"]);
    expect(sheets[0]?.rows).toEqual([
      ["任务名称", "责任单位", "分解目标"],
      ["高标准农田建设", "民建村", 1000],
      ["高标准农田建设", "团结村", 2000],
    ]);
  });

  it("gives rich text, formulas, hyperlinks and dates as plain values", async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet("任务");
      sheet.addRow([
        { richText: [{ text: "农村" }, { text: "改厕", font: { bold: true } }] },
        { formula: "100*5", result: 500 },
        { text: "鼎新镇", hyperlink: "https://example.org" },
        new Date(Date.UTC(2026, 11, 31)),
      ]);
    });
    const [sheet] = await readSheets("任务.xlsx", bytes);
    expect(sheet?.rows[0]).toEqual(["农村改厕", 500, "鼎新镇", new Date(Date.UTC(2026, 11, 31))]);
  });

  it("reads a CSV in UTF-8 with a byte order mark, and one saved in GBK", async () => {
    const text = "任务名称,责任单位,目标值\r\n农房改造,鼎新镇,120\r\n";
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, "utf8")]);
    const gbk = new Uint8Array(iconv.encode(text, "gbk"));
    for (const bytes of [utf8, gbk]) {
      const sheets = await readSheets("tasks.csv", bytes);
      expect(sheets).toEqual([
        {
          name: "tasks",
          rows: [
            ["任务名称", "责任单位", "目标值"],
            ["农房改造", "鼎新镇", "120"],
          ],
        },
      ]);
    }
  });

  it("turns a file that is not a spreadsheet into an error the import reports", async () => {
    await expect(readSheets("ledger.xlsx", new Uint8Array(randomBytes(4096)))).rejects.toMatchObject({
      name: "SheetReadError",
      reason: "unreadable-file",
    });
    await expect(readSheets("ledger.docx", new Uint8Array(8))).rejects.toBeInstanceOf(SheetReadError);
  });
});
