import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runConsoleChat } from "../../src/channels/console.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "taizhang-console-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** One console session on the test's demo database: the lines typed in, everything printed out. */
async function chat(locale: "zh-CN" | "en", lines: string[]): Promise<string> {
  const input = PassThrough.from(lines.map((l) => `${l}\n`));
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk) => {
    text += chunk.toString();
  });
  await runConsoleChat({
    databaseUrl: `file:${join(dir, "demo.db")}`,
    locale,
    now: () => new Date("2024-06-14T17:49:00+08:00"),
    log: pino({ level: "silent" }),
    input,
    output,
  });
  return text;
}

describe("the console chat (the real bot, fed in-process)", () => {
  it("says in its first line that it is the console chat with a demo county, and files a report", async () => {
    const out = await chat("zh-CN", [
      "民建村 高标准农田 本周新增300亩，累计2000亩/计划3000亩。问题：资金未到位",
    ]);
    expect(out.split("\n")[0]).toContain("控制台聊天");
    expect(out.split("\n")[0]).toContain("演示县「金塔县」");
    expect(out).toContain("未设置 BOT_TOKEN");
    expect(out).toContain("任务：高标准农田建设");
    expect(out).toContain("地点：民建村");
    expect(out).toContain("• 新增：300 亩");
    expect(out).toContain("• 累计：2,000 亩");
    expect(out).toContain("• 目标：3,000 亩");
    expect(out).toContain("问题：资金未到位");
    expect(out).toContain("[1] ✅ 确认");
    expect(out).not.toMatch(/<\/?b>/);
  });

  it("presses a button when its number is typed: the report is confirmed", async () => {
    const out = await chat("zh-CN", ["民建村 改厕 本周新增30户", "1"]);
    expect(out).toContain("✅ 已确认，计入台账。");
    expect(out).toContain("💬 已确认 ✅");
  });

  it("asks which place when two villages share a name, and takes the choice", async () => {
    const out = await chat("zh-CN", ["团结村 改厕 新增5户", "2"]);
    expect(out).toContain("[1] 📍 团结村（金塔镇）");
    expect(out).toContain("[2] 📍 团结村（鼎新镇）");
    expect(out).toContain("✏️ 已修改，计入台账。");
  });

  it("answers what it cannot read with a hint and an example, never silence", async () => {
    const out = await chat("zh-CN", ["大家中午好"]);
    expect(out).toContain("没看懂");
    expect(out).toContain("例如：民建村");
  });

  it("speaks English to an English speaker, and stops at /quit", async () => {
    const out = await chat("en", [
      "High-standard farmland: 300 mu added this week, 2,000 mu in total",
      "/quit",
      "never read",
    ]);
    expect(out).toContain("console chat");
    expect(out).toContain("Task: 高标准农田建设");
    expect(out).toContain("• Added: 300 亩");
    expect(out).toContain("Goodbye!");
    expect(out).not.toContain("never read");
  });

  it("keeps its demo database between runs: seeded once, and a new run's messages are new reports", async () => {
    await chat("zh-CN", ["民建村 改厕 本周新增30户", "1"]);
    const again = await chat("zh-CN", ["民建村 改厕 本周新增7户", "/task 改厕"]);
    expect(again).toContain("• 新增：7 户");
    expect(again).toContain("[1] ✅ 确认");
    // Filed reports count (confirmed or not): 30 from the first run, 7 from this one.
    expect(again).toContain("进度：37 / 1,200 户（3%）");
    expect(again).toContain("• 06-14 17:49 民建村：民建村 改厕 本周新增30户（已确认）");
  });
});
