import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seededCounty } from "../support/county.ts";

// Each test runs the command line as child processes, seconds each on two busy cores.
vi.setConfig({ testTimeout: 90_000 });

const bin = fileURLToPath(new URL("../../bin/taizhang.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "taizhang-cli-"));
const url = `file:${join(dir, "ledger.db")}`;

function taizhang(args: string[], databaseUrl = url) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, DATABASE_URL: databaseUrl, BOT_TOKEN: "" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  const county = await seededCounty({ url, drop: async () => undefined });
  await county.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("taizhang backup, restore and reparse", () => {
  it("backs up, restores into another database, and reparses it without writing", () => {
    const file = join(dir, "copy.db");
    const backup = taizhang(["backup", "--out", file]);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`已备份到 ${file}`);
    expect(existsSync(file)).toBe(true);

    const other = `file:${join(dir, "restored.db")}`;
    const restore = taizhang(["restore", file, "--lang", "en"], other);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`Restored from ${file}`);

    const reparse = taizhang(["reparse"], other);
    expect(reparse.code).toBe(0);
    expect(reparse.stdout).toContain("读取 0 条");
    expect(reparse.stdout).toContain("没有需要改变的报告");
  });

  it("answers --help with each command's usage, and a wrong call with a non-zero exit", () => {
    for (const command of ["backup", "restore", "reparse"]) {
      const help = taizhang([command, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`usage: taizhang ${command}`);
    }
    expect(taizhang(["backup"]).code).toBe(2);
    expect(taizhang(["restore", join(dir, "missing.db")]).code).toBe(1);
    expect(taizhang(["reparse", "--from", "yesterday"]).code).toBe(1);
  });
});
