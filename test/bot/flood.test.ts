import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_FLOOD_LIMIT } from "../../src/bot/middleware/flood-limit.ts";
import { CADRE, type Harness, NEIGHBOUR, replyIn, startHarness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe("a flood from one person", () => {
  it("is cut at the limit with one polite notice; the messages stay in the inbox; others go on", async () => {
    const sent = DEFAULT_FLOOD_LIMIT + 10;
    for (let i = 0; i < sent; i++) h.emulator.sendText(CADRE.id, CADRE, `民建村 改厕 新增${i + 1}户`);
    await replyIn(h, CADRE.id, /太快/);
    h.emulator.sendText(NEIGHBOUR.id, NEIGHBOUR, "双树村 改厕 新增4户");
    expect((await replyIn(h, NEIGHBOUR.id)).text).toContain("4 户");

    const toCadre = h.emulator.botMessages(CADRE.id).map((m) => m.text ?? "");
    expect(toCadre.filter((t) => t.includes("太快"))).toHaveLength(1);
    expect(toCadre.filter((t) => t.includes("• 新增"))).toHaveLength(DEFAULT_FLOOD_LIMIT);
    // Every message is in the inbox, handled or not.
    const stored = () => h.prisma.inboxUpdate.count();
    for (let i = 0; i < 50 && (await stored()) < sent + 1; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await stored()).toBe(sent + 1);
  });
});
