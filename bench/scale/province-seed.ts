// A province for the digest benchmark, generated inside PostgreSQL (INSERT … SELECT over
// generate_series: nothing crosses the wire): 50 counties × 20 townships × 10 villages, 5 000 tasks
// (100 a county, each assigned to 20 of its villages: 100 000 assignments), and `reports` reports
// spread evenly over the assignments through 2026, with a quantity each. Running totals and their
// sequence are written with the rows, as the repository keeps them (running-totals.ts): each report
// adds 5, 10, 15 or 20 亩 in turn, so the total after the k-th is known in closed form.
import pg from "pg";

export const PROVINCE = { counties: 50, townshipsPerCounty: 20, villagesPerTownship: 10, tasks: 5_000 };
const ASSIGNMENTS_PER_TASK = 20;
export const ASSIGNMENTS = PROVINCE.tasks * ASSIGNMENTS_PER_TASK;

async function timed(client: pg.Client, label: string, sql: string, params: unknown[] = []) {
  const t0 = performance.now();
  const result = await client.query(sql, params);
  console.log(
    `  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

export async function seedProvince(url: string, rootId: string, reports: number): Promise<void> {
  const perAssignment = Math.max(1, Math.floor(reports / ASSIGNMENTS));
  const counties = PROVINCE.counties;
  const townships = counties * PROVINCE.townshipsPerCounty;
  const villages = townships * PROVINCE.villagesPerTownship;
  const villagesPerCounty = villages / counties;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await timed(
      client,
      "units",
      `INSERT INTO "Unit" (id, "parentId", name, kind)
         SELECT 'c' || i, $1, '第' || i || '县', 'county' FROM generate_series(0, ${counties - 1}) i
       UNION ALL
         SELECT 't' || i, 'c' || (i / ${PROVINCE.townshipsPerCounty}), '第' || i || '镇', 'township' FROM generate_series(0, ${townships - 1}) i
       UNION ALL
         SELECT 'v' || i, 't' || (i / ${PROVINCE.villagesPerTownship}), '第' || i || '村', 'village' FROM generate_series(0, ${villages - 1}) i`,
      [rootId],
    );
    await timed(
      client,
      "tasks",
      `INSERT INTO "Task" (id, "planYear", name, aliases, "ownerUnitId", measure, target, deadline, "updatedAt")
       SELECT 'k' || i, 2026, '任务' || i || '号', '[]', 'c' || (i % ${counties}), '亩', 1000 + (i % 7) * 500, '2026-12-31', now()
       FROM generate_series(0, ${PROVINCE.tasks - 1}) i`,
    );
    // Task i (county i % 50, its j-th) goes to villages 2j … 2j+19 of its county (mod 200).
    await timed(
      client,
      "assignments",
      `INSERT INTO "Assignment" (id, "taskId", "unitId", target)
       SELECT 'a' || (i * ${ASSIGNMENTS_PER_TASK} + m), 'k' || i,
              'v' || ((i % ${counties}) * ${villagesPerCounty} + ((i / ${counties}) * 2 + m) % ${villagesPerCounty}), 100
       FROM generate_series(0, ${PROVINCE.tasks - 1}) i, generate_series(0, ${ASSIGNMENTS_PER_TASK - 1}) m`,
    );
    // Report k of assignment a: sent through the year, the last ones in the digest's week for most.
    const batch = 10_000;
    for (let from = 0; from < ASSIGNMENTS; from += batch) {
      const to = Math.min(ASSIGNMENTS, from + batch) - 1;
      const t0 = performance.now();
      await client.query(
        `INSERT INTO "Report" (id, platform, "chatExternalId", "messageId", "rawText", "sentAt", parsed, "taskId", "unitId",
                               state, "runningTotal", "runningSeq", "updatedAt")
         SELECT 'r' || a || '.' || k, 'telegram', 'g' || a, k::text, '新增' || (5 + (k % 4) * 5) || '亩',
                timestamptz '2026-01-01 00:00+08' + ((k + 1) * interval '330 days' / ${perAssignment})
                  - ((a * 37) % (6 * 86400)) * interval '1 second',
                '{"place":null,"placePath":[],"task":null,"taskId":null,"quantities":[{"value":' || (5 + (k % 4) * 5)
                  || ',"unit":"亩","kind":"increment","label":null}],"percent":null,"date":null,"issues":'
                  || CASE WHEN (a + k) % 97 = 0 THEN '["资金未到位"]' ELSE '[]' END
                  || ',"nextSteps":[],"confidence":0.9,"language":"zh"}',
                'k' || (a / ${ASSIGNMENTS_PER_TASK}),
                'v' || (((a / ${ASSIGNMENTS_PER_TASK}) % ${counties}) * ${villagesPerCounty} + (((a / ${ASSIGNMENTS_PER_TASK}) / ${counties}) * 2 + a % ${ASSIGNMENTS_PER_TASK}) % ${villagesPerCounty}),
                'filed',
                5 * (k + 1) + 5 * (6 * ((k + 1) / 4) + ((k + 1) % 4) * ((k + 1) % 4 - 1) / 2),
                k + 1, now()
         FROM generate_series($1::int, $2::int) a, generate_series(0, ${perAssignment - 1}) k`,
        [from, to],
      );
      await client.query(
        `INSERT INTO "Quantity" (id, "reportId", position, value, unit, kind)
         SELECT 'q' || a || '.' || k, 'r' || a || '.' || k, 0, 5 + (k % 4) * 5, '亩', 'increment'
         FROM generate_series($1::int, $2::int) a, generate_series(0, ${perAssignment - 1}) k`,
        [from, to],
      );
      if (from === 0 || (from + batch) % 20_000 === 0 || to === ASSIGNMENTS - 1)
        console.log(
          `  reports and quantities of assignments ${from}…${to}: ${((to - from + 1) * perAssignment).toLocaleString("en")} each in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
    }
    // What autovacuum does soon after a bulk load: statistics, and the visibility map that lets the
    // digest's seeks answer from the index alone.
    const t0 = performance.now();
    await client.query(`VACUUM (ANALYZE)`);
    console.log(`  VACUUM (ANALYZE) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}
