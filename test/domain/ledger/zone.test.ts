import { describe, expect, it } from "vitest";
import { isTimeZone, SHANGHAI, zone } from "../../../src/domain/ledger/index.ts";

describe("local days and times in a named zone", () => {
  it("counts Beijing time: 16:30 UTC is already the next day there", () => {
    const at = new Date("2024-06-13T16:30:00Z");
    expect(SHANGHAI.localDay(at)).toBe("2024-06-14");
    expect(SHANGHAI.localMinute(at)).toBe("2024-06-14 00:30");
    expect(SHANGHAI.instantAt("2024-06-14", "17:00").toISOString()).toBe("2024-06-14T09:00:00.000Z");
  });

  it("follows a zone with daylight saving on both sides of the change", () => {
    const newYork = zone("America/New_York");
    expect(newYork.instantAt("2024-01-15", "09:00").toISOString()).toBe("2024-01-15T14:00:00.000Z");
    expect(newYork.instantAt("2024-07-15", "09:00").toISOString()).toBe("2024-07-15T13:00:00.000Z");
    expect(newYork.localDay(new Date("2024-07-16T03:30:00Z"))).toBe("2024-07-15");
  });

  it("knows which names are zones", () => {
    expect(isTimeZone("Asia/Urumqi")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
