import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";

describe("the environment", () => {
  it("reads REMIND_AT as a weekday and a time, fri 10:00 unless told, or off", () => {
    expect(loadConfig({}).REMIND_AT).toEqual({ day: 5, time: "10:00" });
    expect(loadConfig({ REMIND_AT: "周四 9:05" }).REMIND_AT).toEqual({ day: 4, time: "09:05" });
    expect(loadConfig({ REMIND_AT: "off" }).REMIND_AT).toBeNull();
    expect(() => loadConfig({ REMIND_AT: "someday" })).toThrow(/REMIND_AT: a weekday and a time/);
  });

  it("takes TZ_REPORTS only when it names a time zone", () => {
    expect(loadConfig({}).TZ_REPORTS).toBe("Asia/Shanghai");
    expect(loadConfig({ TZ_REPORTS: "Asia/Urumqi" }).TZ_REPORTS).toBe("Asia/Urumqi");
    expect(() => loadConfig({ TZ_REPORTS: "Beijing" })).toThrow(
      /TZ_REPORTS: a time zone such as Asia\/Shanghai/,
    );
  });
});
