import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, CADRE, type Harness, replyIn, STRANGER, startHarness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe("start, language and joining", () => {
  it("greets a member in Chinese and a stranger in English with nothing but /join", async () => {
    h.emulator.sendText(CADRE.id, CADRE, "/start");
    expect((await replyIn(h, CADRE.id)).text).toContain("你好，李明！");

    h.emulator.sendText(STRANGER.id, STRANGER, "/start");
    const hello = await replyIn(h, STRANGER.id);
    expect(hello.text).toContain("Hello, Stranger!");
    expect(hello.text).toContain("/join CODE");
  });

  it("gives a stranger the join hint and nothing else, whatever they send", async () => {
    for (const text of ["民建村 改厕 新增5户", "/task 改厕", "/invite 民建村 reporter"]) {
      h.emulator.sendText(STRANGER.id, STRANGER, text);
      expect((await replyIn(h, STRANGER.id)).text).toContain("all you can do is join");
    }
    const reports = await h.deps.repos.reports.forTask((await h.deps.ledger.snapshot()).tasks[0]?.id ?? "");
    expect(reports).toHaveLength(0);
  });

  it("switches a person's language with /lang and keeps it", async () => {
    h.emulator.sendText(CADRE.id, CADRE, "/lang en");
    expect((await replyIn(h, CADRE.id)).text).toBe("OK, I will speak English from now on.");
    h.emulator.sendText(CADRE.id, CADRE, "/start");
    expect((await replyIn(h, CADRE.id)).text).toContain("Hello, 李明!");

    h.emulator.sendText(CADRE.id, CADRE, "/lang");
    const choose = await replyIn(h, CADRE.id);
    h.emulator.pressButton(CADRE.id, CADRE, choose.messageId, "lang:zh-CN");
    await h.emulator.waitFor((c) => c.method === "editMessageText" && c.ok === true);
    expect(h.emulator.botMessages(CADRE.id).at(-1)?.text).toBe("好的，以后我说中文。");
  });

  it("lets an admin invite, and the invited person join with the code or the link", async () => {
    h.emulator.sendText(ADMIN.id, ADMIN, "/invite 团结村 reporter");
    expect((await replyIn(h, ADMIN.id)).text).toContain("「团结村」有好几个");

    h.emulator.sendText(ADMIN.id, ADMIN, "/invite 民建村 reporter 3 2");
    const invite = await replyIn(h, ADMIN.id, /邀请码/);
    expect(invite.text).toContain("单位：民建村，身份：填报员");
    expect(invite.text).toContain("有效期至 2024-06-17，可使用 2 次。");
    const code = /邀请码：(\w+)/.exec(invite.text ?? "")?.[1] ?? "";
    expect(invite.text).toContain(`https://t.me/taizhang_test_bot?start=${code}`);

    h.emulator.sendText(STRANGER.id, STRANGER, "/join WRONGCODE");
    expect((await replyIn(h, STRANGER.id)).text).toContain("invalid, expired or used up");
    h.emulator.sendText(STRANGER.id, STRANGER, `/join ${code.toLowerCase()}`);
    expect((await replyIn(h, STRANGER.id)).text).toContain("You joined 民建村 as reporter");

    const other = { id: 3002, is_bot: false, first_name: "周五" };
    h.emulator.sendText(other.id, other, `/start ${code}`);
    expect((await replyIn(h, other.id)).text).toContain("你已加入 民建村");
  });

  it("refuses an invitation from someone who does not manage the unit", async () => {
    h.emulator.sendText(CADRE.id, CADRE, "/invite 民建村 admin");
    expect((await replyIn(h, CADRE.id)).text).toContain("只有「民建村」或其上级单位的管理员");
  });

  it("sets the command menu in both languages without holding up start-up", async () => {
    await h.emulator.waitFor((c) => c.method === "setMyCommands" && c.params.language_code === "en", 2000, {
      since: 0,
    });
    expect(h.emulator.commands().map((c) => c.command)).toContain("join");
    expect(
      h.emulator.commands({ type: "default" }, "en").find((c) => c.command === "join")?.description,
    ).toBe("Join a unit with an invitation code");
  });
});
