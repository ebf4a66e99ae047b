import { describe, expect, it } from "vitest";
import { readDate, readNumber } from "../../src/bot/typed.ts";

describe("answers as people type them", () => {
  it("reads a figure with separators or a unit, and nothing else", () => {
    expect(readNumber("120")).toBe(120);
    expect(readNumber("1,250户")).toBe(1250);
    expect(readNumber(" 1，200 亩 ")).toBe(1200);
    expect(readNumber("3.5")).toBe(3.5);
    expect(readNumber("很多")).toBeNull();
    expect(readNumber("-")).toBeNull();
    expect(readNumber("12 and 13")).toBeNull();
  });

  it("reads a day that exists, however it is written", () => {
    expect(readDate("2024-12-31")).toBe("2024-12-31");
    expect(readDate("2024/6/1")).toBe("2024-06-01");
    expect(readDate("2024年12月31日")).toBe("2024-12-31");
    expect(readDate("2024-02-30")).toBeNull();
    expect(readDate("明年")).toBeNull();
  });
});
