import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsoleChat } from "../../src/channels/console.ts";
import { loadTaskIndex } from "../support/corpus.ts";

async function chat(locale: "zh-CN" | "en", lines: string[]): Promise<string> {
  const input = PassThrough.from(lines.map((l) => `${l}\n`));
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk) => {
    text += chunk.toString();
  });
  await runConsoleChat({
    tasks: loadTaskIndex("tasks.json"),
    locale,
    now: () => new Date("2024-06-14T17:49:00+08:00"),
    input,
    output,
  });
  return text;
}

describe("the console chat", () => {
  it("shows a cadre what it understood, in Chinese", async () => {
    const out = await chat("zh-CN", [
      "民建村 高标准农田 本周新增300亩，累计2000亩/计划3000亩。问题：资金未到位",
    ]);
    expect(out).toContain("未设置 BOT_TOKEN");
    expect(out).toContain("任务：高标准农田");
    expect(out).toContain("地点：民建村");
    expect(out).toContain("• 新增：300 亩");
    expect(out).toContain("• 累计：2,000 亩");
    expect(out).toContain("• 目标：3,000 亩");
    expect(out).toContain("问题：资金未到位");
  });

  it("answers what it cannot read with a hint and an example, never silence", async () => {
    const out = await chat("zh-CN", ["大家中午好"]);
    expect(out).toContain("没看懂");
    expect(out).toContain("例如：民建村");
  });

  it("speaks English to an English speaker, and stops at /quit", async () => {
    const out = await chat("en", ["Jinta County farmland: 300 mu added this week", "/quit", "never read"]);
    expect(out).toContain("Task: farmland");
    expect(out).toContain("• Added: 300 亩");
    expect(out).toContain("Goodbye!");
    expect(out).not.toContain("never read");
  });
});
