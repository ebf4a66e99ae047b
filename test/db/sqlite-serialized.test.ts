import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.ts";

let dir: string;
let db: Database;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "taizhang-serial-"));
  db = await openDatabase(`file:${join(dir, "x.db")}`);
});
afterEach(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const unit = (name: string) => ({ name, kind: "village", parentId: null });

it("keeps a write made while another's transaction is open, when that transaction rolls back", async () => {
  let inside!: () => void;
  const opened = new Promise<void>((resolve) => {
    inside = resolve;
  });
  let proceed!: () => void;
  const held = new Promise<void>((resolve) => {
    proceed = resolve;
  });
  const failing = db.prisma
    .$transaction(async (tx) => {
      await tx.unit.create({ data: unit("回滚村") });
      inside();
      await held;
      throw new Error("this transaction fails");
    })
    .catch((error: Error) => error.message);
  await opened;
  // Another update's write, while the transaction is open on the one connection.
  const other = db.prisma.unit.create({ data: unit("独立村") });
  // Unguarded, the write lands inside the open transaction and returns at once; guarded, it waits.
  await Promise.race([other, new Promise((resolve) => setTimeout(resolve, 1000))]);
  proceed();
  expect(await failing).toBe("this transaction fails");
  await other;
  const names = (await db.prisma.unit.findMany()).map((u) => u.name);
  expect(names).toEqual(["独立村"]);
});

it("lets transactions take turns: two at once both commit, neither sees half of the other", async () => {
  const add = (name: string) =>
    db.prisma.$transaction(async (tx) => {
      const before = await tx.unit.count();
      await new Promise((resolve) => setTimeout(resolve, 5));
      await tx.unit.create({ data: unit(`${name}${before}`) });
    });
  await Promise.all([add("甲"), add("乙"), add("丙")]);
  const names = (await db.prisma.unit.findMany({ orderBy: { name: "asc" } })).map((u) => u.name);
  // Each saw the ones before it committed: counts 0, 1, 2 in some order.
  expect(names.map((n) => n.slice(1)).sort()).toEqual(["0", "1", "2"]);
});
