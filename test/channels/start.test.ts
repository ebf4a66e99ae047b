import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

it("npm start's own path (the bundle) runs the console chat a newcomer sees", () => {
  const cwd = mkdtempSync(`${tmpdir()}/taizhang-start-`);
  // Run from a temporary directory, so the demo database is a fresh one.
  const run = spawnSync(process.execPath, [`${root}scripts/start.mjs`], {
    cwd,
    input: "民建村 改厕 本周新增3户\n1\n",
    encoding: "utf8",
    timeout: 90_000,
    env: { ...process.env, BOT_TOKEN: "", LOG_LEVEL: "warn" },
  });
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("已载入演示县");
  expect(run.stdout).toContain("任务：农村改厕");
  expect(run.stdout).toContain("✅ 已确认");
});
