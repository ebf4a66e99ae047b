import { describe, expect, it } from "vitest";
import { fileReport, openApp, totalsAsOf } from "../../src/app/index.ts";
import { seededCounty } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";

const postgres = (await databaseKinds()).find((k) => k.name === "postgres");

/**
 * Two bot instances on one PostgreSQL database file reports for the same assignment at the same
 * time: each report's running total must still follow from the one before it, as if one process
 * had filed them all.
 */
describe.skipIf(!postgres?.available)("two instances on one PostgreSQL database", () => {
  it("keep one assignment's running totals right when both file for it at once", async () => {
    const database = await (postgres as NonNullable<typeof postgres>).create();
    const county = await seededCounty(database);
    const other = await openApp({ databaseUrl: county.databaseUrl, now: county.deps.now });
    try {
      const apps = [county.deps, other.deps];
      const filings = Array.from({ length: 60 }, (_, i) =>
        fileReport(apps[i % 2] as (typeof apps)[number], county.reporter, {
          platform: "telegram",
          chatExternalId: "2001",
          messageId: `m${i}`,
          updateId: null,
          text: "改厕 新增1户",
          sentAt: new Date(Date.UTC(2024, 5, 14, 1, 0, i)),
          groupUnitId: null,
        }),
      );
      await Promise.all(filings);
      const reports = await county.deps.repos.reports.forTask(county.tasks.toilet.id);
      expect(reports).toHaveLength(60);
      // In time order, each total is one more than the one before.
      expect(reports.map((r) => r.runningTotal)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      const totals = await totalsAsOf(county.deps, new Date("2024-06-15T00:00:00Z"));
      expect(totals.find((t) => t.taskId === county.tasks.toilet.id)?.total).toBe(60);
    } finally {
      await other.close();
      await county.close();
    }
  });
});
