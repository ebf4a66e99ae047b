import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, CADRE, type Harness, replyIn, startHarness } from "./harness.ts";
import { assignedVillages, overdueTask, sentAt } from "./question-helpers.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await overdueTask(h);
  await assignedVillages(h, "金塔镇", ["红柳村"], "高标准农田建设");
  h.emulator.sendText(
    CADRE.id,
    CADRE,
    "民建村 改厕 本周新增30户。问题：资金未到位",
    sentAt("2024-06-12T10:00:00+08:00"),
  );
  await replyIn(h, CADRE.id, /农村改厕/);
});
afterEach(async () => {
  await h.close();
});

async function say(text: string, from = ADMIN) {
  h.emulator.sendText(from.id, from, text);
  return (await replyIn(h, from.id)).text ?? "";
}

describe("the question commands", () => {
  it("answer in Chinese from the ledger, each saying when its figures stand", async () => {
    const answers = {
      status: await say("/status"),
      task: await say("/status 改厕"),
      unit: await say("/status 金塔镇"),
      history: await say("/task 改厕"),
      silent: await say("/silent"),
      overdue: await say("/overdue"),
      issues: await say("/issues"),
      rank: await say("/rank"),
      rankTask: await say("/rank 改厕 最慢"),
    };
    expect(answers.status).toContain("金塔县 各项任务");
    expect(answers.status).toContain("🔴 退耕还林：0/100 亩（0%），本期 +0");
    expect(answers.status).toContain("最近一次报送：2024-06-12");
    expect(answers.task).toContain("农村改厕（金塔县）");
    expect(answers.task).toContain("进度：30 / 1,200 户（3%）");
    expect(answers.task).toContain("本周 +30 户");
    expect(answers.task).toContain("• 金塔镇：30 户");
    expect(answers.unit).toContain("金塔镇 各项任务");
    expect(answers.history).toBe(answers.task);
    expect(answers.silent).toContain("金塔县 本周未报送的单位（1）：\n• 红柳村");
    expect(answers.overdue).toContain("金塔县 逾期未完成的任务（1）：");
    expect(answers.overdue).toContain("🔴 退耕还林：0/100 亩（0%），2024-05-31 到期，还差 100 亩");
    expect(answers.issues).toContain("金塔县 本期待协调问题（1）：");
    expect(answers.issues).toContain("• 民建村：资金未到位（2024-06-12 起，提了 1 次）");
    expect(answers.rank).toContain("金塔县 下属单位进度（由快到慢）：");
    expect(answers.rankTask).toContain("金塔县 下属单位进度（由慢到快）：\n任务：农村改厕");
    for (const answer of Object.values(answers)) expect(answer).toContain("数据截至 2024-06-14 17:49");
  });

  it("list a unit's share past its own deadline under /overdue, while its task still has time", async () => {
    const task = (await h.deps.ledger.snapshot()).tasks.find((t) => t.name === "农村改厕");
    const parentId = (await h.deps.ledger.snapshot()).units.find((u) => u.name === "金塔镇")?.id ?? null;
    const village = await h.deps.repos.units.create({ parentId, name: "红星村", kind: "village" });
    await h.deps.repos.tasks.assign(task?.id ?? "", village.id, 10, "2024-05-31");
    h.deps.ledger.invalidate();
    const overdue = await say("/overdue");
    expect(overdue).toContain("金塔县 逾期未完成的任务（2）：");
    expect(overdue).toContain("🔴 退耕还林：0/100 亩（0%），2024-05-31 到期，还差 100 亩");
    expect(overdue).toContain("🔴 农村改厕 · 红星村：0/10 户（0%），2024-05-31 到期，还差 10 户");
    expect(overdue).not.toContain("🔴 农村改厕：");
    // Asked about the township, the same share; asked about the village, its own line only.
    expect(await say("/overdue 金塔镇")).toContain("🔴 农村改厕 · 红星村");
    // Its own line, judged and dated by its share's deadline, not the task's (2024-12-31).
    const own = await say("/overdue 红星村");
    expect(own).toContain("🔴 农村改厕：0/10 户（0%），2024-05-31 到期，还差 10 户");
    expect(own).not.toContain(" · 红星村");
  });

  it("answer in English to someone who reads English", async () => {
    await say("/lang en");
    expect(await say("/status")).toContain("金塔县: all tasks");
    const task = await say("/status 改厕");
    expect(task).toContain("农村改厕 (金塔县)");
    expect(task).toContain("Progress: 30 / 1,200 户 (3%)");
    expect(task).toContain("This week +30 户");
    expect(await say("/task 改厕")).toBe(task);
    expect(await say("/silent")).toContain("金塔县: units that have not reported this week (1):\n• 红柳村");
    expect(await say("/overdue")).toContain("🔴 退耕还林: 0/100 亩 (0%), due 2024-05-31, 100 亩 short");
    expect(await say("/issues")).toContain("金塔县: problems to resolve this period (1):");
    expect(await say("/rank")).toContain("Units under 金塔县, fastest first:");
    expect(await say("/rank 改厕")).toContain("Task: 农村改厕");
    expect(await say("/status 茶叶")).toBe(
      'Nothing called "茶叶": no task in the ledger and no unit within yours has that name.',
    );
    expect(await say("/status")).toContain("Figures as of 2024-06-14 17:49");
  });

  it("say so when the argument names nothing known, and keep /task add working", async () => {
    expect(await say("/task 茶叶")).toBe("没有找到任务「茶叶」。");
    expect(await say("/status 茶叶")).toBe(
      "没有找到「茶叶」：台账里没有这个任务，您的单位范围内也没有这个单位。",
    );
    expect(await say("/task")).toContain("用法：/task 任务名称");
    expect(await say("/task add")).toContain("任务叫什么");
  });

  it("are in the command menu, in both languages", async () => {
    await h.emulator.waitFor((c) => c.method === "setMyCommands" && c.params.language_code === "en", 2000, {
      since: 0,
    });
    const zh = h.emulator.commands();
    const en = h.emulator.commands({ type: "default" }, "en");
    for (const command of ["status", "task", "silent", "overdue", "issues", "rank"]) {
      expect(zh.map((c) => c.command)).toContain(command);
      expect(en.map((c) => c.command)).toContain(command);
    }
    expect(zh.find((c) => c.command === "overdue")?.description).toBe("逾期未完成的任务");
    expect(en.find((c) => c.command === "overdue")?.description).toBe("Overdue tasks");
  });
});
