import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, CADRE, type Harness, replyIn, startHarness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Says something in the admin's private chat and returns the bot's answer. */
async function say(text: string, from = ADMIN) {
  h.emulator.sendText(from.id, from, text);
  return (await replyIn(h, from.id)).text ?? "";
}

describe("units and tasks from the chat", () => {
  it("adds a unit under one the admin manages", async () => {
    expect(await say("/unit add 民建村 民建村3组")).toBe("已在「民建村」下添加「民建村3组」。");
    expect(await say("/unit add 民建村")).toContain("用法：/unit add");
    expect(await say("/unit add 民建村 一组", CADRE)).toContain("只有「民建村」或其上级单位的管理员");
  });

  it("adds a task in a short guided conversation, each answer checked as it comes", async () => {
    expect(await say("/task add")).toContain("任务叫什么");
    expect(await say("村级光伏电站，光伏")).toContain("哪个单位负责");
    expect(await say("不存在村")).toContain("没有找到「不存在村」");
    expect(await say("金塔县")).toContain("计量单位");
    expect(await say("千瓦")).toContain("目标是多少");
    expect(await say("很多")).toContain("目标是多少");
    expect(await say("2000")).toContain("完成时限");
    expect(await say("2024-02-30")).toContain("完成时限");
    expect(await say("2024-12-31")).toBe(
      "已添加任务「村级光伏电站」：负责单位 金塔县，目标 2,000 千瓦，完成时限 2024-12-31。",
    );
    const task = (await h.deps.ledger.snapshot()).tasks.find((t) => t.name === "村级光伏电站");
    expect(task).toMatchObject({ aliases: ["光伏"], measure: "千瓦", target: 2000, deadline: "2024-12-31" });

    // The new task is matched at once: its alias files a report for it.
    h.emulator.sendText(CADRE.id, CADRE, "光伏 新增并网120千瓦");
    expect((await replyIn(h, CADRE.id)).text).toContain("任务：村级光伏电站");
  });

  it("keeps the conversation in the database, and /cancel ends it", async () => {
    await say("/task add");
    await say("电商培训");
    const key = `telegram:${ADMIN.id}:${ADMIN.id}`;
    expect(await h.deps.repos.conversations.get(key)).toContain('"step":"owner"');
    expect(await say("/cancel")).toBe("已取消。");
    expect(await h.deps.repos.conversations.get(key)).toBeNull();
    expect(await say("/cancel")).toBe("现在没有进行中的操作。");
  });

  it("does not start the questions for someone who is no admin", async () => {
    expect(await say("/task add", CADRE)).toBe("只有管理员可以这样做。");
  });

  it("splits a task among units in one message, and reports by a share count for its unit", async () => {
    expect(await say("/task split 高标准农田\n金塔镇 12000亩\n鼎新镇 18000 2024-10-31")).toBe(
      [
        "✅ 已分解任务「高标准农田」：",
        "+ 分解 高标准农田建设 × 金塔镇",
        "+ 分解 高标准农田建设 × 鼎新镇",
      ].join("\n"),
    );
    const snapshot = await h.deps.ledger.snapshot();
    const farmland = snapshot.tasks.find((t) => t.name === "高标准农田建设");
    expect(
      farmland?.assignments.map((a) => [snapshot.unitName(a.unitId), a.target, a.deadline]).sort(),
    ).toEqual([
      ["金塔镇", 12000, null],
      ["鼎新镇", 18000, "2024-10-31"],
    ]);
    expect(await say("/task 分解 高标准农田 金塔镇 12000")).toBe(
      "✅ 任务「高标准农田」的分解与台账一致，没有改动。",
    );
    expect(await say("/task split 高标准农田")).toContain("用法：/task split 任务名称");
    expect(await say("/task split 高标准农田 金塔镇 1", CADRE)).toBe("只有管理员可以这样做。");
  });

  it("escapes the names it repeats when it answers a split", async () => {
    h.emulator.sendText(ADMIN.id, ADMIN, "/task split 高标准农田 <i>新村</i> 100");
    const answer = await replyIn(h, ADMIN.id);
    expect(answer.sourceText).toContain("第 1 项「&lt;i&gt;新村&lt;/i&gt;」");
    expect(answer.text).toContain("第 1 项「<i>新村</i>」");
  });

  it("shows a task's history: progress against the target, by unit, latest reports", async () => {
    // Sent before the bot's fixed clock (2024-06-14 17:49): the answer stands at that instant.
    const date = (at: string) => ({ date: Date.parse(at) / 1000 });
    h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 累计300户", date("2024-06-05T10:00:00+08:00"));
    await replyIn(h, CADRE.id);
    h.emulator.sendText(CADRE.id, CADRE, "民建村 改厕 本周新增30户", date("2024-06-12T10:00:00+08:00"));
    await replyIn(h, CADRE.id);
    const history = await say("/task 改厕", CADRE);
    expect(history).toContain("农村改厕");
    expect(history).toContain("进度：330 户\n");
    expect(history).toContain("完成时限：2024-12-31");
    expect(history).toContain("• 民建村：330 户");
    expect(history).toMatch(/• \d\d-\d\d \d\d:\d\d 民建村：民建村 改厕 本周新增30户（待确认）/);
    expect(await say("/task 茶叶", CADRE)).toBe("没有找到任务「茶叶」。");
  });
});
