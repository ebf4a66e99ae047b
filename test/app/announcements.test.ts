import { describe, expect, it } from "vitest";
import {
  addTask,
  type ChatRow,
  type DigestSender,
  fileReport,
  pauseGroup,
  planDueDigests,
  planFlagAnnouncements,
  scheduleDigest,
  sendDueDigests,
  sendDueNotices,
} from "../../src/app/index.ts";
import { countyPerTest, incoming } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";
import { noticeRecorder } from "../support/notices.ts";

const kinds = await databaseKinds();

describe.each(kinds)("red and yellow announcements, and paused groups, on $name", (kind) => {
  const current = countyPerTest(kind);

  async function groupOf(unitName: string, externalId: string): Promise<ChatRow> {
    const { deps } = current();
    const snapshot = await deps.ledger.snapshot();
    const unit = snapshot.units.find((u) => u.name === unitName)?.id as string;
    const chat = await deps.repos.chats.ensure("telegram", externalId, "supergroup", `${unitName}工作群`);
    return deps.repos.chats.update(chat.id, { unitId: unit });
  }

  /** 道路硬化: 100 公里 by 20 June, nothing reported: yellow on 14 June (序时进度 97%), red after the 20th. */
  async function roadTask() {
    const { deps, admin } = current();
    const added = await addTask(deps, admin, {
      ownerUnitName: "金塔县",
      name: "道路硬化",
      aliases: [],
      measure: "公里",
      target: 100,
      deadline: "2024-06-20",
    });
    if (!added.ok) throw new Error(added.reason);
    return added.task;
  }

  async function check(at: string, sender = noticeRecorder().sender) {
    const { deps } = current();
    const planned = await planFlagAnnouncements(deps, new Date(at));
    await sendDueNotices(deps, sender, new Date(at));
    return planned;
  }

  it("announces a task turning red once, and a new colour again", async () => {
    await roadTask();
    await groupOf("金塔县", "-1001");
    const { deps, reporter } = current();
    // 高标准农田 is on schedule (2,000 of 3,000 亩 against 45%); 改厕 has nothing (yellow).
    await fileReport(deps, reporter, incoming("高标准农田 累计完成2000亩", "2024-06-12T10:00:00+08:00"));
    const { sent, messages, sender } = noticeRecorder();
    await check("2024-06-14T10:00:00+08:00", sender);
    await check("2024-06-14T11:00:00+08:00", sender);
    // Both turned yellow at once: one message to the group carries both.
    expect(messages).toEqual([{ chat: "-1001", notices: 2 }]);
    const flags = sent.map((s) =>
      s.notice.kind === "flag" ? `${s.chat} ${s.notice.task} ${s.notice.flag}` : "",
    );
    expect(flags.sort()).toEqual(["-1001 农村改厕 yellow", "-1001 道路硬化 yellow"]);
    const road = sent.find((s) => s.notice.kind === "flag" && s.notice.task === "道路硬化")?.notice;
    expect(road).toMatchObject({ unit: "金塔县", total: 0, target: 100, percent: 0, deadline: "2024-06-20" });

    sent.length = 0;
    await check("2024-06-21T10:00:00+08:00", sender);
    await check("2024-06-21T11:00:00+08:00", sender);
    expect(sent.map((s) => s.notice)).toEqual([
      {
        kind: "flag",
        flag: "red",
        task: "道路硬化",
        unit: "金塔县",
        measure: "公里",
        total: 0,
        target: 100,
        percent: 0,
        expected: null,
        deadline: "2024-06-20",
      },
    ]);
  });

  it("announces an assignment in the group of its unit, else of the nearest unit above", async () => {
    const { deps, tasks, reporter } = current();
    const snapshot = await deps.ledger.snapshot();
    const minjian = snapshot.units.find((u) => u.name === "民建村")?.id as string;
    await deps.repos.tasks.assign(tasks.toilet.id, minjian, 250, null);
    deps.ledger.invalidate();
    await groupOf("金塔县", "-1001");
    await groupOf("鼎新镇", "-1002");
    await fileReport(deps, reporter, incoming("改厕 累计完成20户", "2024-06-12T10:00:00+08:00"));
    const { sent, sender } = noticeRecorder();
    await check("2024-06-14T10:00:00+08:00", sender);
    const toilets = sent.filter((s) => s.notice.kind === "flag" && s.notice.task === "农村改厕");
    expect(toilets.map((s) => [s.chat, s.notice.kind === "flag" && s.notice.unit])).toEqual([
      ["-1001", "金塔县"],
      ["-1002", "民建村"],
    ]);
    expect(toilets[1]?.notice).toMatchObject({ total: 20, target: 250, percent: 8 });
  });

  it("skips a paused group's digests and announcements, and sends none of them after /resume", async () => {
    await roadTask();
    const { deps, admin, reporter } = current();
    const group = await groupOf("金塔县", "-1001");
    await scheduleDigest(deps, admin, group, { kind: "weekly", day: 5, time: "17:00" });
    expect(await pauseGroup(deps, reporter, group, true)).toEqual({ ok: false, reason: "forbidden" });
    expect(await pauseGroup(deps, admin, group, true)).toEqual({ ok: true, unitName: "金塔县" });

    const digests: string[] = [];
    const digestSender: DigestSender = {
      async send(chat, digest) {
        digests.push(`${chat.externalId} ${digest.period.key}`);
      },
    };
    const { sent, sender } = noticeRecorder();
    const friday = new Date("2024-06-21T17:00:30+08:00");
    await planDueDigests(deps, friday);
    expect(await sendDueDigests(deps, digestSender, friday)).toEqual({
      sent: 0,
      failed: 0,
      retrying: 0,
      skipped: 1,
    });
    await check("2024-06-21T17:00:30+08:00", sender);

    await pauseGroup(deps, admin, group, false);
    const later = new Date("2024-06-21T18:00:00+08:00");
    await planDueDigests(deps, later);
    await sendDueDigests(deps, digestSender, later);
    await check("2024-06-21T18:00:00+08:00", sender);
    expect(digests).toEqual([]);
    expect(sent).toEqual([]);
    const rows = await deps.repos.outbox.byChat(group.id);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["skipped"]));
    // The next week's digest goes out as usual.
    const nextFriday = new Date("2024-06-28T17:00:30+08:00");
    await planDueDigests(deps, nextFriday);
    await sendDueDigests(deps, digestSender, nextFriday);
    expect(digests).toEqual(["-1001 2024-W26"]);
  });
});
