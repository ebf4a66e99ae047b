// PostgreSQL for the scale benchmarks: a fresh database of its own on the shared server (dropped at
// the end), or a private cluster in a temporary folder on another port that may be crashed on
// purpose (never the shared one; checked-facts.md, PostgreSQL).
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createPostgresDatabase } from "../../test/support/databases.ts";

export const SHARED_PG = process.env.TAIZHANG_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

/** A new, empty database on the server `adminUrl` names (the tests' own maker). */
export const createDatabase = (prefix: string, adminUrl = SHARED_PG) =>
  createPostgresDatabase(prefix, adminUrl);

/**
 * CPU seconds used so far by the PostgreSQL server processes on this machine that are alive now
 * (a backend that exits takes its count with it; the instances' pooled ones live through a run).
 */
export function postgresCpuSeconds(cpuOf: (pid: number) => number): number {
  let seconds = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") seconds += cpuOf(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return seconds;
}

/** Runs one query on `url` and gives its rows. */
export async function query<T extends object>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const run = (args: string[]) => execFileSync("runuser", ["-u", "postgres", "--", ...args], { stdio: "pipe" });

/** A private cluster (initdb + pg_ctl as the postgres user) that the fault scenarios crash. */
export class PrivateCluster {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  /** Why a private cluster cannot run here, or null when it can. */
  static unavailable(): string | null {
    if (process.getuid?.() !== 0) return "not root: runuser -u postgres is needed to run initdb and pg_ctl";
    for (const tool of ["runuser", "initdb", "pg_ctl"]) {
      try {
        execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "pipe" });
      } catch {
        return `${tool} is not on the PATH`;
      }
    }
    return null;
  }

  static async create(port = 55432): Promise<PrivateCluster> {
    const dir = mkdtempSync(join(tmpdir(), "taizhang-pg-"));
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
    run(["initdb", "-D", join(dir, "data"), "-A", "trust", "-U", "postgres"]);
    const cluster = new PrivateCluster(dir, port);
    cluster.start();
    return cluster;
  }

  get adminUrl(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/postgres`;
  }

  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c max_connections=200`;
    run(["pg_ctl", "-D", join(this.dir, "data"), "-o", options, "-l", join(this.dir, "log"), "-w", "start"]);
  }

  /** Stops it as a crash would: no shutdown checkpoint, every connection cut. */
  crash(): void {
    run(["pg_ctl", "-D", join(this.dir, "data"), "-m", "immediate", "stop"]);
  }

  remove(): void {
    if (existsSync(join(this.dir, "data", "postmaster.pid"))) {
      try {
        run(["pg_ctl", "-D", join(this.dir, "data"), "-m", "immediate", "stop"]);
      } catch {
        // already stopped
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
