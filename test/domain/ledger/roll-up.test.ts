import { describe, expect, it } from "vitest";
import { rollUp } from "../../../src/domain/ledger/index.ts";

describe("a parent unit's total is its children's sum", () => {
  it("adds the villages of 民建镇", () => {
    expect(rollUp([800, 650, 420.5])).toEqual({ total: 1870.5, stated: null, gap: null });
  });

  it("skips children that have not reported, and has no total when none has", () => {
    expect(rollUp([800, null, 650]).total).toBe(1450);
    expect(rollUp([null, null]).total).toBeNull();
    expect(rollUp([]).total).toBeNull();
  });

  it("shows the township's own 全镇累计2000亩 beside the sum and flags the gap", () => {
    expect(rollUp([800, 650, 420.5], 2000)).toEqual({
      total: 1870.5,
      stated: 2000,
      gap: { computed: 1870.5, stated: 2000, gap: 129.5 },
    });
  });

  it("flags no gap when the stated total agrees", () => {
    expect(rollUp([0.1, 0.2], 0.3)).toEqual({ total: 0.3, stated: 0.3, gap: null });
  });

  it("counts a stated total with no child reports as wholly unaccounted for", () => {
    expect(rollUp([null], 2000).gap).toEqual({ computed: 0, stated: 2000, gap: 2000 });
  });
});
