import { describe, expect, it } from "vitest";
import { computeProgress } from "../../../src/domain/ledger/index.ts";
import { added, bare, filed, planned, sent, soFar } from "./reports.ts";

/** 民建镇's share of the county's 高标准农田建设: 3000 亩 this year. */
const farmland = (...reports: Parameters<typeof filed>[]) =>
  computeProgress({ unit: "亩", reports: reports.map((r) => filed(...r)) });

describe("an assignment's total, from its reports in time order", () => {
  it("starts with nothing reported", () => {
    expect(computeProgress({ unit: "亩", reports: [] })).toEqual({
      total: null,
      lastReportAt: null,
      countedReportIds: [],
      ignoredQuantities: [],
      inconsistencies: [],
      proposedTarget: null,
      includesUnchecked: false,
      runningTotals: [],
    });
  });

  it("keeps the total just after each counted report, so a database can read the total at any instant", () => {
    const p = farmland(
      ["r1", "03-08", [added(300, "亩")]],
      ["r2", "03-09", []], // problems only: the total stands
      ["r3", "04-12", [soFar(1200, "亩"), added(100, "亩")]], // 1200 ≠ 300 + 100
      ["r4", "04-19", [added(200, "亩")]],
    );
    expect(p.runningTotals.map((r) => [r.reportId, r.total, r.inconsistency?.kind ?? null])).toEqual([
      ["r1", 300, null],
      ["r2", 300, null],
      ["r3", 1200, "mismatch"],
      ["r4", 1400, null],
    ]);
    expect(p.runningTotals.at(-1)?.total).toBe(p.total);
  });

  it("has no running total before the first figure, and none for reports that do not count", () => {
    const p = computeProgress({
      unit: "亩",
      reports: [filed("r1", "03-08", []), { ...filed("r2", "03-09", [added(5, "亩")]), counts: false }],
    });
    expect(p.runningTotals).toEqual([{ reportId: "r1", total: null, inconsistency: null }]);
  });

  it("adds increments: 新增300亩, then 新增450亩", () => {
    const p = farmland(["r1", "03-08", [added(300, "亩")]], ["r2", "03-15", [added(450, "亩")]]);
    expect(p.total).toBe(750);
    expect(p.countedReportIds).toEqual(["r1", "r2"]);
    expect(p.lastReportAt).toEqual(sent("03-15"));
  });

  it("lets the latest cumulative set the total, and adds the increments after it", () => {
    const p = farmland(
      ["r1", "03-08", [added(300, "亩")]],
      ["r2", "04-12", [soFar(1200, "亩")]], // 累计完成1200亩
      ["r3", "04-19", [added(200, "亩")]],
      ["r4", "04-26", [added(150, "亩")]],
    );
    expect(p.total).toBe(1550);
    expect(p.inconsistencies).toEqual([]);
  });

  it("takes 本周新增3户，累计40户 as a total of 40 with the 3 inside it", () => {
    const p = computeProgress({
      unit: "户",
      reports: [
        filed("r1", "05-10", [soFar(37, "户")]),
        filed("r2", "05-17", [added(3, "户"), soFar(40, "户")]),
      ],
    });
    expect(p.total).toBe(40);
    expect(p.inconsistencies).toEqual([]);
  });

  it("sorts by sentAt, not by the order the reports arrive in", () => {
    const p = farmland(["r2", "04-19", [added(200, "亩")]], ["r1", "04-12", [soFar(1200, "亩")]]);
    expect(p.total).toBe(1400);
    expect(p.countedReportIds).toEqual(["r1", "r2"]);
  });

  it("orders reports sent in the same second by id, so every run agrees", () => {
    const p = farmland(["b", "04-12 10:00", [soFar(900, "亩")]], ["a", "04-12 10:00", [soFar(800, "亩")]]);
    expect(p.countedReportIds).toEqual(["a", "b"]);
    expect(p.total).toBe(900);
  });

  it("slots a late report into its place in time", () => {
    // 民建村 filed 新增200亩 for 19 April only on 3 May, after the township's 累计1500亩 of 26 April:
    // the cumulative already includes it, so the late increment does not add on top.
    const onTime = farmland(["r1", "04-12", [soFar(1200, "亩")]], ["r3", "04-26", [soFar(1500, "亩")]]);
    const withLate = farmland(
      ["r1", "04-12", [soFar(1200, "亩")]],
      ["r3", "04-26", [soFar(1500, "亩")]],
      ["late", "04-19", [added(200, "亩")]],
    );
    expect(onTime.total).toBe(1500);
    expect(withLate.total).toBe(1500);
    expect(withLate.countedReportIds).toEqual(["r1", "late", "r3"]);
    expect(withLate.lastReportAt).toEqual(sent("04-26"));
  });

  it("drops a withdrawn report (↩️) as if it had never been sent", () => {
    const p = farmland(
      ["r1", "04-12", [soFar(1200, "亩")]],
      ["oops", "04-19", [added(2000, "亩")], { counts: false }],
      ["r3", "04-26", [added(100, "亩")]],
    );
    expect(p.total).toBe(1300);
    expect(p.countedReportIds).toEqual(["r1", "r3"]);
  });

  it("leaves a pending report out until its sender fixes it", () => {
    const p = farmland(["pending", "04-12", [soFar(1200, "亩")], { counts: false }]);
    expect(p.total).toBeNull();
    expect(p.lastReportAt).toBeNull();
  });

  it("ends a withdrawn cumulative's reign: the one before it counts again", () => {
    const p = farmland(
      ["r1", "04-12", [soFar(1200, "亩")]],
      ["typo", "04-19", [soFar(12000, "亩")], { counts: false }],
      ["r3", "04-26", [added(100, "亩")]],
    );
    expect(p.total).toBe(1300);
  });
});

