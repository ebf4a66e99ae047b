import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runningTotalsOf } from "../../src/app/figures.ts";
import { openDatabase } from "../../src/db/client.ts";
import { createRepositories, type Repositories } from "../../src/db/repositories/index.ts";

let dir: string;
let repos: Repositories;
let close: () => Promise<void>;
const now = new Date("2024-06-14T09:00:00Z");

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "taizhang-invites-"));
  const db = await openDatabase(`file:${join(dir, "x.db")}`);
  repos = createRepositories(db, runningTotalsOf);
  close = () => db.close();
  const unit = await repos.units.create({ parentId: null, name: "金塔县", kind: "county" });
  const expiresAt = new Date(now.getTime() + 86_400_000);
  await repos.invites.create({
    code: "SIXTY",
    unitId: unit.id,
    role: "reporter",
    createdById: null,
    expiresAt,
    maxUses: 60,
  });
  await repos.invites.create({
    code: "THREE",
    unitId: unit.id,
    role: "reporter",
    createdById: null,
    expiresAt,
    maxUses: 3,
  });
});
afterEach(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

describe("redeeming an invitation code", () => {
  it("lets fifty people join at once with a code of sixty uses", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => repos.invites.redeem("SIXTY", now)));
    expect(results.filter(Boolean)).toHaveLength(50);
  });

  it("never gives out more uses than the code has, however many race for them", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => repos.invites.redeem("THREE", now)));
    expect(results.filter(Boolean)).toHaveLength(3);
  });

  it("refuses an expired or unknown code", async () => {
    expect(await repos.invites.redeem("SIXTY", new Date(now.getTime() + 2 * 86_400_000))).toBeNull();
    expect(await repos.invites.redeem("NOSUCH", now)).toBeNull();
  });
});
