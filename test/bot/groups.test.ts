import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ADMIN,
  buttonData,
  CADRE,
  GROUP,
  type Harness,
  NEIGHBOUR,
  replyIn,
  STRANGER,
  startHarness,
} from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Binds the test group to 金塔镇 as the admin; the bot is a plain member unless told otherwise. */
async function bind(botStatus: "member" | "administrator" = "member") {
  h.emulator.registerChat({ id: GROUP, title: "金塔镇工作群", botStatus });
  h.emulator.sendText(GROUP, ADMIN, "/bind 金塔镇");
  return replyIn(h, GROUP, /绑定/);
}

/** Sends a message and makes sure the bot has handled it, by a /help behind it in the same chat. */
async function sendAndSettle(chatId: number, from: typeof CADRE, text: string) {
  const sent = h.emulator.sendText(chatId, from, text);
  const since = h.emulator.calls.length;
  h.emulator.sendText(chatId, ADMIN, "/help");
  await h.emulator.waitForBotMessage(chatId, /怎么报送/, 2000, { since });
  return sent;
}

describe("a group bound to a unit", () => {
  it("is bound by an admin of the unit, and says exactly how to fix privacy mode", async () => {
    const reply = await bind("member");
    expect(reply.text).toContain("本群已绑定到「金塔镇」");
    expect(reply.text).toContain("看不到本群的普通消息");
    expect(reply.text).toContain("@BotFather 发送 /setprivacy");
    expect(reply.text).toContain("Disable");
    expect(reply.text).toContain("把 @taizhang_test_bot 设为本群管理员");
    await h.emulator.waitFor((c) => c.method === "getChatMember");
  });

  it("says nothing about privacy when the bot is an admin of the group", async () => {
    const reply = await bind("administrator");
    expect(reply.text).toContain("✅ 我能看到本群的消息");
  });

  it("refuses a binding by someone who does not manage the unit", async () => {
    h.emulator.registerChat({ id: GROUP, title: "金塔镇工作群" });
    h.emulator.sendText(GROUP, CADRE, "/bind 民建村");
    expect((await replyIn(h, GROUP)).text).toContain("只有「民建村」或其上级单位的管理员可以绑定群");
    // A unit outside the person's own is not even named back to them.
    h.emulator.sendText(GROUP, CADRE, "/bind 金塔镇");
    expect((await replyIn(h, GROUP)).text).toContain("在你的单位范围内没有找到「金塔镇」");
  });

  it("answers a report with a card in reply to it, and stays out of everything else", async () => {
    await bind();
    const { message } = h.emulator.sendText(GROUP, CADRE, "民建村 改厕 本周新增6户");
    const card = await replyIn(h, GROUP, /农村改厕/);
    expect(card.replyToMessageId).toBe(message.message_id);
    expect(card.text).toContain("地点：民建村");

    const before = h.emulator.botMessages(GROUP).length;
    await sendAndSettle(GROUP, CADRE, "收到，谢谢");
    await sendAndSettle(GROUP, STRANGER, "民建村 改厕 新增3户");
    // Only the two /help answers: no card for chit-chat, nothing at all for a stranger.
    expect(h.emulator.botMessages(GROUP).length - before).toBe(2);
  });

  it("answers a mention that is not a report with the hint, and lets no one else press the card", async () => {
    await bind();
    h.emulator.sendText(GROUP, CADRE, "@taizhang_test_bot 你好");
    expect((await replyIn(h, GROUP)).text).toContain("没看懂");

    h.emulator.sendText(GROUP, CADRE, "民建村 改厕 新增6户");
    const card = await replyIn(h, GROUP, /农村改厕/);
    const { callbackQuery } = h.emulator.pressButton(
      GROUP,
      NEIGHBOUR,
      card.messageId,
      buttonData(card, "✅"),
    );
    await h.emulator.waitFor((c) => c.method === "answerCallbackQuery");
    expect(h.emulator.callbackAnswer(callbackQuery.id)).toMatchObject({ show_alert: true });
    const stranger = h.emulator.pressButton(GROUP, STRANGER, card.messageId, buttonData(card, "↩️"));
    await h.emulator.waitFor(
      (c) => c.method === "answerCallbackQuery" && c.params.callback_query_id === stranger.callbackQuery.id,
    );
    expect(h.emulator.callbackAnswer(stranger.callbackQuery.id)).toMatchObject({ show_alert: true });
  });

  it("in quiet mode reacts with an emoji and sends the card privately; an edit updates that card", async () => {
    await bind();
    h.emulator.sendText(GROUP, ADMIN, "/quiet");
    expect((await replyIn(h, GROUP)).text).toContain("已开启安静模式");

    const before = h.emulator.botMessages(GROUP).length;
    const { message } = h.emulator.sendText(GROUP, CADRE, "民建村 改厕 本周新增6户");
    const privateCard = await replyIn(h, CADRE.id);
    expect(privateCard.text).toContain("你在「金塔镇工作群」群里的报送：");
    expect(privateCard.text).toContain("• 新增：6 户");
    expect(h.emulator.message(GROUP, message.message_id)?.botReaction).toEqual([
      { type: "emoji", emoji: "👌" },
    ]);
    expect(h.emulator.botMessages(GROUP).length).toBe(before);

    h.emulator.editText(GROUP, message.message_id, "民建村 改厕 本周新增9户");
    await h.emulator.waitFor((c) => c.method === "editMessageText" && c.chatId === CADRE.id);
    expect(h.emulator.botMessages(CADRE.id).at(-1)?.text).toContain("• 新增：9 户");
  });

  it("files a group message that becomes a report when edited", async () => {
    await bind();
    const { message } = await sendAndSettle(GROUP, CADRE, "大家好，下午汇报");
    h.emulator.editText(GROUP, message.message_id, "民建村 改厕 新增4户");
    const card = await replyIn(h, GROUP, /农村改厕/);
    expect(card.replyToMessageId).toBe(message.message_id);
  });

  it("switches the group's language for everyone with /lang", async () => {
    await bind();
    h.emulator.sendText(GROUP, CADRE, "/lang en");
    expect((await replyIn(h, GROUP)).text).toBe("OK, I will speak English from now on.");
    h.emulator.sendText(GROUP, CADRE, "民建村 改厕 新增6户");
    expect((await replyIn(h, GROUP, /Task/)).text).toContain("Task: 农村改厕");
  });
});
