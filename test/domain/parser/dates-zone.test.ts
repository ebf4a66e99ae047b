import { describe, expect, it } from "vitest";
import { parse } from "../../../src/domain/parser/index.ts";

describe("the day a message names, in the deployment's time zone", () => {
  // 2024-06-14 23:30 in Urumqi (UTC+6) is already 01:30 on the 15th in Shanghai.
  const sentAt = new Date("2024-06-14T17:30:00Z");

  it("counts 今天 and 昨天 in Shanghai unless told otherwise", () => {
    expect(parse("民建村 改厕 今天完成5户", { sentAt }).date).toBe("2024-06-15");
    expect(parse("民建村 改厕 昨天完成5户", { sentAt }).date).toBe("2024-06-14");
  });

  it("counts them where the deployment is (TZ_REPORTS)", () => {
    expect(parse("民建村 改厕 今天完成5户", { sentAt, timeZone: "Asia/Urumqi" }).date).toBe("2024-06-14");
    expect(parse("民建村 改厕 昨天完成5户", { sentAt, timeZone: "Asia/Urumqi" }).date).toBe("2024-06-13");
    // A month and day without a year take the year of that local day.
    const newYearsEve = new Date("2024-12-31T17:30:00Z");
    expect(parse("改厕 1月1日完成5户", { sentAt: newYearsEve }).date).toBe("2025-01-01");
    expect(parse("改厕 12月31日完成5户", { sentAt: newYearsEve, timeZone: "Asia/Urumqi" }).date).toBe(
      "2024-12-31",
    );
  });
});
