import { describe, expect, it } from "vitest";
import { UnitTree } from "../../../src/domain/ledger/index.ts";
import { county, countyUnits } from "./county.ts";

const tree = county();

describe("the unit tree", () => {
  it("knows each unit's children, ancestors and subtree", () => {
    expect(tree.childrenOf("minjian-town")).toEqual(["minjian-village", "tuanjie-of-minjian"]);
    expect(tree.childrenOf("heping")).toEqual([]);
    expect(tree.ancestors("minjian-3")).toEqual(["minjian-village", "minjian-town", "guazhou"]);
    expect(tree.ancestors("guazhou")).toEqual([]);
    expect(tree.descendants("minjian-town")).toEqual([
      "minjian-town",
      "minjian-village",
      "minjian-3",
      "tuanjie-of-minjian",
    ]);
  });

  it("says whether a unit lies within another", () => {
    expect(tree.isWithin("minjian-3", "guazhou")).toBe(true);
    expect(tree.isWithin("minjian-village", "minjian-village")).toBe(true);
    expect(tree.isWithin("minjian-town", "minjian-village")).toBe(false);
    expect(tree.isWithin("hongliu", "minjian-town")).toBe(false);
    expect(tree.isWithin("nowhere", "guazhou")).toBe(false);
  });

  it("is built from rows in any order, as an imported sheet lists them", () => {
    const built = UnitTree.build([...countyUnits].reverse());
    expect(built.ok && built.tree.descendants("guazhou").length).toBe(countyUnits.length);
  });

  it("rejects a sheet with a repeated id, a missing parent or a loop, naming the unit", () => {
    const unit = (id: string, parentId: string | null) => ({ id, parentId, name: id, kind: "village" });
    expect(UnitTree.build([unit("a", null), unit("a", null)])).toEqual({
      ok: false,
      reason: "duplicate-id",
      unitId: "a",
    });
    expect(UnitTree.build([unit("a", null), unit("b", "x")])).toEqual({
      ok: false,
      reason: "unknown-parent",
      unitId: "b",
    });
    expect(UnitTree.build([unit("a", null), unit("b", "c"), unit("c", "b")])).toMatchObject({
      ok: false,
      reason: "cycle",
    });
  });
});

describe("a place named in a message, within the sender's part of the tree", () => {
  it("resolves 民建村 for the township's cadre", () => {
    expect(tree.resolvePlace("民建村", "minjian-town")).toEqual({ ok: true, unitId: "minjian-village" });
  });

  it("reads 團結村 as 团结村", () => {
    expect(tree.resolvePlace("團結村", "yuanquan-town")).toEqual({ ok: true, unitId: "tuanjie-of-yuanquan" });
  });

  it("finds two 团结村 from the county, and asks", () => {
    expect(tree.resolvePlace("团结村", "guazhou")).toEqual({
      ok: false,
      reason: "ambiguous",
      candidates: ["tuanjie-of-minjian", "tuanjie-of-yuanquan"],
    });
  });

  it("finds one 团结村 from each township", () => {
    expect(tree.resolvePlace("团结村", "minjian-town")).toEqual({ ok: true, unitId: "tuanjie-of-minjian" });
    expect(tree.resolvePlace("团结村", "yuanquan-town")).toEqual({ ok: true, unitId: "tuanjie-of-yuanquan" });
  });

  it("lets the address in the message choose: 渊泉镇团结村 from the county", () => {
    expect(tree.resolvePlacePath(["渊泉镇", "团结村"], "guazhou")).toEqual({
      ok: true,
      unitId: "tuanjie-of-yuanquan",
    });
    expect(tree.resolvePlacePath(["瓜州县", "民建镇", "团结村"], "guazhou")).toEqual({
      ok: true,
      unitId: "tuanjie-of-minjian",
    });
  });

  it("accepts outer names above the sender, as a village cadre writes the whole address", () => {
    expect(tree.resolvePlacePath(["瓜州县", "渊泉镇", "红柳村"], "hongliu")).toEqual({
      ok: true,
      unitId: "hongliu",
    });
  });

  it("still asks when the outer names fit neither", () => {
    expect(tree.resolvePlacePath(["沐川县", "团结村"], "guazhou")).toMatchObject({
      ok: false,
      reason: "ambiguous",
    });
  });

  it("does not look outside the sender's subtree", () => {
    expect(tree.resolvePlace("红柳村", "minjian-town")).toEqual({ ok: false, reason: "none" });
    expect(tree.resolvePlace("民建镇", "minjian-village")).toEqual({ ok: false, reason: "none" });
  });

  it("matches a name written without its suffix when only one unit answers to it", () => {
    expect(tree.resolvePlace("红柳", "guazhou")).toEqual({ ok: true, unitId: "hongliu" });
    expect(tree.resolvePlace("和平", "tuanjie-town")).toEqual({ ok: true, unitId: "heping" });
  });

  it("asks when a bare name fits units of different levels", () => {
    // 团结 is 团结镇 and two 团结村 from the county; from 民建镇, 民建 is the township itself and its village.
    expect(tree.resolvePlace("团结", "guazhou")).toEqual({
      ok: false,
      reason: "ambiguous",
      candidates: ["tuanjie-of-minjian", "tuanjie-of-yuanquan", "tuanjie-town"],
    });
    expect(tree.resolvePlace("民建", "minjian-town")).toMatchObject({ ok: false, reason: "ambiguous" });
  });

  it("reads 民建村委会 as 民建村, but never 团结镇 as a 团结村", () => {
    expect(tree.resolvePlace("民建村委会", "minjian-town")).toEqual({ ok: true, unitId: "minjian-village" });
    expect(tree.resolvePlace("团结镇", "minjian-town")).toEqual({ ok: false, reason: "none" });
  });

  it("finds nothing for an empty name or an unknown sender unit", () => {
    expect(tree.resolvePlace("  ", "guazhou")).toEqual({ ok: false, reason: "none" });
    expect(tree.resolvePlace("民建村", "nowhere")).toEqual({ ok: false, reason: "none" });
    expect(tree.resolvePlacePath([], "guazhou")).toEqual({ ok: false, reason: "none" });
  });
});

describe("a unit's reference in a sheet", () => {
  it("is its plain name when no other unit answers to it", () => {
    expect(tree.reference("minjian-village")).toBe("民建村");
    expect(tree.reference("tuanjie-town")).toBe("团结镇");
    expect(tree.reference("guazhou")).toBe("瓜州县");
    expect(tree.reference("agriculture")).toBe("县农业农村局");
  });

  it("is the shortest path that picks it out when the name repeats", () => {
    expect(tree.reference("tuanjie-of-minjian")).toBe("民建镇/团结村");
    expect(tree.reference("tuanjie-of-yuanquan")).toBe("渊泉镇/团结村");
  });

  it("reads back as the same unit", () => {
    for (const unit of countyUnits) {
      const found = tree.resolvePlacePath(tree.reference(unit.id).split("/"), "guazhou");
      expect(found).toEqual({ ok: true, unitId: unit.id });
    }
  });

  it("is empty for a unit the tree does not hold", () => {
    expect(tree.reference("nowhere")).toBe("");
  });
});
