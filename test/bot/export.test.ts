import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { UploadedFile } from "../emulator/request-params.ts";
import { ADMIN, CADRE, type Harness, replyIn, STRANGER, startHarness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Thursday of the harness's week (its clock stands at Friday 2024-06-14 17:49 in Shanghai). */
const THURSDAY = { date: Math.floor(new Date("2024-06-13T10:00:00+08:00").getTime() / 1000) };

/** The next document the bot sends to a chat, with its bytes as uploaded. */
async function documentIn(chatId: number) {
  const sent = await h.emulator.waitFor(
    (c) => c.method === "sendDocument" && String(c.params.chat_id) === String(chatId),
    10_000,
  );
  return { caption: String(sent.params.caption ?? ""), file: sent.params.document as UploadedFile };
}

describe("/export in the chat", () => {
  it("sends the asker's unit's ledger as a workbook, with this week's reports in it", async () => {
    h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 本周新增12户", THURSDAY);
    await replyIn(h, CADRE.id);
    h.emulator.sendText(ADMIN.id, ADMIN, "/export");
    const { caption, file } = await documentIn(ADMIN.id);
    expect(file.fileName).toMatch(/^台账-金塔县-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(caption).toContain("金塔县");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["台账", "问题清单", "未报送单位"]);
    const cells = book.worksheets[0]?.getSheetValues().flat().map(String) ?? [];
    expect(cells).toContain("农村改厕");
    expect(cells).toContain("李明");
  });

  it("sends a cadre's reports as CSV for the days asked, and explains the command when the days are wrong", async () => {
    h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 本周新增12户", THURSDAY);
    await replyIn(h, CADRE.id);
    h.emulator.sendText(CADRE.id, CADRE, "/export reports 2024-06-10 2024-06-16 csv");
    const { file, caption } = await documentIn(CADRE.id);
    expect(file.fileName.endsWith(".csv")).toBe(true);
    const text = file.bytes.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain("民建村 改厕 本周新增12户");
    expect(caption).toContain("共 1 条");

    h.emulator.sendText(CADRE.id, CADRE, "/export reports 2024-06-16 2024-06-10");
    expect((await replyIn(h, CADRE.id)).text).toContain("/export reports");
  });

  it("sends nothing to someone outside the ledger", async () => {
    h.emulator.sendText(STRANGER.id, STRANGER, "/export");
    await replyIn(h, STRANGER.id);
    expect(h.emulator.calls.some((c) => c.method === "sendDocument")).toBe(false);
  });
});
