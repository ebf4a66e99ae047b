import { describe, expect, it } from "vitest";
import {
  assessFlag,
  computeProgress,
  type FlagInput,
  flagFor,
  planStart,
  scheduleShare,
} from "../../../src/domain/ledger/index.ts";
import { added, filed, soFar } from "./reports.ts";

/** 民建镇's assignment of the county's 高标准农田建设: 3000 亩 in plan year 2024, due 30 June. */
const farmland = (over: Partial<FlagInput>): FlagInput => ({
  target: 3000,
  total: 0,
  planYear: 2024,
  deadline: "2024-06-30",
  today: "2024-03-01",
  ...over,
});

describe("序时进度, the share of the plan's time gone", () => {
  it("runs from the start day through the deadline day, counting today as gone", () => {
    expect(scheduleShare("2024-01-01", "2024-04-09", "2024-01-01")).toBeCloseTo(0.01); // 1 day of 100
    expect(scheduleShare("2024-01-01", "2024-04-09", "2024-03-10")).toBeCloseTo(0.7);
    expect(scheduleShare("2024-01-01", "2024-04-09", "2024-04-09")).toBe(1);
  });

  it("stays within 0 and 1 before the start and after the deadline", () => {
    expect(scheduleShare("2024-03-01", "2024-06-30", "2024-02-01")).toBe(0);
    expect(scheduleShare("2024-03-01", "2024-06-30", "2024-08-01")).toBe(1);
  });

  it("is half gone at the end of June for a calendar year", () => {
    expect(scheduleShare("2024-01-01", "2024-12-31", "2024-06-30")).toBeCloseTo(182 / 366);
  });

  it("starts on the task's start date, else on 1 January of its plan year", () => {
    expect(planStart("2024-03-15", 2024)).toBe("2024-03-15");
    expect(planStart(null, 2024)).toBe("2024-01-01");
    expect(planStart(undefined, 2025)).toBe("2025-01-01");
  });
});

describe("red: past the deadline and not done", () => {
  it("is not red on the deadline day itself", () => {
    expect(flagFor(farmland({ total: 2990, today: "2024-06-30" }))).not.toBe("red");
  });

  it("is red the day after", () => {
    expect(flagFor(farmland({ total: 2990, today: "2024-07-01" }))).toBe("red");
  });

  it("is not red once the target is reached, however late", () => {
    expect(flagFor(farmland({ total: 3000, today: "2024-07-20" }))).toBeNull();
    expect(flagFor(farmland({ total: 3150, today: "2024-07-20" }))).toBeNull();
  });
});

describe("yellow: behind 序时进度, or a pace that will miss", () => {
  // Start 1 January, deadline 9 April: 100 days; 10 March is the end of day 70.
  const hundredDays = (over: Partial<FlagInput>) =>
    farmland({ deadline: "2024-04-09", today: "2024-03-10", ...over });

  it("is yellow at 40% done with 70% of the time gone", () => {
    expect(assessFlag(hundredDays({ total: 1200 }))).toEqual({ flag: "yellow", reason: "behind-schedule" });
  });

  it("is not yellow at exactly 10 points behind, only beyond", () => {
    expect(flagFor(hundredDays({ total: 1800 }))).toBeNull(); // 60% at 70%
    expect(flagFor(hundredDays({ total: 1797 }))).toBe("yellow"); // 59.9%
  });

  it("measures time from the task's start date when it has one", () => {
    // Started 1 March: on 10 March only 10 of 40 days are gone, so 20% done is on schedule.
    expect(flagFor(hundredDays({ total: 600, startDate: "2024-03-01" }))).toBeNull();
    expect(flagFor(hundredDays({ total: 600 }))).toBe("yellow");
  });

  it("is yellow when the recent pace projects a miss, even on schedule", () => {
    // 2000 亩 of 3000 by 10 March (on schedule), but only 20 亩 a day lately with 30 days to go.
    expect(assessFlag(hundredDays({ total: 2000, recentPace: 20 }))).toEqual({
      flag: "yellow",
      reason: "slow-pace",
    });
    expect(flagFor(hundredDays({ total: 2000, recentPace: 40 }))).toBeNull();
  });

  it("ignores the pace before the plan has started", () => {
    expect(flagFor(farmland({ startDate: "2024-05-01", today: "2024-03-01", recentPace: 0 }))).toBeNull();
  });
});

describe("blue: due soon and not done", () => {
  it("is blue 10 days before the deadline", () => {
    expect(assessFlag(farmland({ total: 2900, today: "2024-06-20" }))).toEqual({
      flag: "blue",
      reason: "due-soon",
    });
  });

  it("starts 14 days before, or as many as the deployment says", () => {
    expect(flagFor(farmland({ total: 2900, today: "2024-06-16" }))).toBe("blue");
    expect(flagFor(farmland({ total: 2900, today: "2024-06-15" }))).toBeNull();
    expect(flagFor(farmland({ total: 2900, today: "2024-06-01", blueWithinDays: 30 }))).toBe("blue");
  });

  it("gives way to yellow, which gives way to red", () => {
    expect(flagFor(farmland({ total: 1000, today: "2024-06-20" }))).toBe("yellow");
    expect(flagFor(farmland({ total: 1000, today: "2024-07-01" }))).toBe("red");
  });
});

describe("no flag", () => {
  it("for a done assignment", () => {
    expect(flagFor(farmland({ total: 3000, today: "2024-06-20" }))).toBeNull();
  });

  it("for one on schedule and far from its deadline", () => {
    expect(flagFor(farmland({ total: 500, today: "2024-02-01" }))).toBeNull();
  });

  it("for one without a deadline", () => {
    expect(flagFor(farmland({ deadline: null, total: 0, today: "2024-12-31" }))).toBeNull();
  });
});

describe("a task without a figure to reach (编制村庄规划)", () => {
  const plan = (over: Partial<FlagInput>) => farmland({ target: null, total: null, ...over });

  it("is red past its deadline and blue before it until its status says done", () => {
    expect(flagFor(plan({ today: "2024-07-01" }))).toBe("red");
    expect(flagFor(plan({ today: "2024-06-20" }))).toBe("blue");
    expect(flagFor(plan({ today: "2024-06-20", done: true }))).toBeNull();
    expect(flagFor(plan({ today: "2024-07-01", done: true }))).toBeNull();
  });

  it("has no 序时进度 to fall behind", () => {
    expect(flagFor(plan({ today: "2024-05-01" }))).toBeNull();
  });
});

describe("from reports to flag", () => {
  it("puts 民建镇's spring of 高标准农田 reports on the ledger", () => {
    const progress = computeProgress({
      unit: "亩",
      reports: [
        filed("r1", "02-02", [added(300, "亩")]),
        filed("r2", "03-01", [added(200, "亩"), soFar(500, "亩")]),
        filed("r3", "04-26", [added(30, "公顷")]),
      ],
    });
    expect(progress.total).toBe(950);
    expect(progress.inconsistencies).toEqual([]);
    // 950 of 3000 is 31.7%; by the end of 10 May 131 of 182 days (72%) are gone.
    expect(flagFor(farmland({ total: progress.total, today: "2024-05-10" }))).toBe("yellow");
  });
});
