import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seededCounty } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";

const kinds = await databaseKinds();

describe.each(kinds)("on $name", (kind) => {
  let county: Awaited<ReturnType<typeof seededCounty>>;
  beforeEach(async (context) => {
    if (!kind.available) context.skip();
    county = await seededCounty(await kind.create());
  });
  afterEach(async () => {
    await county?.close();
  });

  it("records an update once; a redelivery is recognised, not stored again", async () => {
    const { inbox } = county.deps.repos;
    expect(await inbox.record("telegram", "77", '{"update_id":77}')).toBe(true);
    expect(await inbox.record("telegram", "77", '{"update_id":77}')).toBe(false);
    expect(await inbox.record("telegram", "78", '{"update_id":78}')).toBe(true);
    await inbox.finish("telegram", "77", { ok: true });
    await inbox.finish("telegram", "78", { ok: false, error: "boom" });
  });
});
