import { InputFile } from "grammy";
import { describe, expect, it } from "vitest";
import { ConsoleTelegram } from "../../src/channels/console-telegram.ts";

describe("files the bot sends in the console chat", () => {
  it("are saved where the caller says, and the line printed says where", async () => {
    const printed: string[] = [];
    const saved = new Map<string, Uint8Array>();
    const telegram = new ConsoleTelegram(
      (text) => printed.push(text),
      { id: 1, is_bot: false, first_name: "李干部" },
      () => new Date("2024-06-14T17:49:00+08:00"),
      {
        save(name, bytes) {
          saved.set(name, bytes);
          return `data/console/${name}`;
        },
        saved: (path, caption) => `${caption} → ${path}`,
      },
    );
    const bytes = Buffer.from("时间,报送单位\r\n");
    const call = (method: string, payload: object) =>
      (telegram.transport as (...args: unknown[]) => Promise<unknown>)(undefined, method, payload);
    await call("sendDocument", {
      chat_id: 1,
      document: new InputFile(bytes, "报送记录.csv"),
      caption: "<b>金塔县</b> 报送记录",
    });
    expect(Buffer.from(saved.get("报送记录.csv") ?? []).equals(bytes)).toBe(true);
    expect(printed).toEqual(["金塔县 报送记录 → data/console/报送记录.csv"]);
  });
});
