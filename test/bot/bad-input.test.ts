import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, CADRE, type Harness, replyIn, startHarness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const settle = () => new Promise((r) => setTimeout(r, 300));

describe("bad input", () => {
  it("answers an oversized message with a request to split it, and files nothing", async () => {
    const pasted = "民建村 高标准农田 本周新增300亩，累计2000亩。问题：资金未到位。\n".repeat(80);
    const { message } = h.emulator.sendText(CADRE.id, CADRE, pasted);
    expect((await replyIn(h, CADRE.id)).text).toContain("太长");
    expect(
      await h.deps.repos.reports.byMessage("telegram", String(CADRE.id), String(message.message_id)),
    ).toBeNull();
    h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 新增5户");
    expect((await replyIn(h, CADRE.id)).text).toContain("5 户");
  });

  it("ignores updates from unknown chats, channels and no one, and keeps working", async () => {
    h.emulator.injectUpdate({
      channel_post: {
        message_id: 5,
        date: 1_718_000_000,
        chat: { id: -100777, type: "channel", title: "频道" },
        text: "改厕 新增5户",
      },
    });
    h.emulator.injectUpdate({
      message: {
        message_id: 6,
        date: 1_718_000_000,
        chat: { id: -100888, type: "supergroup", title: "<b>陌生群</b>" },
        text: "改厕 新增5户",
      },
    });
    h.emulator.injectUpdate({
      poll: { id: "1", question: "?", options: [], total_voter_count: 0, is_closed: false },
    });
    await settle();
    expect(h.emulator.botMessages(-100777)).toHaveLength(0);
    expect(h.emulator.botMessages(-100888)).toHaveLength(0);
    h.emulator.sendText(ADMIN.id, ADMIN, "/help");
    expect((await replyIn(h, ADMIN.id)).text).toBeTruthy();
  });

  it("escapes Markdown and HTML control characters in what people wrote before sending it back", async () => {
    const text = "民建村 改厕 新增5户。问题：<b>资金</b> & *未到位* _[链接](http://x)_";
    h.emulator.sendText(CADRE.id, CADRE, text);
    const card = await replyIn(h, CADRE.id);
    // The emulator renders the bot's HTML as Telegram would: what the cadre typed shows as typed.
    expect(card.text).toContain("<b>资金</b> & *未到位*");
    expect(
      card.entities?.some(
        (e) => e.type === "bold" && card.text?.slice(e.offset, e.offset + e.length) === "资金",
      ),
    ).not.toBe(true);
  });
});
