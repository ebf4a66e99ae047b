// The bot process as benchmarks start it: exactly what `npm start` runs, and its resident memory.
import { readFileSync } from "node:fs";

/** `npm start`'s node flags and script. */
export const startArgs = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    scripts: { start: string };
  }
).scripts.start
  .split(" ")
  .slice(1);

/** Resident memory of a process, in MB. */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
