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

  it("wants WEBHOOK_SECRET with WEBHOOK_URL, long enough, and reads the HTTP and lease settings", () => {
    const url = "https://bot.example.org/telegram";
    expect(() => loadConfig({ WEBHOOK_URL: url })).toThrow(/WEBHOOK_SECRET: required with WEBHOOK_URL/);
    expect(() => loadConfig({ WEBHOOK_URL: url, WEBHOOK_SECRET: "short" })).toThrow(
      /WEBHOOK_SECRET: 16 to 256/,
    );
    const config = loadConfig({
      WEBHOOK_URL: url,
      WEBHOOK_SECRET: "a-long-enough_secret",
      HTTP_PORT: "8443",
      INBOX_LEASE_SECONDS: "5",
    });
    expect(config).toMatchObject({
      HTTP_PORT: 8443,
      HTTP_HOST: "0.0.0.0",
      INBOX_LEASE_SECONDS: 5,
      FLOOD_LIMIT: 20,
    });
    expect(loadConfig({}).INBOX_LEASE_SECONDS).toBe(60);
    expect(() => loadConfig({ HTTP_PORT: "http" })).toThrow(/HTTP_PORT/);
  });
});
