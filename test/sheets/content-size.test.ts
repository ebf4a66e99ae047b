import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { contentSize } from "../../src/sheets/content-size.ts";

async function workbookOf(rows: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("重点任务");
  sheet.addRow(["任务名称", "责任单位", "目标值", "计量单位"]);
  for (let i = 0; i < rows; i++) sheet.addRow([`高标准农田建设第${i}片`, "金塔县", 1000 + i, "亩"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("how much sheet content a file holds once opened", () => {
  it("reads an .xlsx's unpacked size from its zip directory: several times the file, growing with the rows", async () => {
    const small = await workbookOf(100);
    const large = await workbookOf(5_000);
    expect(contentSize("a.xlsx", small)).toBeGreaterThan(small.byteLength);
    expect(contentSize("a.xlsx", large)).toBeGreaterThan(4 * large.byteLength);
    expect(contentSize("a.xlsx", large)).toBeGreaterThan((40 * contentSize("a.xlsx", small)) / 10);
  });

  it("takes a CSV, or a file that is not a zip, at its own size", () => {
    const csv = new TextEncoder().encode("任务名称,目标值\n改厕,500\n");
    expect(contentSize("a.csv", csv)).toBe(csv.byteLength);
    const notAZip = new Uint8Array(5000).fill(42);
    expect(contentSize("broken.xlsx", notAZip)).toBe(5000);
  });
});
