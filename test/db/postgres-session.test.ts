import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.ts";
import { databaseKinds, type TestDatabase } from "../support/databases.ts";

const postgres = (await databaseKinds()).find((k) => k.name === "postgres");

describe("the app's PostgreSQL sessions", () => {
  let database: TestDatabase;
  let db: Database;
  beforeEach(async (context) => {
    if (!postgres?.available) context.skip();
    database = await (postgres as NonNullable<typeof postgres>).create();
    db = await openDatabase(database.url);
  });
  afterEach(async () => {
    await db?.close();
    await database?.drop();
  });

  it("run without JIT compilation: it costs about a second on every large digest query and never pays back", async () => {
    const [setting] = await db.prisma.$queryRaw<Array<{ jit: string }>>`SHOW jit`;
    expect(setting?.jit).toBe("off");
  });
});
