import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, CADRE, GROUP, type Harness, replyIn, startHarness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe("/digest now", () => {
  it("shows a bound group its weekly digest, as text and as a chart", async () => {
    h.emulator.registerChat({ id: GROUP, title: "金塔镇工作群", botStatus: "administrator" });
    h.emulator.sendText(GROUP, ADMIN, "/bind 金塔镇");
    await replyIn(h, GROUP, /绑定/);
    // Sent this week by the bot's fixed clock (2024-06-14 17:49).
    const date = Date.parse("2024-06-12T10:00:00+08:00") / 1000;
    h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 本周新增30户", { date });
    await replyIn(h, CADRE.id);

    h.emulator.sendText(GROUP, ADMIN, "/digest now");
    const text = await replyIn(h, GROUP, /周报/);
    expect(text.text).toContain("📊 金塔镇 周报");
    expect(text.text).toMatch(/农村改厕：30\//);
    const photo = await h.emulator.waitFor((c) => c.method === "sendPhoto");
    expect(photo.error).toBeUndefined();
    const upload = h.emulator.botMessages(GROUP).find((m) => m.upload)?.upload;
    expect(upload?.size).toBeGreaterThan(5_000);
  });

  it("counts the days in the group's own time zone when its schedule names one", async () => {
    h.emulator.registerChat({ id: GROUP, title: "金塔镇工作群", botStatus: "administrator" });
    h.emulator.sendText(GROUP, ADMIN, "/bind 金塔镇");
    await replyIn(h, GROUP, /绑定/);
    h.emulator.sendText(GROUP, ADMIN, "/digest weekly fri 17:00 America/Los_Angeles");
    await replyIn(h, GROUP);
    h.emulator.sendText(GROUP, ADMIN, "/digest now");
    // The bot's clock, 2024-06-14 17:49 in Shanghai, is 02:49 that morning in Los Angeles.
    expect((await replyIn(h, GROUP, /周报/)).text).toContain("数据截至 2024-06-14 02:49");
  });

  it("asks an unbound group to bind first", async () => {
    h.emulator.registerChat({ id: GROUP, title: "无名群" });
    h.emulator.sendText(GROUP, ADMIN, "/digest now");
    expect((await replyIn(h, GROUP)).text).toContain("/bind");
  });
});
