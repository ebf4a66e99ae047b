import { describe, expect, it } from "vitest";
import { expectedToReport, type Member, planReminders } from "../../../src/domain/notices/index.ts";

/** 县 → 镇 → 村A, 村B; the county's admin, the township's admin (not started), reporters. */
const parents: Record<string, string | null> = { county: null, town: "county", a: "town", b: "town" };
const ancestors = (id: string) => {
  const out: string[] = [];
  for (let p = parents[id] ?? null; p !== null; p = parents[p] ?? null) out.push(p);
  return out;
};
const tasks = [{ id: "t1", name: "农村改厕", measure: "户" }];
const silent = (unitId: string, round = "10:00") => ({ unitId, unitName: `${unitId}村`, round, tasks });
const member = (personId: string, unitId: string, role: string, reachable = true): Member => ({
  personId,
  name: personId,
  unitId,
  role,
  reachable,
});

describe("who is reminded", () => {
  it("expects a report from units with an assignment, and from owners of tasks with none", () => {
    const expected = expectedToReport([
      {
        id: "t1",
        name: "改厕",
        measure: "户",
        ownerUnitId: "county",
        status: "active",
        assignments: [{ unitId: "a" }],
      },
      { id: "t2", name: "农田", measure: "亩", ownerUnitId: "town", status: "active", assignments: [] },
      { id: "t3", name: "规划", measure: "项", ownerUnitId: "county", status: "done", assignments: [] },
    ]);
    expect([...expected.keys()].sort()).toEqual(["a", "town"]);
    expect(expected.get("a")?.map((t) => t.name)).toEqual(["改厕"]);
  });

  it("nudges each reachable reporter of a silent unit once, naming its tasks and an example", () => {
    const plan = planReminders({
      silent: [silent("a")],
      members: [
        member("li", "a", "reporter"),
        member("wang", "a", "leader"),
        member("zhao", "b", "reporter"),
      ],
      ancestors,
      groupUnitOf: () => null,
    });
    expect(plan.nudges).toEqual([
      {
        personId: "li",
        round: "10:00",
        units: [{ unit: "a村", tasks: ["农村改厕"] }],
        example: { unit: "a村", task: "农村改厕", measure: "户" },
      },
    ]);
    expect(plan.unreached).toEqual([]);
  });

  it("lists reporters who never started the bot to the nearest admins who did, in one message", () => {
    const plan = planReminders({
      silent: [silent("a"), silent("b")],
      members: [
        member("li", "a", "reporter", false),
        member("zhao", "b", "reporter", false),
        member("qian", "b", "reporter", false),
        member("town-admin", "town", "admin"),
        member("county-admin", "county", "admin"),
      ],
      ancestors,
      groupUnitOf: () => "town",
    });
    expect(plan.nudges).toEqual([]);
    expect(plan.unreached).toEqual([
      {
        to: { personId: "town-admin" },
        round: "10:00",
        units: [
          { unit: "a村", people: ["li"] },
          { unit: "b村", people: ["zhao", "qian"] },
        ],
      },
    ]);
  });

  it("lists them in the unit's group when no admin can be written to", () => {
    const plan = planReminders({
      silent: [silent("a")],
      members: [member("li", "a", "reporter", false), member("town-admin", "town", "admin", false)],
      ancestors,
      groupUnitOf: (id) => (id === "a" ? "town" : null),
    });
    expect(plan.unreached).toEqual([
      { to: { groupsOf: "town" }, round: "10:00", units: [{ unit: "a村", people: ["li"] }] },
    ]);
  });
});
