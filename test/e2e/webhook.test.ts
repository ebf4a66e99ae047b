import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotApiEmulator, User } from "../emulator/bot-api-emulator.ts";
import { type BotProcess, startBotProcess } from "./bot-process.ts";

/**
 * The real bot process in webhook mode: the emulator plays Telegram pushing updates to WEBHOOK_URL
 * with the secret header, and the tests play whoever else knocks on that URL.
 */
const TOKEN = "123456:HOOK";
const SECRET = "s3cret-token_for-tests";
const ADMIN: User = { id: 100, is_bot: false, first_name: "王县长", language_code: "zh-hans" };

let dir: string;
let emulator: BotApiEmulator;
let bot: ChildProcess;
let base: string;
let started: BotProcess;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  started = await startBotProcess({
    token: TOKEN,
    adminId: ADMIN.id,
    env: () => ({
      WEBHOOK_URL: `${base}/telegram/hook`,
      WEBHOOK_SECRET: SECRET,
      HTTP_PORT: String(port),
      HTTP_HOST: "127.0.0.1",
    }),
  });
  ({ dir, emulator, bot } = started);
  await emulator.waitFor((c) => c.method === "setWebhook", 30_000);
}, 60_000);

afterAll(async () => {
  if (bot.exitCode === null) bot.kill("SIGKILL");
  await emulator.stop();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: string, secret: string | null = SECRET) =>
  fetch(`${base}/telegram/hook`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}),
    },
    body,
  });

describe("webhook mode", () => {
  it("sets the webhook with its secret and answers what Telegram pushes", async () => {
    const setWebhook = emulator.calls.find((c) => c.method === "setWebhook");
    expect(setWebhook?.params).toMatchObject({ url: `${base}/telegram/hook`, secret_token: SECRET });
    emulator.sendText(ADMIN.id, ADMIN, "/start");
    const reply = await emulator.waitForBotMessage(ADMIN.id, undefined, 15_000);
    expect(reply.text).toMatch(/台账|管理员/);
    expect(emulator.webhook.deliveries.every((d) => d.status === 200)).toBe(true);
  }, 30_000);

  it("refuses calls without the secret or with a wrong one, and handles nothing of them", async () => {
    const before = emulator.botMessages(ADMIN.id).length;
    const forged = JSON.stringify({
      update_id: 9_000_001,
      message: {
        message_id: 1,
        date: 1,
        chat: { id: ADMIN.id, type: "private" },
        from: ADMIN,
        text: "/start",
      },
    });
    expect((await post(forged, null)).status).toBe(401);
    expect((await post(forged, "wrong-secret-of-same-size!")).status).toBe(401);
    expect((await post("x".repeat(2 * 1024 * 1024))).status).toBe(413);
    expect((await post("{not json")).status).toBe(400);
    // An object without update_id is not an update: acknowledged so Telegram moves on, not handled.
    expect((await post(JSON.stringify({ hello: "world" }))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(emulator.botMessages(ADMIN.id)).toHaveLength(before);
  });

  it("handles an update Telegram delivers twice once", async () => {
    const queued = emulator.sendText(ADMIN.id, ADMIN, "/help");
    await emulator.waitForBotMessage(ADMIN.id, undefined, 15_000);
    const count = emulator.botMessages(ADMIN.id).length;
    expect((await post(JSON.stringify(queued.update))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(emulator.botMessages(ADMIN.id)).toHaveLength(count);
  }, 30_000);

  it("answers /healthz, /readyz and /metrics", async () => {
    // The ledger has no tasks yet: the report is kept, pending, and counted as one the parser could not file.
    emulator.sendText(ADMIN.id, ADMIN, "民建村 改厕 本周新增3户");
    await emulator.waitForBotMessage(ADMIN.id, undefined, 15_000);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/taizhang_updates_total\{outcome="handled"\} [1-9]/);
    expect(metrics).toMatch(/taizhang_updates_total\{outcome="duplicate"\} [1-9]/);
    expect(metrics).toContain("taizhang_update_seconds_bucket");
    expect(metrics).toMatch(/taizhang_reports_total\{state="pending"\} 1/);
    expect(metrics).toMatch(/taizhang_parse_failures_total\{holdup="[a-z-]+"\} 1/);
    expect(started.log()).not.toMatch(/"level":(50|60)/);
  });
});
