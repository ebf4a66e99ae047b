import { type Unit, UnitTree } from "../../../src/domain/ledger/index.ts";

/**
 * 瓜州县 as the tests know it: two townships with a 团结村 each, a 团结镇 beside them, and a county
 * department. Ids are spelled out so failures read.
 */
// biome-ignore format: a table reads better in rows
export const countyUnits: Unit[] = [
  { id: "guazhou", parentId: null, name: "瓜州县", kind: "county" },
  { id: "minjian-town", parentId: "guazhou", name: "民建镇", kind: "township" },
  { id: "minjian-village", parentId: "minjian-town", name: "民建村", kind: "village" },
  { id: "minjian-3", parentId: "minjian-village", name: "民建村3组", kind: "group" },
  { id: "tuanjie-of-minjian", parentId: "minjian-town", name: "团结村", kind: "village" },
  { id: "yuanquan-town", parentId: "guazhou", name: "渊泉镇", kind: "township" },
  { id: "tuanjie-of-yuanquan", parentId: "yuanquan-town", name: "团结村", kind: "village" },
  { id: "hongliu", parentId: "yuanquan-town", name: "红柳村", kind: "village" },
  { id: "tuanjie-town", parentId: "guazhou", name: "团结镇", kind: "township" },
  { id: "heping", parentId: "tuanjie-town", name: "和平村", kind: "village" },
  { id: "agriculture", parentId: "guazhou", name: "县农业农村局", kind: "department" },
];

export function county(): UnitTree {
  const built = UnitTree.build(countyUnits);
  if (!built.ok) throw new Error(`test county is broken: ${built.reason} at ${built.unitId}`);
  return built.tree;
}
