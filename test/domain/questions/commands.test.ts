import { describe, expect, it } from "vitest";
import { UnitTree } from "../../../src/domain/ledger/units.ts";
import { type QuestionCommand, questionOfCommand } from "../../../src/domain/questions/index.ts";
import { tasks } from "./phrasing.ts";

const built = UnitTree.build([
  { id: "county", parentId: null, name: "瓜州县", kind: "county" },
  { id: "yq", parentId: "county", name: "渊泉镇", kind: "township" },
  { id: "tj", parentId: "yq", name: "团结村", kind: "village" },
  { id: "jt", parentId: "county", name: "Jinta Town", kind: "township" },
]);
if (!built.ok) throw new Error(`test county: ${built.reason}`);
const tree = built.tree;
const unitNames = (name: string) => {
  const found = tree.resolvePlace(name, "county");
  return found.ok || found.reason === "ambiguous";
};
const read = (command: QuestionCommand, argument: string) => {
  const q = questionOfCommand(command, argument, { tasks, unitNames });
  return q && { intent: q.intent, slots: q.slots };
};

describe("a question command's argument, read as a question's words are", () => {
  it.each([
    ["status", "", "unit_status", {}],
    ["status", "改厕", "task_status", { taskId: "toilet" }],
    ["status", "drinking water", "task_status", { taskId: "water" }],
    ["status", "渊泉镇", "unit_status", { unit: "渊泉镇" }],
    ["status", "渊泉", "unit_status", { unit: "渊泉" }],
    ["status", "团结村 户厕改造", "task_status", { taskId: "toilet", unit: "团结村" }],
    ["task", "改厕", "task_status", { taskId: "toilet" }],
    ["task", "光伏电站", "task_status", { taskId: "solar" }],
    ["silent", "", "silent", { period: "week" }],
    ["silent", "本月", "silent", { period: "month" }],
    ["silent", "渊泉镇", "silent", { unit: "渊泉镇", period: "week" }],
    ["overdue", "", "overdue", {}],
    ["issues", "Jinta Town", "issues", { unit: "Jinta Town" }],
    ["rank", "", "rank", {}],
    ["rank", "改厕 最慢", "rank", { taskId: "toilet", order: "slowest" }],
    ["rank", "villages slowest", "rank", { level: "village", order: "slowest" }],
  ] as const)("/%s %s → %s", (command, argument, intent, slots) => {
    expect(read(command, argument)).toEqual({ intent, slots });
  });

  it.each([
    ["task", "茶叶"],
    ["task", ""],
    ["status", "茶叶"],
    ["overdue", "随便看看"],
    ["rank", "blah"],
  ] as const)("/%s %s names nothing the ledger knows", (command, argument) => {
    expect(read(command, argument)).toBeNull();
  });
});