describe("units of measure", () => {
  it("converts 公顷 to 亩 at 15 亩 a hectare", () => {
    const p = farmland(["r1", "04-12", [added(20, "公顷")]], ["r2", "04-19", [added(2.3, "公顷")]]);
    expect(p.total).toBe(334.5);
  });

  it("converts 千米 to 公里 and 万元 to 元", () => {
    const road = computeProgress({ unit: "公里", reports: [filed("r1", "04-12", [added(3.6, "千米")])] });
    const money = computeProgress({ unit: "元", reports: [filed("r1", "04-12", [soFar(2.3, "万元")])] });
    expect(road.total).toBe(3.6);
    expect(money.total).toBe(23_000);
  });

  it("reads 元 into a ledger that counts in 万元", () => {
    const p = computeProgress({ unit: "万元", reports: [filed("r1", "04-12", [soFar(186_000, "元")])] });
    expect(p.total).toBe(18.6);
  });

  it("keeps a quantity in another unit on the report, shown and not summed", () => {
    // 新增300亩，带动村民务工50人
    const p = farmland(["r1", "04-12", [added(300, "亩"), bare(50, "人")]]);
    expect(p.total).toBe(300);
    expect(p.ignoredQuantities).toEqual([
      { reportId: "r1", value: 50, unit: "人", kind: "unspecified", reason: "unit" },
    ]);
  });

  it("does not count a report whose only figure is in another unit", () => {
    const p = farmland(["r1", "04-12", [added(12, "人")]]);
    expect(p.total).toBeNull();
    expect(p.countedReportIds).toEqual([]);
    // It is still a report for the assignment: the unit is at work.
    expect(p.lastReportAt).toEqual(sent("04-12"));
  });

  it("shows a bare figure without a cue but does not guess whether it is new or a total", () => {
    const p = farmland(["r1", "04-12", [soFar(1200, "亩")]], ["r2", "04-19", [bare(300, "亩")]]);
    expect(p.total).toBe(1200);
    expect(p.ignoredQuantities).toEqual([
      { reportId: "r2", value: 300, unit: "亩", kind: "unspecified", reason: "unspecified" },
    ]);
  });

  it("takes the whole, not its part: 新增就业50人，其中脱贫劳动力30人", () => {
    const p = computeProgress({
      unit: "人",
      reports: [filed("r1", "04-12", [added(50, "人"), added(30, "人")])],
    });
    expect(p.total).toBe(50);
    expect(p.ignoredQuantities).toEqual([
      { reportId: "r1", value: 30, unit: "人", kind: "increment", reason: "part" },
    ]);
  });
});

