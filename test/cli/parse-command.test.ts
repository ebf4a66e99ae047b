import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { parsedReportSchema } from "../../src/domain/parser/index.ts";

// Each test runs the command line as child processes, seconds each on two busy cores.
vi.setConfig({ testTimeout: 90_000 });

const bin = fileURLToPath(new URL("../../bin/taizhang.mjs", import.meta.url));
const tasks = fileURLToPath(new URL("../fixtures/tasks.json", import.meta.url));

function taizhang(args: string[], input = "") {
  const run = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("taizhang parse", () => {
  it("writes one ParsedReport per input line, in order, JSON lines and plain lines alike", () => {
    const input = [
      JSON.stringify({ text: "民建村 高标准农田 本周新增300亩", sentAt: "2024-06-14T17:49:00+08:00" }),
      "金塔县 改厕 昨天完成18户",
      "{not json at all",
      "",
      JSON.stringify({ text: "收到" }),
    ].join("\n");
    const { code, stdout } = taizhang(
      ["parse", "--tasks", tasks, "--now", "2024-06-20T10:00:00+08:00"],
      `${input}\n`,
    );
    expect(code).toBe(0);
    const reports = stdout
      .trimEnd()
      .split("\n")
      .map((line) => parsedReportSchema.parse(JSON.parse(line)));
    expect(reports).toHaveLength(5);
    expect(reports[0]).toMatchObject({
      place: "民建村",
      taskId: "farmland",
      quantities: [{ value: 300, unit: "亩", kind: "increment" }],
    });
    // A line without sentAt is sent at --now.
    expect(reports[1]).toMatchObject({ place: "金塔县", taskId: "toilet", date: "2024-06-19" });
    expect(reports[2]?.confidence).toBeLessThan(0.5);
    expect(reports[3]?.confidence).toBeLessThan(0.5);
    expect(reports[4]?.confidence).toBeLessThan(0.5);
  });

  it("rejects a task list that is not one, naming the problem", () => {
    const { code, stderr } = taizhang(["parse", "--tasks", bin], "x\n");
    expect(code).toBe(1);
    expect(stderr).toMatch(/taizhang:/);
  });

  it("explains itself", () => {
    expect(taizhang(["parse", "--help"]).stdout).toMatch(/--tasks/);
    expect(taizhang(["--help"]).stdout).toMatch(/parse/);
    expect(taizhang(["nonsense"]).code).toBe(2);
  });
});

describe("taizhang admin, unit and task", () => {
  it("sets up a county from an empty database", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(`${tmpdir()}/taizhang-cli-`);
    const env = { ...process.env, DATABASE_URL: `file:${dir}/cli.db` };
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], { env, encoding: "utf8", timeout: 60_000 });
    expect(cli(["admin", "add", "--telegram-id", "42", "--unit", "金塔县"]).stdout).toMatch(
      /42 is now an admin of 金塔县 \(created\)/,
    );
    expect(cli(["unit", "add", "--parent", "金塔县", "--name", "鼎新镇"]).stdout).toMatch(
      /added 鼎新镇 under 金塔县/,
    );
    const task = cli([
      "task",
      "add",
      "--owner",
      "鼎新镇",
      "--name",
      "高标准农田",
      "--measure",
      "亩",
      "--target",
      "3000",
    ]);
    expect(task.stdout).toMatch(/added task 高标准农田/);
    const png = `${dir}/digest.png`;
    const digest = cli([
      "digest",
      "--unit",
      "金塔县",
      "--at",
      "2026-11-27T17:00:00+08:00",
      "--dry-run",
      "--png",
      png,
    ]);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
    expect(digest.stdout).toContain("📊 金塔县 周报（2026-11-23 至 2026-11-29）");
    expect(digest.stdout).toContain("高标准农田：0/3,000 亩（0%）");
    const refused = cli(["unit", "add", "--parent", "不存在镇", "--name", "新村"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/unknown-unit/);
  });
});
