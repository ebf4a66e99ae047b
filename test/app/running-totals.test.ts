import { describe, expect, it } from "vitest";
import { changeQuantity, chooseTask, fileReport, totalsAsOf, withdrawReport } from "../../src/app/index.ts";
import { countyPerTest, incoming } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";

const kinds = await databaseKinds();

describe.each(kinds)("running totals kept with each report, on $name", (kind) => {
  const current = countyPerTest(kind);
  const file = async (text: string, at: string, id: string) => {
    const outcome = await fileReport(current().deps, current().reporter, incoming(text, at, "c", id));
    if (outcome.kind !== "filed") throw new Error("not filed");
    return outcome.card.reportId;
  };
  const totalOf = async (taskId: string, at = "2024-06-30T00:00:00+08:00") =>
    (await totalsAsOf(current().deps, new Date(at))).find((f) => f.taskId === taskId)?.total ?? null;

  it("marks a cumulative that does not follow, with what the figures before it implied", async () => {
    await file("高标准农田 累计完成1000亩", "2024-06-03T10:00:00+08:00", "1");
    const wrong = await file("高标准农田 本周新增300亩，累计1200亩", "2024-06-07T10:00:00+08:00", "3");
    const report = await current().deps.repos.reports.byId(wrong);
    expect(report).toMatchObject({ runningTotal: 1200, inconsistency: "mismatch", expectedTotal: 1300 });
    const lower = await file("高标准农田 累计完成900亩", "2024-06-08T10:00:00+08:00", "4");
    expect(await current().deps.repos.reports.byId(lower)).toMatchObject({
      inconsistency: "decrease",
      expectedTotal: 1200,
    });
  });

  it("takes the first figure after reports without figures as the first total, not as a change from 0", async () => {
    const { toilet } = current().tasks;
    await file("改厕 问题：资金未到位", "2024-06-03T10:00:00+08:00", "1");
    const first = await file("改厕 本周新增3户，累计40户", "2024-06-05T10:00:00+08:00", "2");
    expect(await current().deps.repos.reports.byId(first)).toMatchObject({
      runningTotal: 40,
      inconsistency: null,
    });
    await file("改厕 本周新增2户", "2024-06-06T10:00:00+08:00", "3");
    expect(await totalOf(toilet.id)).toBe(42);
  });

  it("follows a report moved to another task, a corrected figure and a withdrawal", async () => {
    const { farmland, toilet } = current().tasks;
    await file("高标准农田 本周新增300亩", "2024-06-03T10:00:00+08:00", "1");
    const second = await file("高标准农田 本周新增20亩", "2024-06-04T10:00:00+08:00", "2");
    expect(await totalOf(farmland.id)).toBe(320);

    const report = await current().deps.repos.reports.byId(second);
    const moved = await chooseTask(current().deps, current().reporter, second, toilet.id);
    expect(moved.ok).toBe(true);
    expect(await totalOf(farmland.id)).toBe(300);
    expect(report?.quantities[0]?.unit).toBe("亩");
    // 20 亩 do not count toward a task counted in 户: the toilet task has a report but no figure.
    expect(await totalOf(toilet.id)).toBe(0);

    const first = (await current().deps.repos.reports.forTask(farmland.id))[0];
    if (!first) throw new Error("no report");
    await changeQuantity(current().deps, current().reporter, first.id, 0, { value: 400 });
    expect(await totalOf(farmland.id)).toBe(400);
    await file("高标准农田 本周新增5亩", "2024-06-05T10:00:00+08:00", "3");
    expect(await totalOf(farmland.id)).toBe(405);
    await withdrawReport(current().deps, current().reporter, first.id);
    expect(await totalOf(farmland.id)).toBe(5);
  });

  it("puts a late report in its place in time, and reports of the same second in the ledger's order", async () => {
    const { farmland } = current().tasks;
    await file("高标准农田 累计完成1000亩", "2024-06-10T10:00:00+08:00", "1");
    await file("高标准农田 本周新增50亩", "2024-06-12T10:00:00+08:00", "2");
    // Sent before the cumulative, arriving after it: inside the 1000 already.
    await file("高标准农田 本周新增70亩", "2024-06-09T10:00:00+08:00", "3");
    expect(await totalOf(farmland.id)).toBe(1050);
    expect(await totalOf(farmland.id, "2024-06-09T12:00:00+08:00")).toBe(70);
    await file("高标准农田 本周新增1亩", "2024-06-12T10:00:00+08:00", "4");
    await file("高标准农田 累计完成2000亩", "2024-06-12T10:00:00+08:00", "5");
    const reports = await current().deps.repos.reports.forTask(farmland.id);
    const last = [...reports].sort((a, b) => +a.sentAt - +b.sentAt || (a.id < b.id ? -1 : 1)).at(-1);
    expect(await totalOf(farmland.id)).toBe(last?.runningTotal);
  });

  it("files reports of one second one after another as a full recompute would", async () => {
    const { farmland } = current().tasks;
    const second = "2024-06-12T10:00:00+08:00";
    const texts = [
      "累计完成1000亩",
      "本周新增50亩",
      "本周新增20亩，累计1070亩",
      "本周新增5亩",
      "累计完成1100亩",
      "本周新增7亩",
    ];
    for (const [i, text] of texts.entries()) await file(`高标准农田 ${text}`, second, `s${i}`);
    const filed = await current().deps.repos.reports.forTask(farmland.id);
    const asFiled = new Map(filed.map((r) => [r.id, [r.runningTotal, r.inconsistency]]));
    expect(await totalOf(farmland.id)).toBe(1107);
    // The whole history again, from scratch: the same figures for every report.
    await current().deps.repos.reports.resettleTask(farmland.id);
    const recomputed = await current().deps.repos.reports.forTask(farmland.id);
    expect(new Map(recomputed.map((r) => [r.id, [r.runningTotal, r.inconsistency]]))).toEqual(asFiled);
  });

  it("settles reports stored before running totals existed, once, at start", async () => {
    const { farmland } = current().tasks;
    await file("高标准农田 累计完成1000亩", "2024-06-03T10:00:00+08:00", "1");
    await file("高标准农田 本周新增300亩", "2024-06-05T10:00:00+08:00", "2");
    await current().db.prisma.report.updateMany({
      data: { runningTotal: null, runningSeq: null, inconsistency: null, expectedTotal: null },
    });
    expect(await totalOf(farmland.id)).toBeNull();
    expect(await current().deps.repos.reports.settleUnsettled()).toBe(1);
    expect(await totalOf(farmland.id)).toBe(1300);
    expect(await current().deps.repos.reports.settleUnsettled()).toBe(0);
  });
});
