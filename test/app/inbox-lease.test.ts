import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openApp } from "../../src/app/index.ts";
import { INBOX_LEASE_MS } from "../../src/db/repositories/inbox.ts";
import { databaseKinds, type TestDatabase } from "../support/databases.ts";

const kinds = await databaseKinds();

describe.each(kinds)("the inbox's leases on $name", (kind) => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof openApp>>;
  beforeEach(async (context) => {
    if (!kind.available) context.skip();
    database = await kind.create();
    app = await openApp({ databaseUrl: database.url });
  });
  afterEach(async () => {
    await app?.close();
    await database?.drop();
  });

  const later = (ms: number) => new Date(Date.now() + ms);

  it("leaves an update to the instance that recorded it until its lease runs out, then to exactly one other", async () => {
    const { inbox } = app.deps.repos;
    expect(await inbox.record("telegram", "501", '{"update_id":501}')).toBe(true);
    expect(await inbox.claimAbandoned(new Date())).toEqual([]);

    const afterLease = later(INBOX_LEASE_MS + 1_000);
    // Two instances sweep at the same moment: one of them takes it.
    const [a, b] = await Promise.all([inbox.claimAbandoned(afterLease), inbox.claimAbandoned(afterLease)]);
    expect([...a, ...b].map((u) => u.updateId)).toEqual(["501"]);
    // The taker holds a new lease.
    expect(await inbox.claimAbandoned(afterLease)).toEqual([]);
    expect((await inbox.claimAbandoned(later(3 * INBOX_LEASE_MS))).map((u) => u.attempts)).toEqual([2]);
  });

  it("never hands out a handled update; tries a failed one again after a wait, five times in all", async () => {
    const { inbox } = app.deps.repos;
    await inbox.record("telegram", "601", '{"update_id":601}');
    await inbox.record("telegram", "602", '{"update_id":602}');
    await inbox.finish("telegram", "601", { ok: true });
    await inbox.finish("telegram", "602", { ok: false, error: "the database went away" });
    expect(await inbox.claimAbandoned(new Date())).toEqual([]);
    const tries: number[] = [];
    for (let round = 1; round <= 6; round++) {
      const claimed = await inbox.claimAbandoned(later(round * 2 * INBOX_LEASE_MS));
      tries.push(...claimed.map((u) => u.attempts));
      for (const u of claimed) await inbox.finish("telegram", u.updateId, { ok: false, error: "again" });
    }
    // Failed once on arrival, then taken (2), failed (3), taken (4), failed (5): no more.
    expect(tries).toEqual([2, 4]);
  });

  it("gives a new update the configured lease (INBOX_LEASE_SECONDS), not the default one", async () => {
    const short = await openApp({ databaseUrl: database.url, inboxLeaseMs: 5_000 });
    try {
      const { inbox } = short.deps.repos;
      await inbox.record("telegram", "801", '{"update_id":801}');
      expect(await inbox.claimAbandoned(later(1_000))).toEqual([]);
      expect((await inbox.claimAbandoned(later(6_000))).map((u) => u.updateId)).toEqual(["801"]);
    } finally {
      await short.close();
    }
  });

  it("does not replay an update older than a day: Telegram would not have kept it either", async () => {
    const { inbox } = app.deps.repos;
    await inbox.record("telegram", "701", '{"update_id":701}');
    expect(await inbox.claimAbandoned(later(25 * 60 * 60_000))).toEqual([]);
  });
});
