import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  addTask,
  operator,
  planDueReminders,
  planFlagAnnouncements,
  sendDueNotices,
} from "../../src/app/index.ts";
import { telegramNoticeSender } from "../../src/bot/notice-sender.ts";
import { pacedApi } from "../../src/bot/paced-api.ts";
import { ADMIN, CADRE, GROUP, type Harness, replyIn, startHarness, TOKEN } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function boundGroup() {
  h.emulator.registerChat({ id: GROUP, title: "金塔镇工作群", botStatus: "administrator" });
  h.emulator.sendText(GROUP, ADMIN, "/bind 金塔镇");
  await replyIn(h, GROUP, /绑定/);
}

async function say(chatId: number, from: typeof ADMIN, text: string) {
  h.emulator.sendText(chatId, from, text);
  return (await replyIn(h, chatId)).text ?? "";
}

describe("/pause and /resume", () => {
  it("pause a group's automatic posts, by an admin of its unit, in the group's language", async () => {
    await boundGroup();
    expect(await say(GROUP, CADRE, "/pause")).toContain("只有本群所绑定单位的管理员可以暂停");
    expect(await say(GROUP, ADMIN, "/pause")).toContain(
      "已暂停本群的自动推送：定时周报、月报、季报，红黄牌通报",
    );
    expect((await h.deps.repos.chats.find("telegram", String(GROUP)))?.pausedAt).not.toBeNull();
    expect(await say(GROUP, ADMIN, "/resume")).toContain("已恢复本群的自动推送");
    expect((await h.deps.repos.chats.find("telegram", String(GROUP)))?.pausedAt).toBeNull();

    await say(GROUP, ADMIN, "/lang en");
    expect(await say(GROUP, ADMIN, "/pause")).toContain(
      "Automatic posts in this group are paused: scheduled digests, red/yellow announcements",
    );
    expect(await say(GROUP, ADMIN, "/resume")).toContain("Automatic posts in this group are back on");
  });

  it("pause a person's own reminders in a private chat, in their language", async () => {
    expect(await say(CADRE.id, CADRE, "/pause")).toContain("已暂停给你的报送提醒");
    expect((await h.deps.repos.chats.find("telegram", String(CADRE.id)))?.pausedAt).not.toBeNull();
    expect(await say(CADRE.id, CADRE, "/resume")).toContain("已恢复给你的报送提醒");
    await say(CADRE.id, CADRE, "/lang en");
    expect(await say(CADRE.id, CADRE, "/pause")).toContain("Your reminders to report");
    expect(await say(CADRE.id, CADRE, "/resume")).toContain("Your reminders to report are back on");
  });
});

describe("/remind", () => {
  it("sets when the group's units are reminded, or turns it off, by an admin, in either language", async () => {
    await boundGroup();
    expect(await say(GROUP, ADMIN, "/remind thu 16:00")).toContain(
      "金塔镇及下级单位本周还没报送的填报员，每周四 16:00 会收到一次私聊提醒",
    );
    expect(await say(GROUP, ADMIN, "/remind someday")).toContain("/remind thu 16:00");
    expect(await say(GROUP, CADRE, "/remind fri 09:00")).toContain(
      "只有本群所绑定单位的管理员可以设置报送提醒",
    );
    expect(await say(GROUP, ADMIN, "/remind off")).toContain("金塔镇及下级单位不再收到报送提醒");
    expect(await say(CADRE.id, CADRE, "/remind thu 16:00")).toContain("这个命令请在群里发送");

    await say(GROUP, ADMIN, "/lang en");
    expect(await say(GROUP, ADMIN, "/remind 周五 9:30")).toContain(
      "reporters of 金塔镇 and the units under it who have not reported this week get one private reminder every Friday at 09:30",
    );
    expect(await say(GROUP, ADMIN, "/remind off")).toContain(
      "金塔镇 and the units under it get no reminders",
    );
  });
});

describe("notices through the Bot API", () => {
  it("remind a reporter privately and announce a red task in the group, names escaped, through the paced client", async () => {
    await boundGroup();
    const snapshot = await h.deps.ledger.snapshot();
    const minjian = snapshot.units.find((u) => u.name === "民建村")?.id as string;
    const toilets = snapshot.tasks.find((t) => t.name === "农村改厕")?.id as string;
    await h.deps.repos.tasks.assign(toilets, minjian, 100, null);
    h.deps.ledger.invalidate();
    const road = await addTask(h.deps, await operator(h.deps), {
      ownerUnitName: "金塔镇",
      name: "道路<硬化>",
      aliases: [],
      measure: "公里",
      target: 12,
      deadline: "2024-06-20",
    });
    expect(road.ok).toBe(true);

    const sender = telegramNoticeSender(pacedApi(TOKEN, h.apiRoot));
    const friday = new Date("2024-06-21T10:00:30+08:00");
    await planDueReminders(h.deps, { now: friday, since: null, defaultAt: { day: 5, time: "10:00" } });
    await planFlagAnnouncements(h.deps, friday);
    expect(await sendDueNotices(h.deps, sender, friday)).toMatchObject({ failed: 0, retrying: 0 });

    const reminder = h.emulator.botMessages(CADRE.id).at(-1)?.text;
    expect(reminder).toBe(
      [
        "⏰ 报送提醒：本周还没有收到这些任务的进度。",
        "民建村：",
        "• 农村改厕",
        "",
        "直接把进度发给我就行，例如：",
        "民建村 农村改厕 本周新增10户",
        "",
        "发送 /pause 暂停提醒。",
      ].join("\n"),
    );
    // The two announcements due together for the group come in one message.
    const group = h.emulator.botMessages(GROUP).map((m) => m.text);
    expect(group.at(-1)).toBe(
      [
        "🟡 黄牌：农村改厕（民建村）落后序时进度 47 个百分点：完成 0/100 户（0%），序时进度 47%。",
        "",
        "🔴 红牌：道路<硬化>（金塔镇）已过完成时限 2024-06-20，完成 0/12 公里（0%）。",
      ].join("\n"),
    );
    expect(group).toHaveLength(2);
  });

  it("record a person who blocked the bot, and list them to the admin from then on", async () => {
    // The county's admin has started the bot (and becomes its admin on first contact).
    await say(ADMIN.id, ADMIN, "/start");
    const snapshot = await h.deps.ledger.snapshot();
    const minjian = snapshot.units.find((u) => u.name === "民建村")?.id as string;
    const toilets = snapshot.tasks.find((t) => t.name === "农村改厕")?.id as string;
    await h.deps.repos.tasks.assign(toilets, minjian, 100, null);
    h.deps.ledger.invalidate();
    h.emulator.blockChat(CADRE.id);
    const sender = telegramNoticeSender(pacedApi(TOKEN, h.apiRoot));
    const remindAt = { day: 5, time: "10:00" };
    const friday = new Date("2024-06-21T10:00:30+08:00");
    await planDueReminders(h.deps, { now: friday, since: null, defaultAt: remindAt });
    expect(await sendDueNotices(h.deps, sender, friday)).toMatchObject({ sent: 0, failed: 1, retrying: 0 });

    const next = new Date("2024-06-28T10:00:30+08:00");
    await planDueReminders(h.deps, { now: next, since: null, defaultAt: remindAt });
    expect(await sendDueNotices(h.deps, sender, next)).toMatchObject({ sent: 1, failed: 0 });
    expect(h.emulator.botMessages(ADMIN.id).at(-1)?.text).toContain(
      "以下填报员本周还没有报送，但没有私聊启动过机器人，收不到提醒：\n民建村：\n• 李明",
    );
  });
});
