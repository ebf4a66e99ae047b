import { describe, expect, it } from "vitest";
import { countyPerTest } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";

const kinds = await databaseKinds();

describe.each(kinds)("on $name", (kind) => {
  const current = countyPerTest(kind);

  it("records an update once; a redelivery is recognised, not stored again", async () => {
    const { inbox } = current().deps.repos;
    expect(await inbox.record("telegram", "77", '{"update_id":77}')).toBe(true);
    expect(await inbox.record("telegram", "77", '{"update_id":77}')).toBe(false);
    expect(await inbox.record("telegram", "78", '{"update_id":78}')).toBe(true);
    await inbox.finish("telegram", "77", { ok: true });
    await inbox.finish("telegram", "78", { ok: false, error: "boom" });
  });
});
