import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileReport, openApp } from "../../src/app/index.ts";
import { backupDatabase, restoreDatabase } from "../../src/db/backup.ts";
import { countyPerTest, incoming } from "../support/county.ts";
import { databaseKinds, type TestDatabase } from "../support/databases.ts";

const kinds = await databaseKinds();

describe.each(kinds)("backup and restore on $name", (kind) => {
  const current = countyPerTest(kind);
  let dir = "";
  let restored: TestDatabase | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "taizhang-backup-"));
  });
  afterEach(async () => {
    await restored?.drop();
    restored = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it("copies the database while it is in use; the copy restores without what came after", async () => {
    const { deps } = current();
    const sourceUrl = current().databaseUrl;
    for (let i = 0; i < 5; i++) await fileReport(deps, current().reporter, incoming(`改厕 新增${i + 1}户`));
    const file = join(dir, kind.name === "postgres" ? "ledger.dump" : "ledger.db");
    // Reports keep arriving while the copy is made; the copy holds either all or none of each.
    const during = Promise.all(
      [6, 7, 8].map((n) => fileReport(deps, current().reporter, incoming(`改厕 新增${n}户`))),
    );
    const { bytes } = await backupDatabase(sourceUrl, file);
    await during;
    expect(bytes).toBeGreaterThan(10_000);
    await fileReport(deps, current().reporter, incoming("改厕 新增9户"));

    restored = await kind.create();
    await restoreDatabase(restored.url, file);
    const app = await openApp({ databaseUrl: restored.url });
    try {
      const rows = await app.db.prisma.report.findMany({ select: { rawText: true } });
      const texts = rows.map((r) => r.rawText);
      expect(texts).toEqual(expect.arrayContaining(["改厕 新增1户", "改厕 新增5户"]));
      expect(texts).not.toContain("改厕 新增9户");
      expect(texts.length).toBeGreaterThanOrEqual(5);
      expect(texts.length).toBeLessThanOrEqual(8);
      const quantities = await app.db.prisma.quantity.count();
      expect(quantities).toBe(texts.length);
      expect((await app.deps.ledger.snapshot()).tasks.map((t) => t.name)).toContain("农村改厕");
    } finally {
      await app.close();
    }
  });

  it("refuses a file that is not a backup, and a missing one", async () => {
    const notABackup = join(dir, "notes.txt");
    writeFileSync(notABackup, "民建村 高标准农田 本周新增300亩\n".repeat(50));
    restored = await kind.create();
    await expect(restoreDatabase(restored.url, notABackup)).rejects.toThrow();
    await expect(restoreDatabase(restored.url, join(dir, "missing.db"))).rejects.toThrow(/no such backup/);
  });
});
