import { describe, expect, it } from "vitest";
import {
  fileReport,
  identify,
  pausePerson,
  planDueReminders,
  sendDueNotices,
  setReminderSchedule,
} from "../../src/app/index.ts";
import { countyPerTest, incoming, person } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";
import { noticeRecorder } from "../support/notices.ts";

const kinds = await databaseKinds();
const FRIDAY_10 = { day: 5, time: "10:00" };

describe.each(kinds)("reminders to report, on $name", (kind) => {
  const current = countyPerTest(kind);

  /** 农村改厕 is split: 250 户 for 民建村, whose reporter (2001) started the bot privately. */
  async function assignToilets() {
    const { deps, tasks } = current();
    const snapshot = await deps.ledger.snapshot();
    const minjian = snapshot.units.find((u) => u.name === "民建村")?.id as string;
    await deps.repos.tasks.assign(tasks.toilet.id, minjian, 250, null);
    deps.ledger.invalidate();
    return minjian;
  }

  /** One scheduler wake: plan, then send. `since` is the previous wake, null right after a start. */
  async function wake(at: string, since: string | null, sender = noticeRecorder().sender) {
    const { deps } = current();
    const now = new Date(at);
    const planned = await planDueReminders(deps, {
      now,
      since: since ? new Date(since) : null,
      defaultAt: FRIDAY_10,
    });
    const outcome = await sendDueNotices(deps, sender, now);
    return { planned, ...outcome };
  }

  it("nudges a silent unit's reporter once on the day, across wakes and a restart", async () => {
    await assignToilets();
    const { sent, sender } = noticeRecorder();
    expect((await wake("2024-06-21T09:59:00+08:00", null, sender)).planned).toBe(0);
    expect(await wake("2024-06-21T10:00:30+08:00", "2024-06-21T09:59:00+08:00", sender)).toEqual({
      planned: 1,
      sent: 1,
      failed: 0,
      retrying: 0,
      skipped: 0,
    });
    await wake("2024-06-21T10:01:30+08:00", "2024-06-21T10:00:30+08:00", sender);
    // The bot restarts: its first wake catches up today's reminders, and finds them sent.
    expect((await wake("2024-06-21T11:00:00+08:00", null, sender)).planned).toBe(0);
    await wake("2024-06-22T10:00:30+08:00", "2024-06-22T09:59:30+08:00", sender);
    expect(sent).toEqual([
      {
        chat: "2001",
        locale: null,
        notice: {
          kind: "reminder",
          units: [{ unit: "民建村", tasks: ["农村改厕"] }],
          example: { unit: "民建村", task: "农村改厕", measure: "户" },
        },
      },
    ]);
  });

  it("leaves alone a unit that has reported this week", async () => {
    await assignToilets();
    const { deps, reporter } = current();
    await fileReport(deps, reporter, incoming("改厕 本周新增5户", "2024-06-18T09:00:00+08:00"));
    const { sent, sender } = noticeRecorder();
    await wake("2024-06-21T10:00:30+08:00", null, sender);
    expect(sent).toEqual([]);
  });

  it("sends none on a public holiday, nor after it in another week", async () => {
    await assignToilets();
    const { sent, sender } = noticeRecorder();
    // Friday 4 October 2024 is National Day; so is the weekend after it.
    for (const day of ["04", "05", "06", "07", "08"])
      await wake(`2024-10-${day}T10:00:30+08:00`, null, sender);
    expect(sent).toEqual([]);
    await wake("2024-10-11T10:00:30+08:00", null, sender);
    expect(sent).toHaveLength(1);
  });

  it("moves a holiday's reminder to a 调休 Saturday of the same week", async () => {
    await assignToilets();
    const { sent, sender } = noticeRecorder();
    // Friday 6 October 2023 closed the National Day holiday; Saturday 7 October was a working day.
    await wake("2023-10-06T10:00:30+08:00", null, sender);
    expect(sent).toEqual([]);
    await wake("2023-10-07T10:00:30+08:00", "2023-10-07T09:59:30+08:00", sender);
    expect(sent.map((s) => s.chat)).toEqual(["2001"]);
  });

  it("sends nothing to a person who paused, and nothing of it after /resume that day", async () => {
    await assignToilets();
    const { deps } = current();
    await pausePerson(deps, { platform: "telegram", externalId: "2001" }, true);
    const { sent, sender } = noticeRecorder();
    expect(await wake("2024-06-21T10:00:30+08:00", null, sender)).toMatchObject({ planned: 1, sent: 0 });
    await pausePerson(deps, { platform: "telegram", externalId: "2001" }, false);
    await wake("2024-06-21T10:30:00+08:00", null, sender);
    expect(sent).toEqual([]);
    const chat = await deps.repos.chats.find("telegram", "2001");
    const rows = await deps.repos.outbox.byChat(chat?.id as string);
    expect(rows.map((r) => [r.kind, r.periodKey, r.status])).toEqual([
      ["reminder", "2024-06-21 10:00", "skipped"],
    ]);
    // The next week's comes as usual.
    await wake("2024-06-28T10:00:30+08:00", null, sender);
    expect(sent).toHaveLength(1);
  });

  it("reminds a person in two units of each at its own time", async () => {
    await assignToilets();
    const { deps, admin, tasks, reporter } = current();
    const snapshot = await deps.ledger.snapshot();
    const jinta = snapshot.units.find((u) => u.name === "金塔镇")?.id as string;
    const tuanjie = snapshot.units.find((u) => u.name === "团结村" && u.parentId === jinta)?.id as string;
    await deps.repos.tasks.assign(tasks.toilet.id, tuanjie, 80, null);
    deps.ledger.invalidate();
    await deps.repos.people.addMembership(reporter.personId, tuanjie, "reporter");
    const group = await deps.repos.chats.ensure("telegram", "-1003", "supergroup", "金塔镇工作群");
    const bound = await deps.repos.chats.update(group.id, { unitId: jinta });
    await setReminderSchedule(deps, admin, bound, { day: 5, time: "16:00" });
    const { sent, sender } = noticeRecorder();
    await wake("2024-06-21T10:00:30+08:00", "2024-06-21T09:59:30+08:00", sender);
    await wake("2024-06-21T16:00:30+08:00", "2024-06-21T15:59:30+08:00", sender);
    await wake("2024-06-21T17:00:00+08:00", null, sender);
    expect(sent.map((s) => (s.notice.kind === "reminder" ? s.notice.units.map((u) => u.unit) : []))).toEqual([
      ["民建村"],
      ["团结村"],
    ]);
  });

  it("lists reporters who never started the bot to their nearest admin, in one message", async () => {
    const minjian = await assignToilets();
    const { deps } = current();
    for (const [id, name] of [
      ["2101", "张三"],
      ["2102", "李四"],
    ] as const) {
      // Met only in a group: the bot may not write to them.
      const someone = await identify(deps, { ...person(id, name), privateChat: false });
      await deps.repos.people.addMembership(someone.personId, minjian, "reporter");
    }
    const { sent, sender } = noticeRecorder();
    await wake("2024-06-21T10:00:30+08:00", null, sender);
    await wake("2024-06-21T12:00:00+08:00", null, sender);
    expect(sent.map((s) => [s.chat, s.notice.kind]).sort()).toEqual([
      ["1001", "unreached"],
      ["2001", "reminder"],
    ]);
    expect(sent.find((s) => s.chat === "1001")?.notice).toEqual({
      kind: "unreached",
      units: [{ unit: "民建村", people: ["张三", "李四"] }],
    });
  });

  it("lists them in the unit's group when their admins cannot be written to either", async () => {
    const minjian = await assignToilets();
    const { deps, admin } = current();
    const snapshot = await deps.ledger.snapshot();
    const township = snapshot.units.find((u) => u.name === "鼎新镇")?.id as string;
    const reporter = await identify(deps, { ...person("2101", "张三"), privateChat: false });
    await deps.repos.people.addMembership(reporter.personId, minjian, "reporter");
    const townAdmin = await identify(deps, { ...person("1101", "镇管理员"), privateChat: false });
    await deps.repos.people.addMembership(townAdmin.personId, township, "admin");
    const group = await deps.repos.chats.ensure("telegram", "-1001", "supergroup", "鼎新镇工作群");
    await deps.repos.chats.update(group.id, { unitId: township });
    const { sent, sender } = noticeRecorder();
    await wake("2024-06-21T10:00:30+08:00", null, sender);
    expect(sent.map((s) => [s.chat, s.notice.kind]).sort()).toEqual([
      ["-1001", "unreached"],
      ["2001", "reminder"],
    ]);
    expect(admin.canMessage).toBe(true); // the county's admin is not the nearest: the township has its own.
  });

  it("follows a group's /remind for its units, and /remind off", async () => {
    await assignToilets();
    const { deps, admin } = current();
    const snapshot = await deps.ledger.snapshot();
    const township = snapshot.units.find((u) => u.name === "鼎新镇")?.id as string;
    const group = await deps.repos.chats.ensure("telegram", "-1002", "supergroup", "鼎新镇工作群");
    const bound = await deps.repos.chats.update(group.id, { unitId: township });
    expect(await setReminderSchedule(deps, admin, bound, { day: 4, time: "16:00" })).toEqual({
      ok: true,
      unitName: "鼎新镇",
    });
    const { sent, sender } = noticeRecorder();
    await wake("2024-06-20T15:59:00+08:00", null, sender);
    await wake("2024-06-20T16:00:30+08:00", "2024-06-20T15:59:00+08:00", sender);
    await wake("2024-06-21T10:00:30+08:00", "2024-06-21T09:59:30+08:00", sender);
    expect(sent.map((s) => s.chat)).toEqual(["2001"]);
    expect(await setReminderSchedule(deps, current().reporter, bound, "off")).toEqual({
      ok: false,
      reason: "forbidden",
    });
    await setReminderSchedule(deps, admin, bound, "off");
    await wake("2024-06-27T16:00:30+08:00", null, sender);
    await wake("2024-06-28T10:00:30+08:00", null, sender);
    expect(sent).toHaveLength(1);
  });
});
