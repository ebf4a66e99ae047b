import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CADRE, type Harness, replyIn, startHarness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function inboxStatus(updateId: number): Promise<string | undefined> {
  const row = await h.prisma.inboxUpdate.findFirst({ where: { updateId: String(updateId) } });
  return row?.status;
}

describe("when things go wrong", () => {
  it("catches a failed update: says sorry, keeps the report, marks the inbox row, and goes on", async () => {
    h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: something unexpected" });
    const { update, message } = h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 新增5户");
    expect((await replyIn(h, CADRE.id)).text).toContain("抱歉，处理这条消息时出错了");
    const report = await h.deps.repos.reports.byMessage(
      "telegram",
      String(CADRE.id),
      String(message.message_id),
    );
    expect(report?.rawText).toBe("民建村 改厕 新增5户");

    const next = h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 新增7户");
    expect((await replyIn(h, CADRE.id)).text).toContain("• 新增：7 户");
    // The inbox row is marked once the update's handling has ended; that write may trail the reply.
    for (let i = 0; i < 50 && (await inboxStatus(next.update.update_id)) !== "handled"; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(await inboxStatus(next.update.update_id)).toBe("handled");
    expect(await inboxStatus(update.update_id)).toBe("failed");
  });

  it("waits and retries after a 429 instead of losing the card", async () => {
    h.emulator.failNext("sendMessage", { error_code: 429, retry_after: 0 });
    h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 新增5户");
    expect((await replyIn(h, CADRE.id)).text).toContain("• 新增：5 户");
    const attempts = h.emulator.calls.filter((c) => c.method === "sendMessage");
    expect(attempts.map((c) => c.ok)).toEqual([false, true]);
  });

  it("finishes the updates in hand when it stops", async () => {
    for (let i = 1; i <= 5; i++) h.emulator.sendText(CADRE.id, CADRE, `民建村 改厕 新增${i}户`);
    await h.emulator.waitFor((c) => c.method === "sendMessage");
    await h.bot.stop();
    expect(h.emulator.botMessages(CADRE.id).length).toBeGreaterThanOrEqual(1);
    // Whatever was fetched before the stop was answered: no update stays half-handled.
    const received = h.emulator.updateLog.filter((u) => u.deliveredAt !== undefined).length;
    expect(h.emulator.botMessages(CADRE.id)).toHaveLength(received);
  });
});
