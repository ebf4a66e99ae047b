import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileReport } from "../../src/app/index.ts";
import { incoming, seededCounty } from "../support/county.ts";

// Each test runs the command line as child processes, seconds each on two busy cores.
vi.setConfig({ testTimeout: 90_000 });

const bin = fileURLToPath(new URL("../../bin/taizhang.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "taizhang-ask-"));
const url = `file:${join(dir, "ledger.db")}`;

const taizhang = (args: string[]) => {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, DATABASE_URL: url },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

beforeAll(async () => {
  const county = await seededCounty({ url, drop: async () => undefined });
  await fileReport(county.deps, county.reporter, incoming("改厕 累计完成120户", "2024-06-12T10:00:00+08:00"));
  await county.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("taizhang ask", () => {
  it("prints what the bot would answer that person at that moment, in their language or --lang", () => {
    const at = "2024-06-14T18:00:00+08:00";
    const zh = taizhang(["ask", "改厕进度？", "--as", "1001", "--at", at]);
    expect(zh.stderr).toBe("");
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("农村改厕");
    expect(zh.stdout).toContain("120");
    expect(zh.stdout).toContain("2024-06-14 18:00");
    const en = taizhang(["ask", "改厕进度？", "--as", "1001", "--at", at, "--lang", "en"]);
    expect(en.stdout).toContain("as of 2024-06-14 18:00");
    // Before the report was sent, the ledger had nothing for it.
    expect(
      taizhang(["ask", "改厕进度？", "--as", "1001", "--at", "2024-06-11T18:00:00+08:00"]).stdout,
    ).not.toContain("120");
  });

  it("refuses someone the ledger does not know, and explains itself", () => {
    expect(taizhang(["ask", "改厕进度？", "--as", "999"]).code).toBe(1);
    expect(taizhang(["ask", "--help"]).stdout).toContain('usage: taizhang ask "QUESTION"');
  });
});
