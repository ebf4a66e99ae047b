import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SharedFloodCounts } from "../../src/bot/middleware/flood-limit.ts";
import { openDatabase } from "../../src/db/client.ts";
import { createRepositories, type FloodWindows } from "../../src/db/repositories/index.ts";
import { databaseKinds, type TestDatabase } from "../support/databases.ts";

const kinds = await databaseKinds();
const LIMIT = 20;
const NOW = Date.UTC(2026, 10, 27, 9, 0, 3);

/** Two instances' views of one database: each opens it on its own, as two processes would. */
describe.each(kinds)("flood windows on $name", (kind) => {
  let database: TestDatabase;
  let closers: Array<() => Promise<void>> = [];
  const open = async (): Promise<FloodWindows> => {
    const db = await openDatabase(database.url);
    closers.push(() => db.close());
    return createRepositories(db, () => []).floodWindows;
  };

  beforeEach(async (context) => {
    if (!kind.available) context.skip();
    database = await kind.create();
  });
  afterEach(async () => {
    for (const close of closers) await close();
    closers = [];
    await database?.drop();
  });

  it("holds the limit for a person's hits across two instances, and one hit crosses it", async () => {
    const [a, b] = [await open(), await open()];
    const counts = [
      new SharedFloodCounts(a, LIMIT, 10_000, () => NOW),
      new SharedFloodCounts(b, LIMIT, 10_000, () => NOW),
    ];
    const seen: number[] = [];
    // A balancer sends them to the instances in turn.
    for (let i = 0; i < 30; i++) seen.push(await (counts[i % 2] as SharedFloodCounts).incr("person-1"));
    expect(seen.filter((n) => n <= LIMIT)).toHaveLength(LIMIT);
    expect(seen.filter((n) => n === LIMIT + 1)).toHaveLength(1);
    expect(seen.slice(LIMIT)).toEqual([LIMIT + 1, ...Array.from({ length: 9 }, (_, i) => LIMIT + 2 + i)]);
    // Another person is counted apart.
    expect(await counts[0]?.incr("person-2")).toBe(1);
  });

  it("adds hits written at once by several instances without losing one", async () => {
    const [a, b] = [await open(), await open()];
    const window = new Date(NOW - (NOW % 10_000));
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).add("person-1", window, 1)));
    expect(await a.add("person-1", window, 0)).toBe(20);
  });

  it("forgets the windows that are over", async () => {
    const store = await open();
    await store.add("person-1", new Date(NOW - 60_000), 3);
    await store.add("person-1", new Date(NOW), 2);
    expect(await store.forget(new Date(NOW - 10_000))).toBe(1);
    expect(await store.add("person-1", new Date(NOW), 0)).toBe(2);
  });
});

describe("SharedFloodCounts", () => {
  /** A store in memory that counts how often it is written to. */
  const memoryStore = () => {
    const totals = new Map<string, number>();
    const store = {
      writes: 0,
      failing: false,
      async add(key: string, windowStart: Date, hits: number) {
        store.writes++;
        if (store.failing) throw new Error("database down");
        const k = `${key}@${windowStart.toISOString()}`;
        totals.set(k, (totals.get(k) ?? 0) + hits);
        return totals.get(k) ?? 0;
      },
      async forget() {
        return 0;
      },
    };
    return store;
  };

  it("costs no write for a person who sends a few messages", async () => {
    const store = memoryStore();
    const counts = new SharedFloodCounts(store, LIMIT, 10_000, () => NOW);
    for (let i = 1; i <= 5; i++) expect(await counts.incr("person-1")).toBe(i);
    expect(store.writes).toBe(0);
    expect(await counts.incr("person-1")).toBe(6);
    expect(store.writes).toBe(1);
  });

  it("starts again at one in the next window", async () => {
    let now = NOW;
    const counts = new SharedFloodCounts(memoryStore(), LIMIT, 10_000, () => now);
    for (let i = 0; i < 25; i++) await counts.incr("person-1");
    now += 10_000;
    expect(await counts.incr("person-1")).toBe(1);
  });

  it("goes by its own count while the database cannot be reached", async () => {
    const store = memoryStore();
    store.failing = true;
    const counts = new SharedFloodCounts(store, LIMIT, 10_000, () => NOW);
    const seen: number[] = [];
    for (let i = 0; i < 22; i++) seen.push(await counts.incr("person-1"));
    expect(seen).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });
});
