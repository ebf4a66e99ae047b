import { describe, expect, it } from "vitest";
import {
  type DigestTask,
  dayWithin,
  digestContent,
  latestDue,
  parseScheduleSpec,
  periodOf,
} from "../../../src/domain/digest/index.ts";
import { type LocalDate, zone } from "../../../src/domain/ledger/index.ts";

describe("the period a digest covers", () => {
  it.each<[string, LocalDate, string, string, string]>([
    ["a Friday's weekly digest: this week", "2024-06-14", "2024-06-10", "2024-06-16", "2024-W24"],
    ["a Monday's weekly digest: the week just ended", "2024-06-17", "2024-06-10", "2024-06-16", "2024-W24"],
    ["the first week of a year by ISO rules", "2025-01-01", "2024-12-30", "2025-01-05", "2025-W01"],
  ])("%s", (_name, today, from, to, key) => {
    expect(periodOf("weekly", today)).toEqual({ kind: "weekly", from, to, key });
  });

  it("months and quarters are calendar ones; on their first day, the one just ended", () => {
    expect(periodOf("monthly", "2024-06-14")).toMatchObject({
      from: "2024-06-01",
      to: "2024-06-30",
      key: "2024-06",
    });
    expect(periodOf("monthly", "2024-03-01")).toMatchObject({
      from: "2024-02-01",
      to: "2024-02-29",
      key: "2024-02",
    });
    expect(periodOf("monthly", "2025-01-01")).toMatchObject({ key: "2024-12" });
    expect(periodOf("quarterly", "2024-05-20")).toMatchObject({
      from: "2024-04-01",
      to: "2024-06-30",
      key: "2024-Q2",
    });
    expect(periodOf("quarterly", "2024-01-01")).toMatchObject({
      from: "2023-10-01",
      to: "2023-12-31",
      key: "2023-Q4",
    });
  });
});

describe("what a weekly digest says", () => {
  const task = (id: string, name: string, target: number, deadline: LocalDate): DigestTask => ({
    id,
    name,
    measure: "亩",
    target,
    startDate: null,
    deadline,
    planYear: 2024,
    done: false,
  });
  const tasks = [
    task("farmland", "高标准农田建设", 3000, "2024-12-31"),
    task("toilet", "农村改厕", 500, "2024-06-25"),
    task("road", "道路硬化", 40, "2024-05-31"),
    task("tea", "茶叶产业", 100, "2024-12-31"),
  ];
  const content = digestContent({
    kind: "weekly",
    from: "2024-06-10",
    to: "2024-06-16",
    today: "2024-06-14",
    tasks,
    totals: new Map([
      ["farmland", 2000],
      ["toilet", 480],
      ["road", 31],
      ["tea", 20],
    ]),
    totalsAtStart: new Map([
      ["farmland", 1700],
      ["toilet", 470],
      ["road", 31],
    ]),
    silent: [
      { name: "团结村", kind: "village" },
      { name: "县水务局", kind: "department" },
    ],
    problems: [{ text: "资金未到位", unitName: "民建村", firstAt: "2024-06-03", count: 3 }],
  });

  it("puts each task against its target with its change and its flag", () => {
    const round = (p: number | null) => (p === null ? null : Math.round(p * 100) / 100);
    expect(content.lines.map((l) => [l.name, l.total, round(l.percent), l.change, l.flag])).toEqual([
      ["高标准农田建设", 2000, 66.67, 300, null],
      ["农村改厕", 480, 96, 10, "blue"],
      ["道路硬化", 31, 77.5, 0, "red"],
      ["茶叶产业", 20, 20, 20, "yellow"],
    ]);
    expect(content.flags).toEqual({ red: 1, yellow: 1, blue: 1 });
  });

  it("names the movers and the laggards", () => {
    expect(content.movers.map((l) => l.name)).toEqual(["茶叶产业", "高标准农田建设", "农村改厕"]);
    expect(content.laggards.map((l) => l.name)).toEqual(["道路硬化", "茶叶产业"]);
  });

  it("lists who did not report, departments apart, and the open problems", () => {
    expect(content.silentUnits).toEqual(["团结村"]);
    expect(content.silentDepartments).toEqual(["县水务局"]);
    expect(content.problems[0]).toMatchObject({ text: "资金未到位", count: 3 });
  });
});

describe("digest schedules as people write them", () => {
  it.each([
    [["weekly", "fri", "17:00"], { kind: "weekly", day: 5, time: "17:00" }],
    [["weekly", "周五", "9:30"], { kind: "weekly", day: 5, time: "09:30" }],
    [["monthly", "1", "09:00"], { kind: "monthly", day: 1, time: "09:00" }],
    [["quarterly", "1", "09:00"], { kind: "quarterly", day: 1, time: "09:00" }],
    [["weekly", "fri"], null],
    [["monthly", "31", "09:00"], null],
    [["weekly", "fri", "25:00"], null],
    [["daily", "1", "09:00"], null],
  ])("%j → %j", (words, spec) => {
    expect(parseScheduleSpec(words)).toEqual(spec);
  });

  it("fall due at their last occurrence, in Asia/Shanghai", () => {
    const weekly = { kind: "weekly", day: 5, time: "17:00" } as const;
    expect(latestDue(weekly, new Date("2024-06-21T17:00:00+08:00"))?.toISOString()).toBe(
      "2024-06-21T09:00:00.000Z",
    );
    expect(latestDue(weekly, new Date("2024-06-21T16:59:00+08:00"))?.toISOString()).toBe(
      "2024-06-14T09:00:00.000Z",
    );
    const quarterly = { kind: "quarterly", day: 1, time: "09:00" } as const;
    expect(latestDue(quarterly, new Date("2024-06-21T12:00:00+08:00"))?.toISOString()).toBe(
      "2024-04-01T01:00:00.000Z",
    );
  });
});

describe("a period found again from its key", () => {
  it.each([
    ["weekly", "2024-W40"],
    ["weekly", "2025-W01"],
    ["weekly", "2020-W53"],
    ["monthly", "2024-02"],
    ["quarterly", "2023-Q4"],
  ] as const)("%s %s", (kind, key) => {
    const day = dayWithin(kind, key);
    expect(day && periodOf(kind, day).key).toBe(key);
  });
});

describe("a schedule in the chat's own zone", () => {
  it("falls due at that zone's local time, and the command may name the zone", () => {
    const spec = parseScheduleSpec(["weekly", "fri", "17:00", "Asia/Urumqi"]);
    expect(spec).toEqual({ kind: "weekly", day: 5, time: "17:00", timeZone: "Asia/Urumqi" });
    expect(parseScheduleSpec(["weekly", "fri", "17:00", "Mars/Olympus"])).toBeNull();
    const urumqi = zone("Asia/Urumqi");
    if (!spec) throw new Error("spec");
    expect(latestDue(spec, new Date("2024-06-21T17:30:00+08:00"), urumqi)?.toISOString()).toBe(
      "2024-06-14T11:00:00.000Z",
    );
    expect(latestDue(spec, new Date("2024-06-21T17:00:00+06:00"), urumqi)?.toISOString()).toBe(
      "2024-06-21T11:00:00.000Z",
    );
  });
});
