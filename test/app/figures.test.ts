import { describe, expect, it } from "vitest";
import { fileReport, totalsAsOf, withdrawReport } from "../../src/app/index.ts";
import { computeProgress } from "../../src/domain/ledger/index.ts";
import { countyPerTest, incoming, member } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";

const kinds = await databaseKinds();

describe.each(kinds)("ledger figures aggregated in the database, on $name", (kind) => {
  const current = countyPerTest(kind);

  it("agree with the ledger arithmetic, report by report and at any cut-off", async () => {
    const other = await member(current().deps, current().admin, "2002", "鼎新镇团结村", "reporter");
    // A fixed pseudo-random history: totals, increments, both at once, other units, withdrawals.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const texts = (n: number) => [
      `高标准农田 本周新增${n}亩`,
      `高标准农田 累计完成${n * 10}亩`,
      `高标准农田 本周新增${n}亩，累计${n * 12}亩`,
      `改厕 新增${n % 40}户`,
      `改厕 累计完成${n}户`,
      `高标准农田 新增${n}公顷`,
    ];
    const start = Date.parse("2024-05-01T08:00:00+08:00");
    const filed: string[] = [];
    for (let i = 0; i < 40; i++) {
      const who = next() % 3 === 0 ? other : current().reporter;
      const text = texts(10 + (next() % 90))[next() % 6] as string;
      const sentAt = new Date(start + (next() % (30 * 86_400)) * 1000).toISOString();
      const message = incoming(text, sentAt, who.personId, String(i));
      const outcome = await fileReport(current().deps, who, message);
      if (outcome.kind === "filed") filed.push(outcome.card.reportId);
      if (next() % 7 === 0 && outcome.kind === "filed")
        await withdrawReport(current().deps, who, outcome.card.reportId);
    }
    expect(filed).toHaveLength(40);

    const tasks = [current().tasks.farmland, current().tasks.toilet];
    for (const cutoff of [
      "2024-05-10T00:00:00+08:00",
      "2024-05-20T12:00:00+08:00",
      "2024-06-30T00:00:00+08:00",
    ]) {
      const at = new Date(cutoff);
      const fromSql = await totalsAsOf(current().deps, at);
      for (const task of tasks) {
        const reports = (await current().deps.repos.reports.forTask(task.id)).filter(
          (r) => r.sentAt <= at && r.unitId,
        );
        const units = new Set(reports.map((r) => r.unitId as string));
        for (const unitId of units) {
          const mine = reports.filter((r) => r.unitId === unitId);
          const expected = computeProgress({
            unit: task.measure,
            reports: mine.map((r) => ({
              id: r.id,
              sentAt: r.sentAt,
              counts: r.state !== "pending" && r.state !== "withdrawn",
              quantities: r.quantities.map((q) => ({
                value: q.value,
                unit: q.unit,
                kind: q.kind as "increment",
              })),
            })),
          }).total;
          const got = fromSql.find((f) => f.taskId === task.id && f.unitId === unitId);
          expect(got?.total ?? null, `${task.name} at ${cutoff}`).toBeCloseTo(
            expected ?? (got ? 0 : Number.NaN),
            6,
          );
        }
      }
    }
  });

  it("give the total at the start of a period in the same pass as at its end", async () => {
    const file = (text: string, at: string, id: string) =>
      fileReport(current().deps, current().reporter, incoming(text, at, "c", id));
    await file("高标准农田 累计完成1000亩", "2024-06-01T10:00:00+08:00", "1");
    await file("高标准农田 本周新增300亩", "2024-06-05T10:00:00+08:00", "2");
    await file("高标准农田 累计完成1500亩", "2024-06-12T10:00:00+08:00", "3");
    await file("高标准农田 本周新增50亩", "2024-06-13T10:00:00+08:00", "4");
    const rows = await totalsAsOf(
      current().deps,
      new Date("2024-06-14T00:00:00+08:00"),
      new Date("2024-06-10T00:00:00+08:00"),
    );
    const farmland = rows.find((r) => r.taskId === current().tasks.farmland.id);
    expect(farmland).toMatchObject({ total: 1550, totalBefore: 1300 });
  });

  it("knows which units were heard from in a week", async () => {
    await fileReport(
      current().deps,
      current().reporter,
      incoming("改厕 新增3户", "2024-06-11T10:00:00+08:00", "c", "a"),
    );
    await fileReport(
      current().deps,
      current().reporter,
      incoming("改厕 新增3户", "2024-06-03T10:00:00+08:00", "c", "b"),
    );
    const week = await current().deps.repos.figures.unitsHeardFrom(
      new Date("2024-06-10T00:00:00+08:00"),
      new Date("2024-06-17T00:00:00+08:00"),
    );
    const snapshot = await current().deps.ledger.snapshot();
    expect([...week].map((id) => snapshot.unitName(id))).toEqual(["民建村"]);
    const before = await current().deps.repos.figures.unitsHeardFrom(
      new Date("2024-05-01T00:00:00+08:00"),
      new Date("2024-06-01T00:00:00+08:00"),
    );
    expect(before.size).toBe(0);
  });
});
