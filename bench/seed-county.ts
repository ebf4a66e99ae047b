// A county for benchmarks: 15 townships, 200 villages, 300 tasks, ten tasks a village and 100 000
// reports spread over the first half of 2024, written with multi-row inserts (decisions.md: seeding
// for benchmarks batches), then settled as the app settles rows written before it.
import { randomBytes } from "node:crypto";
import type { AppDeps } from "../src/app/index.ts";
import { addRootUnit } from "../src/app/index.ts";
import type { Prisma } from "../src/db/client.ts";
import { ledgerOf300 } from "./ledger-fixture.ts";

export interface SeededCounty {
  readonly rootId: string;
  readonly townshipIds: readonly string[];
  readonly villageIds: readonly string[];
  readonly tasks: number;
  readonly seconds: number;
  readonly settleSeconds: number;
}

const id = () => randomBytes(9).toString("base64url");

export async function seedCounty(
  deps: AppDeps,
  prisma: Prisma,
  size = { townships: 15, villages: 200, reports: 100_000 },
  /** The n-th report's words (an export bench wants realistic lengths and numbers to mask). */
  rawText: (n: number) => string = () => "新增12亩",
): Promise<SeededCounty> {
  const t0 = performance.now();
  const root = await addRootUnit(deps, "金塔县");
  const townships = Array.from({ length: size.townships }, (_, i) => ({
    id: id(),
    parentId: root.id,
    name: `第${i + 1}镇`,
    kind: "township",
  }));
  const villages = Array.from({ length: size.villages }, (_, i) => ({
    id: id(),
    parentId: (townships[i % size.townships] as { id: string }).id,
    name: `村${i + 1}`,
    kind: "village",
  }));
  await prisma.unit.createMany({ data: [...townships, ...villages] });
  const tasks = ledgerOf300([]).map((t, i) => ({
    id: id(),
    planYear: 2024,
    name: t.name,
    aliases: JSON.stringify(t.aliases),
    ownerUnitId: root.id,
    measure: "亩",
    target: 1000 + (i % 7) * 500,
    deadline: "2024-12-31",
  }));
  await prisma.task.createMany({ data: tasks });
  const assignments = villages.flatMap((v, vi) =>
    Array.from({ length: 10 }, (_, k) => ({
      id: id(),
      taskId: (tasks[(vi * 7 + k * 31) % tasks.length] as { id: string }).id,
      unitId: v.id,
      target: 100,
    })),
  );
  await prisma.assignment.createMany({ data: assignments });
  const start = Date.parse("2024-01-01T00:00:00+08:00");
  const span = Date.parse("2024-06-14T00:00:00+08:00") - start;
  for (let done = 0; done < size.reports; done += 5000) {
    const reports = [];
    const quantities = [];
    for (let k = 0; k < 5000 && done + k < size.reports; k++) {
      const a = assignments[(done + k) % assignments.length] as { taskId: string; unitId: string };
      const reportId = id();
      reports.push({
        id: reportId,
        platform: "telegram",
        chatExternalId: "bench",
        messageId: String(done + k),
        rawText: rawText(done + k),
        sentAt: new Date(start + Math.floor(((done + k) / size.reports) * span)),
        parsed: JSON.stringify({ issues: (done + k) % 97 === 0 ? ["资金未到位"] : [] }),
        taskId: a.taskId,
        unitId: a.unitId,
        state: "filed",
      });
      quantities.push({
        id: id(),
        reportId,
        position: 0,
        value: 12,
        unit: "亩",
        kind: (done + k) % 10 === 0 ? "cumulative" : "increment",
      });
    }
    await prisma.report.createMany({ data: reports });
    await prisma.quantity.createMany({ data: quantities });
  }
  deps.ledger.invalidate();
  const seconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  await deps.repos.reports.settleUnsettled();
  return {
    rootId: root.id,
    townshipIds: townships.map((t) => t.id),
    villageIds: villages.map((v) => v.id),
    tasks: tasks.length,
    seconds,
    settleSeconds: (performance.now() - t1) / 1000,
  };
}

/**
 * `count` group chats (ids from -1 000 000 000 000 down) bound to `units` in turn, each with a
 * weekly digest on Fridays at 17:00 in Shanghai, scheduled at `scheduledAt`. Returns their ids.
 */
export async function weeklyDigestGroups(
  deps: AppDeps,
  units: readonly string[],
  count: number,
  scheduledAt: Date,
): Promise<number[]> {
  const groupIds = Array.from({ length: count }, (_, i) => -1_000_000_000_000 - i);
  for (const [i, externalId] of groupIds.entries()) {
    const chat = await deps.repos.chats.ensure(
      "telegram",
      String(externalId),
      "supergroup",
      `工作群${i + 1}`,
    );
    await deps.repos.chats.update(chat.id, { unitId: units[i % units.length] as string });
    await deps.repos.outbox.setSchedule(
      chat.id,
      { kind: "weekly", day: 5, time: "17:00", timeZone: "Asia/Shanghai" },
      scheduledAt,
    );
  }
  return groupIds;
}
