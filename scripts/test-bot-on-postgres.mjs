// `npm test`, second part: the bot's tests again, on PostgreSQL (the app's and the database's own
// tests already run on both databases). Where no PostgreSQL answers, says so and passes, so that
// the README's test command works on a bare machine.
import { spawnSync } from "node:child_process";
import pg from "pg";

const url = process.env.TAIZHANG_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
let reachable = true;
try {
  await client.connect();
  await client.query("SELECT 1");
} catch {
  reachable = false;
} finally {
  await client.end().catch(() => undefined);
}
if (!reachable) {
  process.stdout.write(`PostgreSQL not reachable at ${url}: the bot tests on PostgreSQL are skipped\n`);
  process.exit(0);
}
const run = spawnSync("npx", ["vitest", "run", "test/bot"], {
  stdio: "inherit",
  env: { ...process.env, TAIZHANG_TEST_DATABASE: "postgres" },
});
process.exit(run.status ?? 1);