describe("inconsistencies are kept and flagged, never smoothed over", () => {
  it("flags a cumulative that is not the previous total plus the report's increment", () => {
    // 37 before; 本周新增3户，累计45户: the sender's 45 stands, and they are asked about it.
    const p = computeProgress({
      unit: "户",
      reports: [
        filed("r1", "05-10", [soFar(37, "户")]),
        filed("r2", "05-17", [added(3, "户"), soFar(45, "户")]),
      ],
    });
    expect(p.total).toBe(45);
    expect(p.inconsistencies).toEqual([
      { reportId: "r2", kind: "mismatch", previousTotal: 37, increment: 3, stated: 45 },
    ]);
  });

  it("flags a total that goes down", () => {
    const p = farmland(["r1", "04-12", [soFar(1200, "亩")]], ["r2", "04-19", [soFar(1100, "亩")]]);
    expect(p.total).toBe(1100);
    expect(p.inconsistencies).toEqual([
      { reportId: "r2", kind: "decrease", previousTotal: 1200, increment: null, stated: 1100 },
    ]);
  });

  it("calls a drop below the previous total a decrease even when an increment is stated", () => {
    const p = farmland(
      ["r1", "04-12", [soFar(1200, "亩")]],
      ["r2", "04-19", [added(100, "亩"), soFar(1150, "亩")]],
    );
    expect(p.inconsistencies.map((i) => i.kind)).toEqual(["decrease"]);
  });

  it("accepts a cumulative that jumps ahead with no increment stated", () => {
    const p = farmland(["r1", "04-12", [soFar(1200, "亩")]], ["r2", "04-19", [soFar(1600, "亩")]]);
    expect(p.inconsistencies).toEqual([]);
  });

  it("accepts a first cumulative that includes work never reported, but not one smaller than its increment", () => {
    const fine = farmland(["r1", "04-12", [added(300, "亩"), soFar(2000, "亩")]]);
    const wrong = farmland(["r1", "04-12", [added(300, "亩"), soFar(200, "亩")]]);
    expect(fine.inconsistencies).toEqual([]);
    expect(wrong.inconsistencies).toEqual([
      { reportId: "r1", kind: "mismatch", previousTotal: null, increment: 300, stated: 200 },
    ]);
  });

  it("compares after conversion, without binary fractions getting in the way", () => {
    // 1200 亩 so far; 新增2.3公顷，累计1234.5亩
    const p = farmland(
      ["r1", "04-12", [soFar(1200, "亩")]],
      ["r2", "04-19", [added(2.3, "公顷"), soFar(1234.5, "亩")]],
    );
    expect(p.inconsistencies).toEqual([]);
  });

  it("forgets an inconsistency once the report behind it is withdrawn", () => {
    const p = farmland(
      ["r1", "04-12", [soFar(1200, "亩")]],
      ["r2", "04-19", [soFar(1100, "亩")], { counts: false }],
    );
    expect(p.inconsistencies).toEqual([]);
  });
});

describe("targets and checks", () => {
  it("returns a target stated in a report as a proposal, never as the total or the ledger's target", () => {
    // 累计完成2000亩/计划3000亩, then 累计2300亩，计划调整为3200亩
    const p = farmland(
      ["r1", "06-07", [soFar(2000, "亩"), planned(3000, "亩")]],
      ["r2", "06-14", [soFar(2300, "亩"), planned(3200, "亩")]],
    );
    expect(p.total).toBe(2300);
    expect(p.proposedTarget).toEqual({ reportId: "r2", value: 3200 });
  });

  it("says when the total rests on a report nobody has checked (✅)", () => {
    const checked = farmland(["r1", "04-12", [soFar(1200, "亩")], { checked: true }]);
    const unchecked = farmland(
      ["r1", "04-12", [soFar(1200, "亩")], { checked: true }],
      ["r2", "04-19", [added(100, "亩")], { checked: false }],
    );
    expect(checked.includesUnchecked).toBe(false);
    expect(unchecked.includesUnchecked).toBe(true);
  });

  it("does not call a total unchecked for a report that adds nothing to it", () => {
    const p = farmland(
      ["r1", "04-12", [soFar(1200, "亩")], { checked: true }],
      ["r2", "04-19", [bare(5, "台")], { checked: false }],
    );
    expect(p.includesUnchecked).toBe(false);
  });
});
