import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planDueDigests, sendDueDigests } from "../../src/app/index.ts";
import { telegramDigestSender } from "../../src/bot/digest-sender.ts";
import { ADMIN, CADRE, GROUP, type Harness, replyIn, startHarness, TOKEN } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function boundGroup(id = GROUP) {
  h.emulator.registerChat({ id, title: "金塔镇工作群", botStatus: "administrator" });
  h.emulator.sendText(id, ADMIN, "/bind 金塔镇");
  await replyIn(h, id, /绑定/);
}

describe("scheduled digests", () => {
  it("are set by an admin of the group's unit, and refused to others", async () => {
    await boundGroup();
    h.emulator.sendText(GROUP, ADMIN, "/digest weekly fri 17:00");
    expect((await replyIn(h, GROUP)).text).toContain("每周五 17:00 在本群推送周报");
    h.emulator.sendText(GROUP, CADRE, "/digest weekly mon 08:00");
    expect((await replyIn(h, GROUP)).text).toContain("没有查看该单位台账的权限");
    h.emulator.sendText(GROUP, ADMIN, "/digest weekly someday");
    expect((await replyIn(h, GROUP)).text).toContain("/digest weekly fri 17:00");
  });

  it("go out through the Bot API as text and chart, once, and a removed bot is recorded, not retried", async () => {
    await boundGroup();
    h.emulator.sendText(GROUP, ADMIN, "/digest weekly fri 17:00");
    await replyIn(h, GROUP, /每周五/);
    const other = -1009;
    await boundGroup(other);
    h.emulator.sendText(other, ADMIN, "/digest weekly fri 17:00");
    await replyIn(h, other, /每周五/);
    h.emulator.blockChat(other);

    const sender = telegramDigestSender(TOKEN, h.apiRoot);
    const friday = new Date("2024-06-21T17:00:20+08:00");
    await planDueDigests(h.deps, friday);
    expect(await sendDueDigests(h.deps, sender, friday)).toEqual({
      sent: 1,
      failed: 1,
      retrying: 0,
      skipped: 0,
    });
    await planDueDigests(h.deps, new Date(friday.getTime() + 60_000));
    expect(await sendDueDigests(h.deps, sender, new Date(friday.getTime() + 60_000))).toEqual({
      sent: 0,
      failed: 0,
      retrying: 0,
      skipped: 0,
    });

    const sent = h.emulator.botMessages(GROUP);
    expect(sent.filter((m) => m.text?.includes("📊 金塔镇 周报（2024-06-17 至 2024-06-23）"))).toHaveLength(
      1,
    );
    expect(sent.filter((m) => m.upload)).toHaveLength(1);
  });

  it("sent again after its chart failed, send only the chart: the group gets its text once", async () => {
    await boundGroup();
    h.emulator.sendText(GROUP, ADMIN, "/digest weekly fri 17:00");
    await replyIn(h, GROUP, /每周五/);
    // The text goes out, the chart is refused (not a lasting refusal: it is tried again).
    h.emulator.failNext("sendPhoto", { error_code: 400, description: "Bad Request: IMAGE_PROCESS_FAILED" });
    const sender = telegramDigestSender(TOKEN, h.apiRoot);
    const friday = new Date("2024-06-21T17:00:20+08:00");
    await planDueDigests(h.deps, friday);
    expect(await sendDueDigests(h.deps, sender, friday)).toMatchObject({ sent: 0, retrying: 1 });
    const later = new Date(friday.getTime() + 10 * 60_000);
    expect(await sendDueDigests(h.deps, sender, later)).toMatchObject({ sent: 1, retrying: 0 });

    const sent = h.emulator.botMessages(GROUP);
    expect(sent.filter((m) => m.text?.includes("📊 金塔镇 周报"))).toHaveLength(1);
    expect(sent.filter((m) => m.method === "sendPhoto")).toHaveLength(1);
  });

  it("upload a unit's chart once and send it to the unit's other groups by its file id", async () => {
    const groups = [GROUP, -1011, -1012];
    for (const id of groups) {
      await boundGroup(id);
      h.emulator.sendText(id, ADMIN, "/digest weekly fri 17:00");
      await replyIn(h, id, /每周五/);
    }
    const friday = new Date("2024-06-21T17:00:20+08:00");
    await planDueDigests(h.deps, friday);
    const sender = telegramDigestSender(TOKEN, h.apiRoot);
    expect(await sendDueDigests(h.deps, sender, friday)).toEqual({
      sent: 3,
      failed: 0,
      retrying: 0,
      skipped: 0,
    });
    const photos = h.emulator.calls.filter((c) => c.method === "sendPhoto");
    expect(photos.map((c) => c.chatId).sort()).toEqual([...groups].sort());
    const byFileId = photos.filter((c) => typeof c.params.photo === "string");
    expect(byFileId).toHaveLength(2);
    for (const id of groups)
      expect(h.emulator.botMessages(id).filter((m) => m.method === "sendPhoto")).toHaveLength(1);
  });
});
