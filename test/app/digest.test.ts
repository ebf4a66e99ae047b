import { describe, expect, it } from "vitest";
import { digestText } from "../../src/app/digest-text.ts";
import { buildDigest, confirmReport, fileReport } from "../../src/app/index.ts";
import { translate } from "../../src/i18n.ts";
import { countyPerTest, incoming } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";

const kinds = await databaseKinds();

describe.each(kinds)("a weekly digest for a seeded county, on $name", (kind) => {
  const current = countyPerTest(kind);

  it("says where each task stands, what moved this week, who was silent and what is stuck", async () => {
    const file = (text: string, at: string, id: string) =>
      fileReport(current().deps, current().reporter, incoming(text, at, "2001", id));
    await file("高标准农田 累计完成1700亩", "2024-06-05T10:00:00+08:00", "1");
    await file("高标准农田 本周新增300亩。问题：资金未到位", "2024-06-12T10:00:00+08:00", "2");
    const toilet = await file("改厕 累计完成480户。问题：资金未到位", "2024-06-13T10:00:00+08:00", "3");
    await file("改厕 本周新增30户", "2024-06-18T10:00:00+08:00", "4"); // after the digest: not counted
    // The cadre checks one of the week's two reports: the digest says the other is unchecked.
    if (toilet.kind === "filed")
      await confirmReport(current().deps, current().reporter, toilet.card.reportId);

    const snapshot = await current().deps.ledger.snapshot();
    const root = snapshot.units.find((u) => u.parentId === null)?.id as string;
    const digest = await buildDigest(current().deps, root, "weekly", new Date("2024-06-14T17:00:00+08:00"));
    const text = digestText(digest, (key, args) => translate("zh-CN", key, args));
    expect(text).toBe(
      [
        "📊 金塔县 周报（2024-06-10 至 2024-06-16）",
        "🔴 红牌 0 · 🟡 黄牌 0 · 🔵 临期 0",
        "",
        "▫️ 高标准农田建设：2,000/3,000 亩（67%），本期 +300",
        "▫️ 农村改厕：480/500 户（96%），本期 +480",
        "",
        "进展最快：农村改厕、高标准农田建设",
        "",
        "本期各单位均已报送。",
        "",
        "待协调问题（1）：",
        "• 民建村：资金未到位（2024-06-12 起，提了 2 次）",
        "",
        "ℹ️ 本期计入台账的 2 条报告中，1 条报送人还未确认（✅），以上合计已含这些数。",
        "",
        "数据截至 2024-06-14 17:00",
      ].join("\n"),
    );
  });

  it("names the units with an assignment that did not report this week", async () => {
    const snapshot = await current().deps.ledger.snapshot();
    const unitNamed = (name: string, parent: string) =>
      snapshot.units.find((u) => u.name === name && snapshot.unitName(u.parentId) === parent)?.id as string;
    await current().deps.repos.tasks.assign(
      current().tasks.toilet.id,
      unitNamed("民建村", "鼎新镇"),
      250,
      null,
    );
    await current().deps.repos.tasks.assign(
      current().tasks.toilet.id,
      unitNamed("团结村", "鼎新镇"),
      250,
      null,
    );
    current().deps.ledger.invalidate();
    await fileReport(
      current().deps,
      current().reporter,
      incoming("改厕 本周新增12户", "2024-06-12T10:00:00+08:00", "2001", "9"),
    );
    const township = unitNamed("鼎新镇", "金塔县");
    const digest = await buildDigest(
      current().deps,
      township,
      "weekly",
      new Date("2024-06-14T17:00:00+08:00"),
    );
    expect(digest.content.silentUnits).toEqual(["团结村"]);
    const text = digestText(digest, (key, args) => translate("en", key, args));
    expect(text).toContain("Not reported this period (1): 团结村");
    expect(text).toContain("📊 鼎新镇 weekly digest (2024-06-10 to 2024-06-16)");
  });

  it("shows a township or village its own share of the county's tasks", async () => {
    const { deps } = current();
    const snapshot = await deps.ledger.snapshot();
    const unitNamed = (name: string, parent: string) =>
      snapshot.units.find((u) => u.name === name && snapshot.unitName(u.parentId) === parent)?.id as string;
    const minjian = unitNamed("民建村", "鼎新镇");
    await deps.repos.tasks.assign(current().tasks.toilet.id, minjian, 250, "2024-09-30");
    await deps.repos.tasks.assign(current().tasks.toilet.id, unitNamed("团结村", "鼎新镇"), 200, null);
    await deps.repos.tasks.assign(current().tasks.toilet.id, unitNamed("团结村", "金塔镇"), 50, null);
    deps.ledger.invalidate();
    const file = (text: string, id: string) =>
      fileReport(deps, current().reporter, incoming(text, "2024-06-12T10:00:00+08:00", "2001", id));
    await file("改厕 累计完成100户", "1");
    await file("高标准农田 累计完成200亩", "2");
    const at = new Date("2024-06-14T17:00:00+08:00");

    const township = await buildDigest(deps, unitNamed("鼎新镇", "金塔县"), "weekly", at);
    expect(township.content.lines.map((l) => [l.name, l.total, l.target])).toEqual([
      ["高标准农田建设", 200, null], // the county's own task, reported on from below
      ["农村改厕", 100, 450], // 250 + 200, not the county's 500
    ]);
    const village = await buildDigest(deps, minjian, "weekly", at);
    expect(village.content.lines.find((l) => l.name === "农村改厕")).toMatchObject({
      total: 100,
      target: 250,
    });
    // Nothing reported or assigned in 金塔镇 for the farmland: it is not its line to answer for.
    const other = await buildDigest(deps, unitNamed("金塔镇", "金塔县"), "weekly", at);
    expect(other.content.lines.map((l) => [l.name, l.total, l.target])).toEqual([["农村改厕", 0, 50]]);
  });

  it("masks a phone number in a problem it lists", async () => {
    await fileReport(
      current().deps,
      current().reporter,
      incoming("改厕 新增3户。问题：资金未到位，联系13912345678", "2024-06-12T10:00:00+08:00", "2001", "1"),
    );
    const snapshot = await current().deps.ledger.snapshot();
    const root = snapshot.units.find((u) => u.parentId === null)?.id as string;
    const digest = await buildDigest(current().deps, root, "weekly", new Date("2024-06-14T17:00:00+08:00"));
    expect(digest.content.problems.map((p) => p.text)).toEqual(["资金未到位，联系139****5678"]);
  });

  it("monthly and quarterly: the whole period, and the totals that do not add up", async () => {
    const file = (text: string, at: string, id: string) =>
      fileReport(current().deps, current().reporter, incoming(text, at, "2001", id));
    await file("高标准农田 累计完成1200亩", "2024-05-20T10:00:00+08:00", "1");
    await file("高标准农田 累计完成1700亩", "2024-06-05T10:00:00+08:00", "2");
    // 1700 + 300 is 2000, not 1900: kept as stated, and flagged.
    await file("高标准农田 本周新增300亩，累计1900亩", "2024-06-12T10:00:00+08:00", "3");
    const snapshot = await current().deps.ledger.snapshot();
    const root = snapshot.units.find((u) => u.parentId === null)?.id as string;
    const at = new Date("2024-06-28T17:00:00+08:00");

    const monthly = await buildDigest(current().deps, root, "monthly", at);
    expect(digestText(monthly, (key, args) => translate("zh-CN", key, args))).toBe(
      [
        "📊 金塔县 月度调度（2024-06-01 至 2024-06-30）",
        "🔴 红牌 0 · 🟡 黄牌 1 · 🔵 临期 0",
        "",
        "🟡 农村改厕：0/500 户（0%），本期 +0",
        "▫️ 高标准农田建设：1,900/3,000 亩（63%），本期 +700",
        "",
        "进展最快：高标准农田建设",
        "滞后：农村改厕",
        "",
        "本期各单位均已报送。",
        "",
        "⚠️ 前后数字对不上，请核对（1）：",
        "• 民建村 高标准农田建设：报累计 1,900，按上次累计加本次新增应为 2,000 亩（2024-06-12）",
        "",
        "ℹ️ 本期计入台账的 2 条报告中，2 条报送人还未确认（✅），以上合计已含这些数。",
        "",
        "数据截至 2024-06-28 17:00",
      ].join("\n"),
    );

    const quarterly = await buildDigest(current().deps, root, "quarterly", at);
    expect(digestText(quarterly, (key, args) => translate("en", key, args))).toBe(
      [
        "📊 金塔县 quarterly notice (2024-04-01 to 2024-06-30)",
        "🔴 red 0 · 🟡 yellow 1 · 🔵 due soon 0",
        "",
        "🟡 农村改厕: 0/500 户 (0%), +0 this period",
        "▫️ 高标准农田建设: 1,900/3,000 亩 (63%), +1,900 this period",
        "",
        "Moving fastest: 高标准农田建设",
        "Lagging: 农村改厕",
        "",
        "Every unit reported this period.",
        "",
        "⚠️ Figures that do not add up, to check (1):",
        "• 民建村 高标准农田建设: total reported 1,900, but the previous total plus the increment makes 2,000 亩 (2024-06-12)",
        "",
        "ℹ️ Of the 3 reports counted this period, 3 have not been checked (✅) by their senders; the totals above include them.",
        "",
        "Figures as of 2024-06-28 17:00",
      ].join("\n"),
    );
  });
});
