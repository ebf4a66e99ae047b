import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, buttonData, CADRE, GROUP, type Harness, replyIn, startHarness } from "./harness.ts";
import { assignedVillages } from "./question-helpers.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Twelve villages of 金塔镇 that have a share of 农村改厕 and have not reported. */
const VILLAGES = Array.from({ length: 12 }, (_, i) => `新${String(i + 1).padStart(2, "0")}村`);

/** The bot's message as it stands now, after its edits. */
const shown = (chatId: number, messageId: number) =>
  h.emulator.botMessages(chatId).find((m) => m.messageId === messageId);

async function press(chatId: number, from: typeof ADMIN, messageId: number, data: string) {
  const { callbackQuery } = h.emulator.pressButton(chatId, from, messageId, data, {
    allowMissingButton: true,
  });
  await h.emulator.waitFor(
    (c) => c.method === "answerCallbackQuery" && c.params.callback_query_id === callbackQuery.id,
  );
  return h.emulator.callbackAnswer(callbackQuery.id);
}

describe("a long answer", () => {
  beforeEach(async () => {
    await assignedVillages(h, "金塔镇", VILLAGES);
  });

  it("shows ten lines a page, and ◀️ ▶️ turn the same message", async () => {
    h.emulator.sendText(ADMIN.id, ADMIN, "/silent");
    const first = await replyIn(h, ADMIN.id);
    expect(first.text).toContain("金塔县 本周未报送的单位（13）：");
    expect(first.text).toContain("第 1/2 页");
    expect(first.text).toContain("数据截至 2024-06-14 17:49");
    expect(first.text?.match(/^• /gm)).toHaveLength(10);
    expect(first.inlineKeyboard?.flat().map((b) => b.text)).toEqual(["下一页 ▶️"]);
    const next = buttonData(first, "▶️");
    expect(Buffer.byteLength(next)).toBeLessThanOrEqual(64);

    await press(ADMIN.id, ADMIN, first.messageId, next);
    const second = shown(ADMIN.id, first.messageId);
    expect(second?.edits).toBe(1);
    expect(second?.text).toContain("金塔县 本周未报送的单位（13）：");
    expect(second?.text).toContain("第 2/2 页");
    expect(second?.text).toContain("数据截至 2024-06-14 17:49");
    expect(second?.text?.match(/^• /gm)).toHaveLength(3);
    const everyone = `${first.text}\n${second?.text}`;
    for (const village of VILLAGES) expect(everyone).toContain(`• ${village}`);
    expect(second?.inlineKeyboard?.flat().map((b) => b.text)).toEqual(["◀️ 上一页"]);

    await press(ADMIN.id, ADMIN, first.messageId, buttonData(second ?? {}, "◀️"));
    expect(shown(ADMIN.id, first.messageId)?.text).toBe(first.text);
  });

  it("pages a ranking too, with short lists left whole", async () => {
    h.emulator.sendText(ADMIN.id, ADMIN, "/rank 改厕 村");
    const rank = await replyIn(h, ADMIN.id);
    expect(rank.text).toContain("金塔县 各村进度（由快到慢）：");
    expect(rank.text).toContain("第 1/2 页");
    h.emulator.sendText(ADMIN.id, ADMIN, "/rank");
    const short = await replyIn(h, ADMIN.id);
    expect(short.text).not.toContain("页");
    expect(short.inlineKeyboard).toBeUndefined();
  });

  it("is turned only by its asker or an admin; an unknown button gets an alert", async () => {
    h.emulator.registerChat({ id: GROUP, title: "金塔镇工作群", botStatus: "administrator" });
    h.emulator.sendText(GROUP, ADMIN, "/bind 金塔镇");
    await replyIn(h, GROUP, /绑定/);
    h.emulator.sendText(GROUP, ADMIN, "/silent");
    const answer = await replyIn(h, GROUP, /未报送/);

    expect(await press(GROUP, CADRE, answer.messageId, buttonData(answer, "▶️"))).toMatchObject({
      text: "只有提问的人或管理员可以翻页。",
      show_alert: true,
    });
    expect(shown(GROUP, answer.messageId)?.edits).toBe(0);
    for (const data of ["qa:nosuchid:1", "qa:broken"]) {
      expect(await press(GROUP, ADMIN, answer.messageId, data)).toMatchObject({
        text: "这个列表已过期，请重新提问。",
        show_alert: true,
      });
    }
    await press(GROUP, ADMIN, answer.messageId, buttonData(answer, "▶️"));
    expect(shown(GROUP, answer.messageId)?.text).toContain("第 2/2 页");
  });
});

describe("answers and what they show", () => {
  it("escape a unit's name: markup in it is shown, not applied", async () => {
    await assignedVillages(h, "金塔镇", ["<b>团结村</b>"]);
    h.emulator.sendText(ADMIN.id, ADMIN, "/silent");
    const answer = await replyIn(h, ADMIN.id);
    expect(answer.text).toContain("• <b>团结村</b>");
    expect(answer.sourceText).toContain("&lt;b&gt;团结村&lt;/b&gt;");
    expect(answer.entities ?? []).toEqual([]);
  });

  it("keep a village cadre within the village: no other township's units", async () => {
    await assignedVillages(h, "鼎新镇", ["红星村"]);
    const ask = async (from: typeof ADMIN, text: string) => {
      h.emulator.sendText(from.id, from, text);
      return (await replyIn(h, from.id)).text ?? "";
    };
    expect(await ask(ADMIN, "/silent")).toContain("• 红星村");
    expect(await ask(CADRE, "/silent")).not.toContain("红星村");
    expect(await ask(CADRE, "/status 鼎新镇")).toBe("在您的单位范围内没有找到「鼎新镇」。");
    expect(await ask(CADRE, "双树村情况怎么样？")).toBe("在您的单位范围内没有找到「双树村」。");
    const rank = await ask(CADRE, "哪个村最快？");
    expect(rank).toContain("暂无数据");
    expect(rank).not.toContain("红星村");
  });
});
