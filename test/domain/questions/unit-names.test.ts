import { describe, expect, it } from "vitest";
import { UnitTree } from "../../../src/domain/ledger/units.ts";
import { recognizeQuestion } from "../../../src/domain/questions/index.ts";
import { tasks } from "./phrasing.ts";

/** A small county; the app passes the asker's part of the tree the same way. */
const built = UnitTree.build([
  { id: "county", parentId: null, name: "瓜州县", kind: "county" },
  { id: "yq", parentId: "county", name: "渊泉镇", kind: "township" },
  { id: "tj", parentId: "yq", name: "团结村", kind: "village" },
  { id: "mj", parentId: "yq", name: "民建村", kind: "village" },
  { id: "jt", parentId: "county", name: "Jinta Town", kind: "township" },
  { id: "hl", parentId: "jt", name: "Hongliu Village", kind: "village" },
]);
if (!built.ok) throw new Error(`test county: ${built.reason}`);
const tree = built.tree;

const unitNames = (name: string) => {
  const found = tree.resolvePlace(name, "county");
  return found.ok || found.reason === "ambiguous";
};
const recognize = (text: string) => recognizeQuestion(text, { tasks, unitNames });

describe("with the asker's units, names without their level word are found", () => {
  it.each([
    ["团结怎么样", "unit_status", { unit: "团结" }],
    ["团结改厕进度", "task_status", { taskId: "toilet", unit: "团结" }],
    ["渊泉哪些村没报", "silent", { unit: "渊泉", period: "week" }],
    ["how is jinta doing", "unit_status", { unit: "jinta" }],
    ["hongliu problems?", "issues", { unit: "hongliu" }],
  ] as const)("%s → %s %o", (text, intent, slots) => {
    expect(recognize(text)).toMatchObject({ intent, slots });
  });

  it("cuts the unit out of what the place finder took with it", () => {
    expect(recognize("本周团结村进展").slots).toEqual({ unit: "团结村" });
    expect(recognize("这周民建村咋样").slots).toEqual({ unit: "民建村" });
  });

  it("takes no task name or level for a unit", () => {
    expect(recognize("改厕进度").slots).toEqual({ taskId: "toilet" });
    expect(recognize("哪个村最慢").slots).toEqual({ level: "village", order: "slowest" });
  });

  it("without them, a bare name is not guessed", () => {
    expect(recognizeQuestion("团结怎么样", { tasks }).intent).toBe("chat");
  });
});
