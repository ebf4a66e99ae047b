import { describe, expect, it } from "vitest";
import { answerQuery } from "../../src/app/answer-query.ts";
import {
  type Answer,
  answerCommand,
  answerQuestion,
  fileReport,
  keepAnswer,
  turnPage,
} from "../../src/app/index.ts";
import { countyPerTest, incoming, member } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";

const kinds = await databaseKinds();

function expectKind<K extends Answer["kind"]>(answer: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(answer.kind).toBe(kind);
  return answer as Extract<Answer, { kind: K }>;
}

describe.each(kinds)("answers from the ledger, on $name", (kind) => {
  const current = countyPerTest(kind);

  /** 改厕 split: 250 households each for the two villages of 鼎新镇, 100 for 金塔镇's 团结村. */
  async function splitToilets() {
    const { deps, tasks } = current();
    const snapshot = await deps.ledger.snapshot();
    const unit = (name: string, parent: string) =>
      snapshot.units.find((u) => u.name === name && snapshot.unitName(u.parentId) === parent)?.id as string;
    await deps.repos.tasks.assign(tasks.toilet.id, unit("民建村", "鼎新镇"), 250, null);
    await deps.repos.tasks.assign(tasks.toilet.id, unit("团结村", "鼎新镇"), 250, null);
    await deps.repos.tasks.assign(tasks.toilet.id, unit("团结村", "金塔镇"), 100, null);
    deps.ledger.invalidate();
  }

  it("gives a task per unit below the asker, the laggards first, with this week's change", async () => {
    await splitToilets();
    const { deps, admin, reporter } = current();
    await fileReport(
      deps,
      reporter,
      incoming("改厕 累计完成180户", "2024-06-05T10:00:00+08:00", "2001", "a1"),
    );
    await fileReport(
      deps,
      reporter,
      incoming("改厕 本周新增20户", "2024-06-12T10:00:00+08:00", "2001", "a2"),
    );
    const task = expectKind(await answerCommand(deps, admin, "status", "改厕"), "task");
    expect(task.task).toMatchObject({ name: "农村改厕", total: 200, target: 500, change: 20 });
    expect(task.units).toEqual([
      { unitName: "金塔镇", total: 0, target: 100, percent: 0 },
      { unitName: "鼎新镇", total: 200, target: 500, percent: 40 },
    ]);
    expect(task.recent.map((r) => r.text)).toEqual(["改厕 本周新增20户", "改厕 累计完成180户"]);
    expect(task.asOf).toEqual(new Date("2024-06-14T17:49:00+08:00"));
  });

  it("ranks the villages of the whole county by one task, slowest first", async () => {
    await splitToilets();
    const { deps, admin, reporter } = current();
    await fileReport(
      deps,
      reporter,
      incoming("改厕 累计完成200户", "2024-06-12T10:00:00+08:00", "2001", "b1"),
    );
    const rank = expectKind(await answerQuestion(deps, admin, "改厕哪个村最慢？"), "rank");
    expect(rank).toMatchObject({ order: "slowest", level: "village", taskName: "农村改厕" });
    expect(rank.rows).toEqual([
      { unitName: "团结村", percent: 0 },
      { unitName: "团结村", percent: 0 },
      { unitName: "民建村", percent: 80 },
    ]);
  });

  it("reads 'this week' on a Monday as the week that has just begun", async () => {
    const { deps, admin, reporter } = current();
    await fileReport(
      deps,
      reporter,
      incoming("改厕 本周新增10户", "2024-06-17T08:00:00+08:00", "2001", "c1"),
    );
    const snapshot = await deps.ledger.snapshot();
    const county = snapshot.units.find((u) => u.parentId === null)?.id as string;
    const monday = new Date("2024-06-17T09:00:00+08:00");
    const query = {
      intent: "task_status",
      unitId: county,
      taskId: current().tasks.toilet.id,
      at: monday,
    } as const;
    const task = expectKind(await answerQuery(deps, admin, query), "task");
    expect(task.task.change).toBe(10);
    expect(task.asOf).toEqual(monday);
  });

  it("keeps a village cadre's answers within the village", async () => {
    const { deps, reporter } = current();
    expect(await answerCommand(deps, reporter, "status", "金塔镇")).toEqual({
      kind: "unknown-unit",
      unit: "金塔镇",
    });
    const silent = expectKind(await answerCommand(deps, reporter, "silent", ""), "silent");
    expect(silent.unitName).toBe("民建村");
    const rank = expectKind(await answerCommand(deps, reporter, "rank", ""), "rank");
    expect(rank.rows).toEqual([]);
  });

  it("turns a kept answer's page for its asker or an admin above, and no one else", async () => {
    const { deps, admin, reporter } = current();
    const leader = await member(deps, admin, "2002", "鼎新镇", "leader");
    const outsider = await member(deps, admin, "2003", "金塔镇", "reporter");
    const asked = await answerCommand(deps, leader, "silent", "");
    if (!("query" in asked)) throw new Error(`not from the ledger: ${asked.kind}`);
    const asker = { personId: leader.personId, platform: "telegram", externalId: "2002" };
    const id = await keepAnswer(deps, { asker, locale: "en", query: asked.query });
    expect(await turnPage(deps, id, leader)).toMatchObject({ ok: true, locale: "en" });
    expect(await turnPage(deps, id, admin)).toMatchObject({ ok: true, answer: { unitName: "鼎新镇" } });
    expect(await turnPage(deps, id, reporter)).toEqual({ ok: false, reason: "forbidden" });
    expect(await turnPage(deps, id, outsider)).toEqual({ ok: false, reason: "forbidden" });
    expect(await turnPage(deps, "nosuchid", leader)).toEqual({ ok: false, reason: "expired" });
  });
});
