import { describe, expect, it } from "vitest";
import {
  DeliveryFailure,
  type DigestSender,
  planDueDigests,
  scheduleDigest,
  sendDueDigests,
} from "../../src/app/index.ts";
import { parseScheduleSpec } from "../../src/domain/digest/index.ts";
import { countyPerTest } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";

const kinds = await databaseKinds();

describe.each(kinds)("scheduled digests, exactly once, on $name", (kind) => {
  const current = countyPerTest(kind);

  async function boundGroup(externalId: string) {
    const { deps, admin } = current();
    const chat = await deps.repos.chats.ensure("telegram", externalId, "supergroup", "金塔县工作群");
    const snapshot = await deps.ledger.snapshot();
    const root = snapshot.units.find((u) => u.parentId === null)?.id as string;
    const bound = await deps.repos.chats.update(chat.id, { unitId: root });
    const spec = parseScheduleSpec(["weekly", "fri", "17:00"]);
    if (!spec) throw new Error("spec");
    expect(await scheduleDigest(deps, admin, bound, spec)).toEqual({ ok: true });
    return bound;
  }

  const recorder = (fail?: (chatId: string) => Error | null) => {
    const sent: Array<{ chat: string; key: string; late: boolean }> = [];
    const sender: DigestSender = {
      async send(chat, digest, late) {
        const error = fail?.(chat.externalId);
        if (error) throw error;
        sent.push({ chat: chat.externalId, key: digest.period.key, late });
      },
    };
    return { sent, sender };
  };

  it("sends a weekly digest once for its week, however often the scheduler wakes", async () => {
    const { deps } = current();
    await boundGroup("-1001");
    const { sent, sender } = recorder();
    // Thursday: nothing due yet (the schedule was set on 14 June 17:49, after Friday 17:00).
    expect(await planDueDigests(deps, new Date("2024-06-20T12:00:00+08:00"))).toBe(0);
    for (const at of [
      "2024-06-21T17:00:30+08:00",
      "2024-06-21T17:01:00+08:00",
      "2024-06-21T18:00:00+08:00",
    ]) {
      await planDueDigests(deps, new Date(at));
      await sendDueDigests(deps, sender, new Date(at));
    }
    expect(sent).toEqual([{ chat: "-1001", key: "2024-W25", late: false }]);
  });

  it("sends every group due in one wake-up, however many claims that takes, each once", async () => {
    const { deps } = current();
    const groups = Array.from({ length: 40 }, (_, i) => `-20${String(i).padStart(2, "0")}`);
    for (const id of groups) await boundGroup(id);
    const { sent, sender } = recorder((chat) =>
      chat === "-2007" ? new DeliveryFailure("Forbidden: bot was kicked", true) : null,
    );
    const at = new Date("2024-06-21T17:00:30+08:00");
    expect(await planDueDigests(deps, at)).toBe(40);
    expect(await sendDueDigests(deps, sender, at)).toEqual({ sent: 39, failed: 1, retrying: 0, skipped: 0 });
    expect(new Set(sent.map((s) => s.chat)).size).toBe(39);
    expect(sent.map((s) => s.chat)).not.toContain("-2007");
    await sendDueDigests(deps, sender, new Date("2024-06-21T17:01:00+08:00"));
    expect(sent).toHaveLength(39);
  });

  it("keeps a group's schedule in its own time zone: due at 17:00 there, its days counted there", async () => {
    const { deps, admin } = current();
    const chat = await boundGroup("-3001");
    const spec = parseScheduleSpec(["weekly", "fri", "17:00", "Asia/Urumqi"]);
    if (!spec) throw new Error("spec");
    expect(await scheduleDigest(deps, admin, chat, spec)).toEqual({ ok: true });
    const { sent, sender } = recorder();
    // Set on Friday 14 June at 15:49 Ürümqi time: that week's 17:00 there is still owed (late by
    // the next Friday). At 17:30 Beijing, 15:30 in Ürümqi, this week's is not due yet.
    const beijingFive = new Date("2024-06-21T17:30:00+08:00");
    await planDueDigests(deps, beijingFive);
    await sendDueDigests(deps, sender, beijingFive);
    expect(sent).toEqual([{ chat: "-3001", key: "2024-W24", late: true }]);
    const urumqiFive = new Date("2024-06-21T17:00:30+06:00");
    expect(await planDueDigests(deps, urumqiFive)).toBe(1);
    await sendDueDigests(deps, sender, urumqiFive);
    expect(sent.at(-1)).toEqual({ chat: "-3001", key: "2024-W25", late: false });
  });

  it("sends one missed while the bot was down when it comes back, marked late", async () => {
    const { deps } = current();
    await boundGroup("-1002");
    const { sent, sender } = recorder();
    const back = new Date("2024-06-22T09:00:00+08:00");
    await planDueDigests(deps, back);
    await sendDueDigests(deps, sender, back);
    expect(sent).toEqual([{ chat: "-1002", key: "2024-W25", late: true }]);
  });

  it("records a chat that is gone and skips it; others are not held back", async () => {
    const { deps } = current();
    await boundGroup("-1003");
    const gone = await boundGroup("-1004");
    const { sent, sender } = recorder((chat) =>
      chat === "-1004"
        ? new DeliveryFailure("Forbidden: bot was kicked from the supergroup chat", true)
        : null,
    );
    const at = new Date("2024-06-21T17:00:30+08:00");
    await planDueDigests(deps, at);
    expect(await sendDueDigests(deps, sender, at)).toEqual({ sent: 1, failed: 1, retrying: 0, skipped: 0 });
    expect(sent.map((s) => s.chat)).toEqual(["-1003"]);
    const later = new Date("2024-06-21T18:00:00+08:00");
    await planDueDigests(deps, later);
    expect(await sendDueDigests(deps, sender, later)).toEqual({
      sent: 0,
      failed: 0,
      retrying: 0,
      skipped: 0,
    });
    const rows = await deps.repos.outbox.byChat(gone.id);
    expect(rows.map((r) => [r.status, r.error])).toEqual([
      ["failed", "Forbidden: bot was kicked from the supergroup chat"],
    ]);
  });

  it("retries a passing failure later", async () => {
    const { deps } = current();
    await boundGroup("-1005");
    let flaky = true;
    const { sent, sender } = recorder(() => (flaky ? new Error("502 Bad Gateway") : null));
    const at = new Date("2024-06-21T17:00:30+08:00");
    await planDueDigests(deps, at);
    expect(await sendDueDigests(deps, sender, at)).toEqual({ sent: 0, failed: 0, retrying: 1, skipped: 0 });
    flaky = false;
    // Not before its backoff (two minutes after a first attempt).
    expect((await sendDueDigests(deps, sender, new Date(at.getTime() + 60_000))).sent).toBe(0);
    expect((await sendDueDigests(deps, sender, new Date(at.getTime() + 3 * 60_000))).sent).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it("takes over a digest whose sender died mid-send, once its claim runs out", async () => {
    const { deps } = current();
    await boundGroup("-1006");
    const { sent, sender } = recorder();
    const at = new Date("2024-06-21T17:00:30+08:00");
    await planDueDigests(deps, at);
    // A scheduler claims it and dies before sending.
    expect(await deps.repos.outbox.claimDue(at, 5 * 60_000, ["weekly"])).toHaveLength(1);
    expect((await sendDueDigests(deps, sender, new Date(at.getTime() + 60_000))).sent).toBe(0);
    expect((await sendDueDigests(deps, sender, new Date(at.getTime() + 6 * 60_000))).sent).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it("moves a digest due on a public holiday to the next working day", async () => {
    const { deps, admin } = current();
    const chat = await deps.repos.chats.ensure("telegram", "-1007", "supergroup", "金塔县工作群");
    const snapshot = await deps.ledger.snapshot();
    const bound = await deps.repos.chats.update(chat.id, {
      unitId: snapshot.units.find((u) => u.parentId === null)?.id,
    });
    await scheduleDigest(deps, admin, bound, { kind: "weekly", day: 5, time: "09:00" });
    const { sent, sender } = recorder();
    // Friday 4 October 2024 falls in the National Day holiday: nothing goes out that day …
    await planDueDigests(deps, new Date("2024-10-04T10:00:00+08:00"));
    expect((await sendDueDigests(deps, sender, new Date("2024-10-04T10:00:00+08:00"))).sent).toBe(0);
    await planDueDigests(deps, new Date("2024-10-07T10:00:00+08:00"));
    expect((await sendDueDigests(deps, sender, new Date("2024-10-07T10:00:00+08:00"))).sent).toBe(0);
    // … and on Tuesday 8 October, the first working day, that week's digest does, at 09:00.
    const tuesday = new Date("2024-10-08T09:00:30+08:00");
    await planDueDigests(deps, tuesday);
    await sendDueDigests(deps, sender, tuesday);
    expect(sent.map((s) => s.key)).toEqual(["2024-W40"]);
  });
});
