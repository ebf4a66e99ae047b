import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TASK_HEADER, workbook } from "../support/ledger-files.ts";
import { ADMIN, buttonData, CADRE, GROUP, type Harness, replyIn, startHarness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const ledger = (rows: unknown[][]) =>
  workbook({ 重点任务: [["2024年重点任务台账"], TASK_HEADER, ...(rows as never[][])] });

async function sendFile(file: { name: string; bytes: Uint8Array }, caption?: string) {
  h.emulator.sendDocument(ADMIN.id, ADMIN, {
    bytes: file.bytes,
    fileName: "重点任务台账.xlsx",
    ...(caption ? { caption } : {}),
  });
}

const taskNames = async () => {
  h.deps.ledger.invalidate();
  return (await h.deps.ledger.snapshot()).tasks.map((t) => t.name).sort();
};

describe("/import in the chat", () => {
  it("tries the file, shows what would change, and writes it when the admin confirms", async () => {
    h.emulator.sendText(ADMIN.id, ADMIN, "/import");
    expect((await replyIn(h, ADMIN.id)).text).toContain(".xlsx");
    await sendFile(
      await ledger([[1, "农房改造<b>试点</b>", "鼎新镇", "李镇长", 120, "户", "2024-10-31", null]]),
    );
    const tried = await replyIn(h, ADMIN.id, /试导入/);
    // What the file says is shown as written, not as markup.
    expect(tried.text).toContain("农房改造<b>试点</b>");
    const ask = await replyIn(h, ADMIN.id, /确认/);
    expect(await taskNames()).not.toContain("农房改造<b>试点</b>");

    h.emulator.pressButton(ADMIN.id, ADMIN, ask.messageId, buttonData(ask, "导入"));
    expect((await replyIn(h, ADMIN.id, /已导入/)).text).toContain("重点任务台账.xlsx");
    expect(await taskNames()).toContain("农房改造<b>试点</b>");
  });

  it("lists every problem by sheet, row and column and writes nothing", async () => {
    await sendFile(
      await ledger([
        [1, "农房改造", "鼎新镇", "李镇长", "一百二", "户", "2024-10-31", null],
        [2, "饮水工程", "不存在乡", null, 3, "公里", "下个月", null],
      ]),
      "/import",
    );
    const rejected = await replyIn(h, ADMIN.id, /未导入/);
    expect(rejected.text).toMatch(/第 3 行 E 列/);
    expect(rejected.text).toMatch(/第 4 行 C 列/);
    expect(rejected.text).toMatch(/第 4 行 G 列/);
    expect(rejected.inlineKeyboard).toBeUndefined();
    expect(await taskNames()).toEqual(["农村改厕", "高标准农田建设"]);
  });

  it("cancels on request, and is for admins in a private chat only", async () => {
    await sendFile(
      await ledger([[1, "农房改造", "鼎新镇", "李镇长", 120, "户", "2024-10-31", null]]),
      "/import tasks",
    );
    const ask = await replyIn(h, ADMIN.id, /确认/);
    h.emulator.pressButton(ADMIN.id, ADMIN, ask.messageId, buttonData(ask, "取消"));
    expect((await replyIn(h, ADMIN.id, /已取消/)).text).toBeTruthy();
    expect(await taskNames()).toEqual(["农村改厕", "高标准农田建设"]);

    h.emulator.sendText(CADRE.id, CADRE, "/import");
    expect((await replyIn(h, CADRE.id)).text).toContain("管理员");
    h.emulator.registerChat({ id: GROUP, type: "supergroup", title: "鼎新镇工作群" });
    h.emulator.sendText(GROUP, ADMIN, "/import");
    expect((await replyIn(h, GROUP)).text).toContain("私聊");
  });
});
