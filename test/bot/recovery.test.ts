import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { INBOX_LEASE_MS } from "../../src/db/repositories/inbox.ts";
import { ADMIN, CADRE, type Harness, startHarness } from "./harness.ts";

/**
 * An instance records an update and dies before handling it (SIGKILL, a lost machine). Its lease
 * runs out and another instance's sweep handles it: the cadre gets the card once, the report is
 * filed once.
 */
describe("updates a dead instance left unfinished", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("are handled once by the next sweep after their lease, and the report is filed once", async () => {
    const update = {
      update_id: 880_001,
      message: {
        message_id: 77,
        date: Math.floor(new Date("2024-06-14T10:00:00+08:00").getTime() / 1000),
        chat: { id: CADRE.id, type: "private", first_name: CADRE.first_name },
        from: CADRE,
        text: "改厕 本周新增12户",
      },
    };
    // What the dead instance did: the update is in the inbox, leased to it, never finished.
    expect(await h.deps.repos.inbox.record("telegram", "880001", JSON.stringify(update))).toBe(true);

    expect(await h.bot.updates.recoverAbandoned(new Date())).toBe(0);
    const afterLease = new Date(Date.now() + INBOX_LEASE_MS + 1_000);
    expect(await h.bot.updates.recoverAbandoned(afterLease)).toBe(1);
    const card = await h.emulator.waitForBotMessage(CADRE.id);
    expect(card.text).toContain("12");
    expect(await h.bot.updates.recoverAbandoned(new Date(afterLease.getTime() + 10 * INBOX_LEASE_MS))).toBe(
      0,
    );
    const report = await h.deps.repos.reports.byMessage("telegram", String(CADRE.id), "77");
    expect(report?.state).toBe("filed");
    expect(h.emulator.botMessages(CADRE.id)).toHaveLength(1);
    expect(h.emulator.botMessages(ADMIN.id)).toHaveLength(0);
  });

  it("tries a failed update again after a wait: the card comes then, and no second apology", async () => {
    h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: something unexpected" });
    const { message } = h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 新增9户");
    expect((await h.emulator.waitForBotMessage(CADRE.id)).text).toContain("抱歉");
    await new Promise((r) => setTimeout(r, 200));
    expect(await h.bot.updates.recoverAbandoned(new Date(Date.now() + INBOX_LEASE_MS + 1_000))).toBe(1);
    expect((await h.emulator.waitForBotMessage(CADRE.id, /9 户/)).text).toContain("新增");
    const texts = h.emulator.botMessages(CADRE.id).map((m) => m.text ?? "");
    expect(texts.filter((t) => t.includes("抱歉"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("9 户"))).toHaveLength(1);
    const report = await h.deps.repos.reports.byMessage(
      "telegram",
      String(CADRE.id),
      String(message.message_id),
    );
    expect(report?.state).toBe("filed");
  });
});
