import { describe, expect, it } from "vitest";
import { type FlaggedTask, flagAnnouncements } from "../../../src/domain/notices/index.ts";

const task: FlaggedTask = {
  id: "t1",
  name: "农村改厕",
  measure: "户",
  target: 100,
  startDate: "2024-01-01",
  deadline: "2024-06-30",
  planYear: 2024,
  status: "active",
  ownerUnitId: "county",
  assignments: [
    { unitId: "a", target: 60, deadline: null },
    { unitId: "b", target: null, deadline: null },
  ],
};
const isWithin = (id: string, root: string) => id === root || root === "county";

describe("red and yellow announcements", () => {
  it("finds the task and each assignment behind 序时进度, with how far behind", () => {
    const found = flagAnnouncements({
      tasks: [task],
      figures: [
        { taskId: "t1", unitId: "a", total: 10 },
        { taskId: "t1", unitId: "b", total: 50 },
      ],
      today: "2024-05-31",
      isWithin,
    });
    // 152 of 182 days gone: 序时进度 83.5%. The task is at 60%, 民建村 (a) at 10 of 60.
    expect(found.map((f) => [f.unitId, f.flag, f.reason, f.total, Math.round(f.expected ?? 0)])).toEqual([
      ["county", "yellow", "behind-schedule", 60, 84],
      ["a", "yellow", "behind-schedule", 10, 84],
    ]);
  });

  it("turns red after the deadline day, and says nothing once the target is reached", () => {
    const flaggedAt = (total: number) =>
      flagAnnouncements({
        tasks: [{ ...task, assignments: [] }],
        figures: [{ taskId: "t1", unitId: "a", total }],
        today: "2024-07-01",
        isWithin,
      });
    expect(flaggedAt(60).map((f) => [f.flag, f.reason])).toEqual([["red", "overdue"]]);
    expect(flaggedAt(100)).toEqual([]);
  });
});
