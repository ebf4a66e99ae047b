import { describe, expect, it } from "vitest";
import { processClocks } from "../src/clock.ts";

describe("processClocks", () => {
  it("under a fixed clock keeps the ledger's time still while the outbox's runs on from it", () => {
    let real = 1_000_000;
    const fixed = new Date("2026-11-27T17:05:00+08:00");
    const clocks = processClocks(fixed, () => real);
    expect(clocks.now()).toEqual(fixed);
    expect(clocks.outboxNow()).toEqual(fixed);
    real += 90_000;
    expect(clocks.now()).toEqual(fixed);
    expect(clocks.outboxNow().getTime() - fixed.getTime()).toBe(90_000);
  });

  it("without one gives the real time for both", () => {
    let real = Date.parse("2026-11-30T09:00:00Z");
    const clocks = processClocks(null, () => real);
    real += 5_000;
    expect(clocks.now().toISOString()).toBe("2026-11-30T09:00:05.000Z");
    expect(clocks.outboxNow()).toEqual(clocks.now());
  });
});
