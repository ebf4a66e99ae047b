import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, CADRE, GROUP, type Harness, replyIn, startHarness } from "./harness.ts";
import { sentAt } from "./question-helpers.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.emulator.registerChat({ id: GROUP, title: "金塔镇工作群", botStatus: "administrator" });
  h.emulator.sendText(GROUP, ADMIN, "/bind 金塔镇");
  await replyIn(h, GROUP, /绑定/);
});
afterEach(async () => {
  await h.close();
});

const BOT = "@taizhang_test_bot";

/** Sends a message and makes sure the bot has handled it, by a /help behind it in the same chat. */
async function sendAndSettle(from: typeof CADRE, text: string) {
  const sent = h.emulator.sendText(GROUP, from, text);
  const since = h.emulator.calls.length;
  h.emulator.sendText(GROUP, ADMIN, "/help");
  await h.emulator.waitForBotMessage(GROUP, /怎么报送/, 2000, { since });
  return sent;
}

const reportOf = (messageId: number) =>
  h.deps.repos.reports.byMessage("telegram", String(GROUP), String(messageId));

describe("questions in a group", () => {
  it("answers a question that mentions the bot, as a reply to it, within the asker's units", async () => {
    h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 累计20户", sentAt("2024-06-12T10:00:00+08:00"));
    await replyIn(h, CADRE.id);
    const { message } = h.emulator.sendText(GROUP, CADRE, `${BOT} 改厕进度？`);
    const answer = await replyIn(h, GROUP);
    expect(answer.replyToMessageId).toBe(message.message_id);
    expect(answer.text).toContain("农村改厕（民建村）");
    // The county's task has no share for the village: its own figure, against no target.
    expect(answer.text).toContain("进度：20 户\n");
    expect(await reportOf(message.message_id)).toBeNull();
  });

  it("answers a reply to one of its messages", async () => {
    h.emulator.sendText(GROUP, CADRE, "/overdue");
    const first = await replyIn(h, GROUP, /逾期/);
    h.emulator.sendText(GROUP, CADRE, "哪些村本周没报？", { replyTo: first.messageId });
    const answer = await replyIn(h, GROUP, /报送/);
    expect(answer.text).toMatch(/民建村 本周(未报送的单位|各单位均已报送)/);
  });

  it("keeps out of questions the group asks among itself, and never files them", async () => {
    const before = h.emulator.botMessages(GROUP).length;
    const asked = [
      await sendAndSettle(CADRE, "改厕进度怎么样？"),
      // Reads as a report to the parser (place, task, figure), but the figure is asked about.
      await sendAndSettle(CADRE, "民建村改厕完成500户了吗？"),
      await sendAndSettle(CADRE, "下午几点开会？"),
    ];
    // Only the three /help answers.
    expect(h.emulator.botMessages(GROUP).length - before).toBe(3);
    for (const { message } of asked) expect(await reportOf(message.message_id)).toBeNull();
  });

  it("files a message with progress figures as a report, question mark and all", async () => {
    const { message } = h.emulator.sendText(GROUP, CADRE, "民建村改厕完成了吗？已完成45户，还差5户");
    const card = await replyIn(h, GROUP, /我理解的是/);
    expect(card.replyToMessageId).toBe(message.message_id);
    expect(card.text).toContain("• 累计：45 户");
    expect(await reportOf(message.message_id)).not.toBeNull();
  });

  it("tells an addressed question it cannot answer what it can, with examples", async () => {
    h.emulator.sendText(GROUP, CADRE, `${BOT} 下午几点开会？`);
    const answer = await replyIn(h, GROUP);
    expect(answer.text).toContain("这个问题我还答不上来。");
    expect(answer.text).toContain("任务进度：农村改厕进度？ 或 /status 农村改厕");
    expect(answer.text).toContain("谁没报送：哪些村本周没报？ 或 /silent");
  });

  it("answers each person in their own language, whatever the group's", async () => {
    h.emulator.sendText(ADMIN.id, ADMIN, "/lang en");
    await replyIn(h, ADMIN.id);
    h.emulator.sendText(GROUP, ADMIN, `${BOT} what is overdue?`);
    expect((await replyIn(h, GROUP)).text).toContain("金塔县: nothing is overdue.");
    h.emulator.sendText(GROUP, CADRE, `${BOT} 逾期的任务有哪些`);
    expect((await replyIn(h, GROUP)).text).toContain("民建村 目前没有逾期未完成的任务。");
  });
});
