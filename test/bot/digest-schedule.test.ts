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
});
