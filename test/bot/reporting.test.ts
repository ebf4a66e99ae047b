import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, buttonData, CADRE, type Harness, NEIGHBOUR, replyIn, startHarness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function report(text: string, from = CADRE) {
  const { message } = h.emulator.sendText(from.id, from, text);
  const card = await replyIn(h, from.id);
  return { message, card };
}

const stored = (chatId: number, messageId: number) =>
  h.deps.repos.reports.byMessage("telegram", String(chatId), String(messageId));

/** Presses a button of the card and waits until the bot has answered the press. */
async function press(
  card: { messageId: number; inlineKeyboard?: never[] | unknown },
  label: string | RegExp,
  from = CADRE,
) {
  const current = h.emulator.botMessages(from.id).find((m) => m.messageId === card.messageId);
  if (!current) throw new Error("no such card");
  const { callbackQuery } = h.emulator.pressButton(from.id, from, card.messageId, buttonData(current, label));
  await h.emulator.waitFor(
    (c) => c.method === "answerCallbackQuery" && c.params.callback_query_id === callbackQuery.id,
  );
  return {
    answer: h.emulator.callbackAnswer(callbackQuery.id),
    card: h.emulator.botMessages(from.id).find((m) => m.messageId === card.messageId),
  };
}

describe("reporting in a private chat", () => {
  it("answers a report with a card: task, place, each figure with its kind, problems, and the buttons", async () => {
    const { card } = await report("民建村 改厕 本周新增30户，累计300户，完成25%。问题：资金未到位");
    expect(card.text).toContain("任务：农村改厕");
    expect(card.text).toContain("地点：民建村");
    expect(card.text).toContain("• 新增：30 户");
    expect(card.text).toContain("• 累计：300 户");
    expect(card.text).toContain("完成比例：25%");
    expect(card.text).toContain("问题：资金未到位");
    expect(card.parseMode).toBe("HTML");
    expect(card.inlineKeyboard?.flat().map((b) => b.text)).toEqual(["✅ 确认", "✏️ 修改", "↩️ 撤回"]);
  });

  it("shows the ledger's total after the report, and asks the sender to check a total that does not add up", async () => {
    const first = await report("民建村 改厕 累计完成100户");
    expect(first.card.text).toContain("台账累计：100 户");
    expect(first.card.text).not.toContain("对不上");
    const { card } = await report("民建村 改厕 本周新增30户，累计120户");
    expect(card.text).toContain("台账累计：120 户");
    expect(card.text).toContain("报的累计是 120 户，上次累计加本次新增应为 130 户");
  });

  it("fills in the sender's own unit when the message names no place", async () => {
    const { card } = await report("改厕 新增10户");
    expect(card.text).toContain("地点：民建村");
  });

  it("says why a report does not count yet, and offers no ✅ until it is fixed", async () => {
    const { card } = await report("民建村 畜牧养殖 新增牛羊300头");
    expect(card.text).toContain("任务：畜牧养殖（台账中未找到）");
    expect(card.text).toContain("没有找到对应的台账任务");
    expect(card.inlineKeyboard?.flat().map((b) => b.text)).toEqual(["✏️ 修改", "↩️ 撤回"]);
  });

  it("answers what it cannot read with a short hint and an example, never silence", async () => {
    const { card } = await report("大家中午好");
    expect(card.text).toContain("没看懂");
    expect(card.text).toContain("例如：民建村");
    expect(card.inlineKeyboard).toBeUndefined();
  });

  it("confirms with ✅: the card says so and the report is confirmed in the ledger", async () => {
    const { message, card } = await report("民建村 改厕 本周新增30户");
    const pressed = await press(card, "✅");
    expect(pressed.answer?.text).toBe("已确认 ✅");
    expect(pressed.card?.text).toContain("✅ 已确认，计入台账。");
    expect(pressed.card?.inlineKeyboard?.flat().map((b) => b.text)).toEqual(["✏️ 修改", "↩️ 撤回"]);
    expect((await stored(CADRE.id, message.message_id))?.state).toBe("confirmed");
  });

  it("withdraws with ↩️: no more buttons, and the report drops out", async () => {
    const { message, card } = await report("民建村 改厕 本周新增30户");
    const pressed = await press(card, "↩️");
    expect(pressed.card?.text).toContain("↩️ 已撤回，不计入台账。");
    expect(pressed.card?.inlineKeyboard).toBeUndefined();
    expect((await stored(CADRE.id, message.message_id))?.state).toBe("withdrawn");
  });

  it("fixes the task with ✏️ → another task, chosen among the unit's tasks", async () => {
    const { message, card } = await report("民建村 改厕 新增30户");
    const menu = await press(card, "✏️ 修改");
    expect(menu.card?.inlineKeyboard?.flat().map((b) => b.text)).toEqual([
      "🔁 换一个任务",
      "✏️ 新增 30 户",
      "« 返回",
    ]);
    const list = await press(card, "换一个任务");
    // In pinyin order (gāo before nóng), the current one marked.
    expect(list.card?.inlineKeyboard?.flat().map((b) => b.text)).toEqual([
      "高标准农田建设",
      "• 农村改厕",
      "« 返回",
    ]);
    const chosen = await press(card, "高标准农田建设");
    expect(chosen.card?.text).toContain("任务：高标准农田建设");
    expect(chosen.card?.text).toContain("✏️ 已修改，计入台账。");
    const report2 = await stored(CADRE.id, message.message_id);
    expect(report2?.state).toBe("corrected");
    expect((await h.deps.ledger.snapshot()).tasksById.get(report2?.taskId ?? "")?.name).toBe(
      "高标准农田建设",
    );
  });

  it("fixes a figure's kind with a press, and its value in a one-question conversation", async () => {
    const { message, card } = await report("民建村 改厕 新增30户");
    await press(card, "✏️ 修改");
    await press(card, "✏️ 新增 30 户");
    const kind = await press(card, "累计");
    expect(kind.card?.text).toContain("• 累计：30 户");

    await press(card, "✏️ 修改");
    await press(card, "✏️ 累计 30 户");
    await press(card, "改数值");
    expect((await replyIn(h, CADRE.id, /新数值/)).text).toContain("请发送「累计 30 户」的新数值");
    h.emulator.sendText(CADRE.id, CADRE, "很多");
    expect((await replyIn(h, CADRE.id)).text).toContain("请只发送一个数字");
    h.emulator.sendText(CADRE.id, CADRE, "1,250户");
    expect((await replyIn(h, CADRE.id)).text).toContain("已修改，卡片已更新");
    expect(h.emulator.botMessages(CADRE.id).find((m) => m.messageId === card.messageId)?.text).toContain(
      "• 累计：1,250 户",
    );
    const saved = await stored(CADRE.id, message.message_id);
    expect(saved?.quantities).toEqual([expect.objectContaining({ value: 1250, kind: "cumulative" })]);

    // The conversation is over: the next number is a message like any other.
    h.emulator.sendText(CADRE.id, CADRE, "12");
    expect((await replyIn(h, CADRE.id)).text).toContain("没看懂");
  });

  it("lets only the sender (or an admin) press a card's buttons", async () => {
    const { card } = await report("民建村 改厕 新增30户");
    const data = buttonData(card, "✅");
    // The neighbour got hold of the card (a forwarded keyboard, a group): the press is refused.
    const { callbackQuery } = h.emulator.pressButton(CADRE.id, NEIGHBOUR, card.messageId, data);
    await h.emulator.waitFor((c) => c.method === "answerCallbackQuery");
    expect(h.emulator.callbackAnswer(callbackQuery.id)).toMatchObject({
      show_alert: true,
      text: "只有报送人本人或本单位的管理员可以操作。",
    });
    const byAdmin = h.emulator.pressButton(CADRE.id, ADMIN, card.messageId, data);
    await h.emulator.waitFor(
      (c) => c.method === "answerCallbackQuery" && c.params.callback_query_id === byAdmin.callbackQuery.id,
    );
    expect(h.emulator.callbackAnswer(byAdmin.callbackQuery.id)).toMatchObject({ text: "已确认 ✅" });
  });

  it("asks which place when a name is ambiguous, and files the report where the cadre says", async () => {
    const { message, card } = await report("团结村 改厕 新增5户", ADMIN);
    expect(card.text).toContain("有几个同名的地点");
    expect(card.inlineKeyboard?.flat().map((b) => b.text)).toEqual([
      "📍 团结村（金塔镇）",
      "📍 团结村（鼎新镇）",
      "✏️ 修改",
      "↩️ 撤回",
    ]);
    const chosen = await press(card, "鼎新镇", ADMIN);
    expect(chosen.card?.text).toContain("地点：团结村");
    const saved = await stored(ADMIN.id, message.message_id);
    const snapshot = await h.deps.ledger.snapshot();
    expect(snapshot.unitName(snapshot.unitsById.get(saved?.unitId ?? "")?.parentId ?? null)).toBe("鼎新镇");
  });

  it("re-reads an edited message and edits its card", async () => {
    const { message, card } = await report("民建村 改厕 新增5户");
    h.emulator.editText(CADRE.id, message.message_id, "民建村 改厕 新增8户");
    await h.emulator.waitFor((c) => c.method === "editMessageText");
    const edited = h.emulator.botMessages(CADRE.id).find((m) => m.messageId === card.messageId);
    expect(edited?.text).toContain("• 新增：8 户");
    expect(h.emulator.botMessages(CADRE.id)).toHaveLength(1);
    expect((await stored(CADRE.id, message.message_id))?.quantities[0]?.value).toBe(8);
  });

  it("makes one report and one card of an update delivered twice", async () => {
    const { update, message } = h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 新增6户");
    await replyIn(h, CADRE.id);
    h.emulator.injectUpdate(structuredClone(update));
    // Updates of one chat are handled in order: once this one is answered, the duplicate was seen.
    h.emulator.sendText(CADRE.id, CADRE, "/help");
    await replyIn(h, CADRE.id, /怎么报送/);
    expect(h.emulator.botMessages(CADRE.id).filter((m) => m.text?.includes("新增：6 户"))).toHaveLength(1);
    expect(await stored(CADRE.id, message.message_id)).not.toBeNull();
    const all = await h.deps.repos.reports.forTask(
      (await h.deps.ledger.snapshot()).tasks.find((t) => t.name === "农村改厕")?.id ?? "",
    );
    expect(all).toHaveLength(1);
  });

  it("escapes what people write: a unit name with markup arrives as text", async () => {
    h.emulator.sendText(ADMIN.id, ADMIN, "/unit add 金塔镇 <b>新村</b>");
    const reply = await replyIn(h, ADMIN.id);
    expect(reply.text).toBe("已在「金塔镇」下添加「<b>新村</b>」。");
    expect(reply.sourceText).toContain("&lt;b&gt;新村&lt;/b&gt;");
  });
});
