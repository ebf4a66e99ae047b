import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileReport } from "../../src/app/index.ts";
import { incoming, seededCounty } from "../support/county.ts";
import { readWorkbook, rowsOf } from "../support/sheets.ts";

// Each test runs the command line as child processes, seconds each on two busy cores.
vi.setConfig({ testTimeout: 90_000 });

const bin = fileURLToPath(new URL("../../bin/taizhang.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "taizhang-export-cli-"));
const url = `file:${join(dir, "county.db")}`;

function taizhang(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, DATABASE_URL: url, TAIZHANG_NOW: "2024-06-14T17:00:00+08:00" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  const county = await seededCounty({ url, drop: async () => undefined });
  await fileReport(
    county.deps,
    county.reporter,
    incoming("高标准农田 累计完成1700亩", "2024-06-12T10:00:00+08:00"),
  );
  await county.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("taizhang export", () => {
  it("writes the ledger to the file --out names, as of TAIZHANG_NOW", async () => {
    const out = join(dir, "ledger.xlsx");
    const { code, stdout } = taizhang(["export", "ledger", "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        `^已写入 ${out}：\\d+ 项任务，\\d+ 个待协调问题，本周 \\d+ 个单位未报送（数据截至 2024-06-14 \\d\\d:\\d\\d）。`,
      ),
    );
    const sheet = (await readWorkbook(readFileSync(out))).getWorksheet("台账");
    expect(sheet?.getCell("A1").value).toBe("金塔县 台账 2024-06-14");
    expect(sheet && rowsOf(sheet, 3).find((r) => r[1] === "高标准农田建设")?.[7]).toBe(1700);
  });

  it("writes reports as CSV for a unit, in English, and the same through report export", () => {
    const csv = join(dir, "reports.csv");
    const run = taizhang([
      "export",
      "reports",
      "--from",
      "2024-06-10",
      "--to",
      "2024-06-16",
      "--out",
      csv,
      "--unit",
      "鼎新镇",
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(0);
    const lines = readFileSync(csv, "utf8").split("\r\n");
    expect(lines[0]?.startsWith("\uFEFFTime,Reporting unit,Task,")).toBe(true);
    expect(lines[1]).toContain("2024-06-12 10:00,民建村,高标准农田建设");
    const again = join(dir, "again.csv");
    expect(
      taizhang(["report", "export", "--from", "2024-06-10", "--to", "2024-06-16", "--out", again]).code,
    ).toBe(0);
    expect(readFileSync(again, "utf8").split("\r\n")).toHaveLength(3);
  });

  it("writes the unit tree and the tasks in the import format", async () => {
    const units = join(dir, "units.xlsx");
    const tasks = join(dir, "tasks.xlsx");
    expect(taizhang(["unit", "export", "--out", units]).code).toBe(0);
    expect(taizhang(["task", "export", "--out", tasks]).code).toBe(0);
    const unitSheet = (await readWorkbook(readFileSync(units))).getWorksheet("单位");
    expect(unitSheet && rowsOf(unitSheet).at(-1)).toEqual(["团结村", "金塔镇", "村"]);
    const taskSheet = (await readWorkbook(readFileSync(tasks))).getWorksheet("任务");
    expect(taskSheet?.rowCount).toBe(3);
  });

  it("explains itself with --help, and refuses a missing range or an unknown format", () => {
    expect(taizhang(["export", "--help"])).toMatchObject({ code: 0 });
    expect(taizhang(["export", "--help"]).stdout).toContain("export reports --from YYYY-MM-DD");
    expect(taizhang(["export", "reports", "--out", join(dir, "x.csv")]).code).toBe(2);
    expect(taizhang(["export", "ledger", "--out", join(dir, "x.pdf")]).code).toBe(2);
    expect(taizhang(["unit", "export", "--help"]).stdout).toContain("unit export --out FILE.xlsx");
    expect(existsSync(join(dir, "x.csv.partial"))).toBe(false);
  });
});
