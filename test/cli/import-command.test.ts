import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it, vi } from "vitest";
import { importLedger, openApp, operator } from "../../src/app/index.ts";
import { workbook } from "../support/ledger-files.ts";

// Each test runs the command line as child processes, seconds each on two busy cores.
vi.setConfig({ testTimeout: 90_000 });

const bin = fileURLToPath(new URL("../../bin/taizhang.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "taizhang-import-cli-"));
const databaseUrl = `file:${join(dir, "ledger.db")}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function taizhang(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const unitsCsv = "单位名称,上级单位,类型\n金塔县,,县\n鼎新镇,金塔县,镇\n民建村,鼎新镇,村\n团结村,鼎新镇,村\n";

/** A ledger of 民建村's tasks in GBK, as Excel on a Chinese Windows saves CSV, of about `megabytes`. */
function bigTasksCsv(megabytes: number): { bytes: Uint8Array; rows: number } {
  const lines = ["序号,编号,任务名称,责任单位,牵头领导,目标值,计量单位,完成时限,备注"];
  let size = 0;
  for (let i = 1; size < megabytes * 1024 * 1024; i++) {
    const line = `${i},JT-${i},农房改造（第${i}批）,鼎新镇/民建村,张${i % 50},${100 + (i % 40)},户,2026年12月底,按季度调度、按月通报、年底验收`;
    lines.push(line);
    size += iconv.encode(line, "gbk").length + 2;
  }
  const bytes = new Uint8Array(iconv.encode(lines.join("\r\n"), "gbk"));
  return { bytes, rows: lines.length - 1 };
}

describe("taizhang import", () => {
  it("prints its usage with --help, and asks for a file without one", () => {
    expect(taizhang(["import", "--help"])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/--dry-run/),
    });
    expect(taizhang(["import"]).code).toBe(2);
    expect(taizhang(["task", "--help"]).stdout).toMatch(/task import FILE/);
  });

  it("imports units, then tasks, and a re-import changes nothing", async () => {
    const units = file("单位.csv", unitsCsv);
    expect(taizhang(["unit", "import", units])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/新增 4/),
    });
    const tasks = file(
      "重点任务.xlsx",
      (
        await workbook({
          重点任务: [
            ["序号", "任务名称", "责任单位", "目标值（户）", "完成时限"],
            [1, "农村改厕", "民建村", 200, "2026-10-31"],
          ],
        })
      ).bytes,
    );
    const dry = taizhang(["task", "import", tasks, "--dry-run", "--lang", "en"]);
    expect(dry).toMatchObject({ code: 0, stdout: expect.stringMatching(/^🔍 Dry run of 重点任务.xlsx/) });
    expect(dry.stdout).toMatch(/\+ task 农村改厕/);
    expect(taizhang(["import", tasks]).stdout).toMatch(/✅ 已导入/);
    expect(taizhang(["import", tasks]).stdout).toMatch(/与台账一致，没有改动/);
  });

  it("rejects a bad file with exit status 1, listing every problem", () => {
    const bad = file(
      "bad.csv",
      "任务名称,责任单位,目标值,计量单位,完成时限\n农房改造,东湖村,一百,户,2026-12-31\n道路硬化,西湖村,3,公里,明年\n",
    );
    const run = taizhang(["import", bad, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").filter((l) => l.startsWith("Sheet"))).toEqual([
      'Sheet "bad", row 2, column B: no unit "东湖村" was found.',
      'Sheet "bad", row 2, column C: "一百" is not a number.',
      'Sheet "bad", row 3, column B: no unit "西湖村" was found.',
      'Sheet "bad", row 3, column E: "明年" is not a date (write 2026-12-31, 2026年12月31日, 12月底 or 年底).',
    ]);
    expect(taizhang(["unit", "import", bad]).code).toBe(1);
    expect(taizhang(["import", file("random.xlsx", new Uint8Array(1000).fill(42))]).stderr).toMatch(
      /文件无法读取/,
    );
  });

  it("reads a 20 MB GBK ledger from the command line; the chat's import refuses it whole", async () => {
    const app = await openApp({ databaseUrl });
    const units = { name: "单位.csv", bytes: new TextEncoder().encode(unitsCsv) };
    expect(await importLedger(app.deps, await operator(app.deps), units, { dryRun: false })).toMatchObject({
      ok: true,
    });
    const big = bigTasksCsv(20);
    expect(big.bytes.byteLength).toBeGreaterThan(20 * 1024 * 1024);
    const path = file("big.csv", big.bytes);
    const run = taizhang(["import", path, "--dry-run", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Tasks: ${big.rows.toLocaleString("en")} new`));
    // Through the app's default limit (the bot runs in a small heap): one problem, nothing read.
    try {
      const outcome = await importLedger(
        app.deps,
        await operator(app.deps),
        { name: "big.csv", bytes: big.bytes },
        { dryRun: true },
      );
      expect(outcome.ok ? [] : outcome.problems.map((p) => p.code)).toEqual(["file-too-large"]);
    } finally {
      await app.close();
    }
  }, 90_000);
});
