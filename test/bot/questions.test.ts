import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, CADRE, type Harness, replyIn, startHarness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function ask(text: string, from = ADMIN) {
  h.emulator.sendText(from.id, from, text);
  return (await replyIn(h, from.id)).text;
}

describe("questions in plain words", () => {
  it("answers a task's progress, never filing the question as a report", async () => {
    const answer = await ask("改厕进度？");
    expect(answer).toContain("农村改厕");
    expect(answer).not.toContain("我理解的是");
    const reports = await h.deps.repos.reports.forTask((await h.deps.ledger.snapshot()).tasks[0]?.id ?? "");
    expect(reports).toHaveLength(0);
  });

  it("says who has not reported this week, and what is overdue, in either language", async () => {
    expect(await ask("哪些村本周没报？")).toMatch(/本周未报送的单位|本周各单位均已报送/);
    expect(await ask("what is overdue?")).toMatch(
      /Nothing is overdue|Overdue and not done|目前没有逾期|逾期未完成/,
    );
    expect(await ask("现在有什么问题需要协调")).toMatch(/待协调问题|没有提出待协调的问题/);
  });

  it("files a question that carries figures as the report it is", async () => {
    const answer = await ask("民建村改厕完成了吗？已完成45户，还差5户", CADRE);
    expect(answer).toContain("我理解的是");
    expect(answer).toContain("• 累计：45 户");
  });
});
