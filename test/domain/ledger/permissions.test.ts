import { describe, expect, it } from "vitest";
import { can, type Membership } from "../../../src/domain/ledger/index.ts";
import { county } from "./county.ts";

const tree = county();
const reporterOfMinjianVillage: Membership[] = [{ unitId: "minjian-village", role: "reporter" }];
const leaderOfMinjianTown: Membership[] = [{ unitId: "minjian-town", role: "leader" }];
const countyAdmin: Membership[] = [{ unitId: "guazhou", role: "admin" }];

describe("reporting", () => {
  it("lets a reporter of 民建村 report for 民建村 and its groups", () => {
    expect(can(reporterOfMinjianVillage, "report", "minjian-village", tree)).toEqual({
      ok: true,
      membership: { unitId: "minjian-village", role: "reporter" },
    });
    expect(can(reporterOfMinjianVillage, "report", "minjian-3", tree).ok).toBe(true);
  });

  it("does not let them report for 团结镇, their own township or a neighbour", () => {
    expect(can(reporterOfMinjianVillage, "report", "tuanjie-town", tree)).toEqual({
      ok: false,
      reason: "outside",
    });
    expect(can(reporterOfMinjianVillage, "report", "minjian-town", tree)).toEqual({
      ok: false,
      reason: "outside",
    });
    expect(can(reporterOfMinjianVillage, "report", "tuanjie-of-minjian", tree).ok).toBe(false);
  });

  it("lets leaders and admins report for their units and below", () => {
    expect(can(leaderOfMinjianTown, "report", "minjian-town", tree).ok).toBe(true); // 全镇累计2000亩
    expect(can(countyAdmin, "report", "heping", tree).ok).toBe(true);
  });
});

describe("reading", () => {
  it("lets a leader of 民建镇 read its villages, and not 渊泉镇's", () => {
    expect(can(leaderOfMinjianTown, "read", "minjian-town", tree).ok).toBe(true);
    expect(can(leaderOfMinjianTown, "read", "minjian-village", tree).ok).toBe(true);
    expect(can(leaderOfMinjianTown, "read", "tuanjie-of-minjian", tree).ok).toBe(true);
    expect(can(leaderOfMinjianTown, "read", "hongliu", tree)).toEqual({ ok: false, reason: "outside" });
    expect(can(leaderOfMinjianTown, "read", "guazhou", tree)).toEqual({ ok: false, reason: "outside" });
  });

  it("lets a reporter read what they report for, and nothing above it", () => {
    expect(can(reporterOfMinjianVillage, "read", "minjian-village", tree).ok).toBe(true);
    expect(can(reporterOfMinjianVillage, "read", "minjian-town", tree).ok).toBe(false);
  });
});

describe("managing", () => {
  it("is for admins of the unit or above it", () => {
    expect(can(countyAdmin, "manage", "minjian-village", tree).ok).toBe(true);
    expect(can([{ unitId: "minjian-town", role: "admin" }], "manage", "minjian-3", tree).ok).toBe(true);
    expect(can([{ unitId: "minjian-town", role: "admin" }], "manage", "guazhou", tree)).toEqual({
      ok: false,
      reason: "outside",
    });
  });

  it("is not for leaders or reporters, who are told it is their role", () => {
    expect(can(leaderOfMinjianTown, "manage", "minjian-village", tree)).toEqual({
      ok: false,
      reason: "role",
    });
    expect(can(reporterOfMinjianVillage, "manage", "minjian-village", tree)).toEqual({
      ok: false,
      reason: "role",
    });
  });
});

describe("people with several roles, or none", () => {
  it("acts through the membership nearest the target that allows the action", () => {
    const both: Membership[] = [
      { unitId: "guazhou", role: "admin" },
      { unitId: "minjian-village", role: "reporter" },
    ];
    expect(can(both, "report", "minjian-3", tree)).toEqual({
      ok: true,
      membership: { unitId: "minjian-village", role: "reporter" },
    });
    expect(can(both, "manage", "minjian-3", tree)).toEqual({
      ok: true,
      membership: { unitId: "guazhou", role: "admin" },
    });
  });

  it("lets a person with no membership do nothing", () => {
    for (const action of ["report", "read", "manage"] as const) {
      expect(can([], action, "minjian-village", tree)).toEqual({ ok: false, reason: "no-membership" });
    }
  });

  it("names an unknown target unit", () => {
    expect(can(countyAdmin, "read", "nowhere", tree)).toEqual({ ok: false, reason: "unknown-unit" });
  });
});
