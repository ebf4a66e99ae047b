#!/usr/bin/env node
// The package's command line. The source is TypeScript, run through tsx's loader.
import { spawnSync } from "node:child_process";

// Exports stream hundreds of thousands of rows; without a heap limit Node lets garbage pile up to
// hundreds of megabytes before collecting. They run with the bot's own limits (package.json start).
const streams =
  ["export", "report"].includes(process.argv[2] ?? "") ||
  process.argv.slice(2, 4).join(" ").endsWith(" export");
if (streams && !process.execArgv.some((a) => a.startsWith("--max-old-space-size"))) {
  const limits = ["--max-old-space-size=128", "--max-semi-space-size=4"];
  const child = spawnSync(process.execPath, [...limits, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
  });
  process.exit(child.status ?? 1);
}

const { register } = await import("tsx/esm/api");
register();
await import("../src/cli/main.ts");
