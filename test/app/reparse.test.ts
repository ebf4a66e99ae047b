import { describe, expect, it } from "vitest";
import {
  addTask,
  choosePlace,
  chooseTask,
  confirmReport,
  fileReport,
  totalsAsOf,
} from "../../src/app/index.ts";
import { reparseReports } from "../../src/app/reparse.ts";
import { countyPerTest, incoming } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";

const kinds = await databaseKinds();

async function filedId(county: ReturnType<ReturnType<typeof countyPerTest>>, text: string, sentAt?: string) {
  const outcome = await fileReport(county.deps, county.reporter, incoming(text, sentAt));
  if (outcome.kind !== "filed") throw new Error("not filed");
  return outcome.card.reportId;
}

describe.each(kinds)("reparse on $name", (kind) => {
  const current = countyPerTest(kind);

  /** Reports on 农房改造 wait as pending until the ledger has that task; then reparse files them. */
  async function housingTaskAdded() {
    const { deps, admin } = current();
    const added = await addTask(deps, admin, {
      ownerUnitName: "金塔县",
      name: "农房改造",
      aliases: ["危房改造"],
      measure: "户",
      target: 120,
      deadline: "2024-11-30",
    });
    if (!added.ok) throw new Error("task not added");
    return added.task;
  }

  it("shows what the current ledger and parser would file differently, and writes nothing", async () => {
    const { deps } = current();
    const pendingId = await filedId(current(), "农房改造 本周完成5户，累计30户", "2024-06-12T10:00:00+08:00");
    await filedId(current(), "高标准农田 本周新增300亩", "2024-06-12T11:00:00+08:00");
    expect((await deps.repos.reports.byId(pendingId))?.state).toBe("pending");
    await housingTaskAdded();

    const dry = await reparseReports(deps, { apply: false });
    expect(dry.read).toBe(2);
    expect(dry.unchanged).toBe(1);
    expect(dry.changes).toHaveLength(1);
    expect(dry.changes[0]).toMatchObject({
      reportId: pendingId,
      before: { state: "pending", taskName: null, unitName: "民建村" },
      after: { state: "filed", taskName: "农房改造", unitName: "民建村", figures: "+5 户, =30 户" },
    });
    expect(dry.applied).toBe(false);
    expect((await deps.repos.reports.byId(pendingId))?.state).toBe("pending");
  });

  it("with apply, files the reports, counts them in the ledger and records why in the audit trail", async () => {
    const { deps } = current();
    const pendingId = await filedId(current(), "农房改造 本周完成5户，累计30户", "2024-06-12T10:00:00+08:00");
    const task = await housingTaskAdded();

    const applied = await reparseReports(deps, { apply: true });
    expect(applied.changes.map((c) => c.reportId)).toEqual([pendingId]);
    const report = await deps.repos.reports.byId(pendingId);
    expect(report).toMatchObject({ state: "filed", taskId: task.id, runningTotal: 30 });
    const totals = await totalsAsOf(deps, new Date("2024-06-14T18:00:00+08:00"));
    expect(totals.find((t) => t.taskId === task.id)?.total).toBe(30);
    expect((await deps.repos.audit.forEntity("report", pendingId)).map((a) => a.action)).toContain("reparse");

    const again = await reparseReports(deps, { apply: true });
    expect(again.changes).toHaveLength(0);
    expect(again.unchanged).toBe(1);
  });

  it("leaves what a person decided: checked reports, hand-chosen tasks and places", async () => {
    const { deps, reporter, admin, tasks } = current();
    const checkedId = await filedId(current(), "高标准农田 本周新增300亩");
    await confirmReport(deps, reporter, checkedId);
    const chosenId = await filedId(current(), "农房改造 完成8户");
    await chooseTask(deps, reporter, chosenId, tasks.toilet.id);
    // Two 团结村 in the county: the admin picks one; with no task yet the report stays pending.
    const placed = await fileReport(deps, admin, incoming("团结村 农房改造 完成3户", undefined, "1001"));
    if (placed.kind !== "filed") throw new Error("not filed");
    const dingxin = (await deps.ledger.snapshot()).units.find((u) => u.name === "鼎新镇");
    const tuanjie = (await deps.ledger.snapshot()).units.find(
      (u) => u.name === "团结村" && u.parentId === dingxin?.id,
    );
    await choosePlace(deps, admin, placed.card.reportId, tuanjie?.id as string);
    await housingTaskAdded();

    const result = await reparseReports(deps, { apply: true });
    expect(result.read).toBe(1);
    expect(result.keptByHand).toBe(1);
    expect(result.changes).toHaveLength(0);
    expect((await deps.repos.reports.byId(chosenId))?.taskId).toBe(tasks.toilet.id);
    expect((await deps.repos.reports.byId(checkedId))?.state).toBe("confirmed");
    expect((await deps.repos.reports.byId(placed.card.reportId))?.unitId).toBe(tuanjie?.id);
  });

  it("reads only the days asked for", async () => {
    const { deps } = current();
    await filedId(current(), "农房改造 完成5户", "2024-06-10T10:00:00+08:00");
    const laterId = await filedId(current(), "农房改造 完成6户", "2024-06-13T10:00:00+08:00");
    await housingTaskAdded();
    const result = await reparseReports(deps, {
      from: new Date("2024-06-12T00:00:00+08:00"),
      to: new Date("2024-06-14T00:00:00+08:00"),
      apply: false,
    });
    expect(result.read).toBe(1);
    expect(result.changes.map((c) => c.reportId)).toEqual([laterId]);
  });
});
