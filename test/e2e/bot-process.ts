import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BotApiEmulator } from "../emulator/bot-api-emulator.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

export interface BotProcess {
  readonly dir: string;
  readonly databaseFile: string;
  readonly emulator: BotApiEmulator;
  readonly bot: ChildProcess;
  /** What the process wrote to stdout and stderr so far. */
  log(): string;
  readonly exited: Promise<number | null>;
}

/**
 * The real bot process (`node --import tsx src/main.ts`) on a fresh SQLite file against a new
 * emulator, after the deployment's first step from the command line: the county, with an operator
 * as its admin. `env` adds to the process's environment (the webhook's settings, say).
 */
export async function startBotProcess(options: {
  token: string;
  adminId: number;
  env?: (apiRoot: string) => Record<string, string>;
}): Promise<BotProcess> {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-e2e-"));
  const databaseFile = join(dir, "e2e.db");
  const env = { ...process.env, DATABASE_URL: `file:${databaseFile}`, LOG_LEVEL: "warn" };
  execFileSync(
    process.execPath,
    ["bin/taizhang.mjs", "admin", "add", "--telegram-id", "1", "--unit", "金塔县"],
    {
      cwd: ROOT,
      env,
    },
  );
  const emulator = new BotApiEmulator({ token: options.token });
  const { apiRoot } = await emulator.start();
  const bot = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: {
      ...env,
      BOT_TOKEN: options.token,
      TELEGRAM_API_ROOT: apiRoot,
      BOOTSTRAP_ADMIN_IDS: String(options.adminId),
      ...options.env?.(apiRoot),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  bot.stdout?.on("data", (chunk) => {
    log += chunk;
  });
  bot.stderr?.on("data", (chunk) => {
    log += chunk;
  });
  const exited = new Promise<number | null>((resolve) => bot.once("exit", (code) => resolve(code)));
  return { dir, databaseFile, emulator, bot, log: () => log, exited };
}
