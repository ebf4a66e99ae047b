// The county the scale benchmarks load: townships, villages, cadres (a Telegram account and a
// reporter's membership each, two to a village), the demo tasks, and optionally bound groups with a
// weekly digest. Written with multi-row inserts (decisions.md: seeding for benchmarks batches).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { addRootUnit, openApp } from "../../src/app/index.ts";
import { weeklyDigestGroups } from "../seed-county.ts";

export interface Cadre {
  readonly telegramId: number;
  readonly name: string;
  readonly village: string;
}

export interface DemoTask {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly measure: string;
  readonly target: number;
}

export interface SeededCounty {
  readonly cadres: readonly Cadre[];
  readonly tasks: readonly DemoTask[];
  /** Telegram ids of the bound groups (negative, as supergroups). */
  readonly groups: readonly number[];
}

const id = () => randomBytes(9).toString("base64url");
const FIRST = "东西南北前后上下新老红青白金石马杨柳李王张刘陈黄周吴徐孙朱胡高林何郭罗".split("");
const SECOND = "山河湖塘坪岭沟坝湾桥庄营屯堡寨店集岗园林田家台口川".split("");
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗".split("");
const GIVEN = "建国明华军平伟芳秀英丽强磊洋勇艳杰娟涛超霞刚".split("");

export function demoTasks(): DemoTask[] {
  return JSON.parse(
    readFileSync(new URL("../../src/demo/tasks.json", import.meta.url), "utf8"),
  ) as DemoTask[];
}

export async function seedScaleCounty(
  databaseUrl: string,
  size: { cadres: number; groups?: number; digestScheduledAt?: Date },
): Promise<SeededCounty> {
  const app = await openApp({ databaseUrl });
  const { prisma } = app.db;
  const root = await addRootUnit(app.deps, "金塔县");
  const townships = Array.from({ length: 10 }, (_, i) => ({
    id: id(),
    parentId: root.id,
    name: `${FIRST[i] as string}${SECOND[i] as string}镇`,
    kind: "township",
  }));
  const villageCount = Math.ceil(size.cadres / 2);
  const villages = Array.from({ length: villageCount }, (_, i) => ({
    id: id(),
    parentId: (townships[i % townships.length] as { id: string }).id,
    name: `${FIRST[i % FIRST.length] as string}${SECOND[Math.floor(i / FIRST.length) % SECOND.length] as string}${i >= FIRST.length * SECOND.length ? String(Math.floor(i / (FIRST.length * SECOND.length))) : ""}村`,
    kind: "village",
  }));
  await prisma.unit.createMany({ data: [...townships, ...villages] });
  const tasks = demoTasks();
  await prisma.task.createMany({
    data: tasks.map((t) => ({
      id: id(),
      planYear: 2026,
      name: t.name,
      aliases: JSON.stringify(t.aliases),
      ownerUnitId: root.id,
      measure: t.measure,
      target: t.target,
      deadline: "2026-12-31",
    })),
  });
  const cadres: Cadre[] = [];
  const persons = [];
  const accounts = [];
  const memberships = [];
  for (let c = 0; c < size.cadres; c++) {
    const village = villages[c % villageCount] as { id: string; name: string };
    const name = `${SURNAMES[c % SURNAMES.length] as string}${GIVEN[Math.floor(c / SURNAMES.length) % GIVEN.length] as string}`;
    const personId = id();
    const telegramId = 100_000 + c;
    persons.push({ id: personId, displayName: name });
    accounts.push({
      id: id(),
      platform: "telegram",
      externalId: String(telegramId),
      personId,
      canMessage: true,
    });
    memberships.push({ id: id(), personId, unitId: village.id, role: "reporter" });
    cadres.push({ telegramId, name, village: village.name });
  }
  await prisma.person.createMany({ data: persons });
  await prisma.account.createMany({ data: accounts });
  await prisma.membership.createMany({ data: memberships });
  // Groups of the county, its townships and villages, each with a weekly digest on Fridays 17:00.
  const units = [root.id, ...townships.map((t) => t.id), ...villages.map((v) => v.id)];
  const groups = await weeklyDigestGroups(
    app.deps,
    units,
    size.groups ?? 0,
    size.digestScheduledAt ?? new Date(),
  );
  await app.close();
  return { cadres, tasks, groups };
}

/**
 * The k-th report of a cadre, as cadres write them: their village, a task by one of its names, a
 * figure (an increment, now and then a running total or a problem), distinct for every (cadre, k).
 */
export function reportText(cadre: Cadre, c: number, k: number, tasks: readonly DemoTask[]): string {
  const task = tasks[(c + k) % tasks.length] as DemoTask;
  const alias = task.aliases[k % task.aliases.length] ?? task.name;
  const amount = 1 + ((c * 31 + k * 7) % 90);
  const day = `${1 + (k % 28)}日`;
  if (k % 7 === 3) return `${cadre.village} ${alias} 截至${day}累计完成${amount * 10 + k}${task.measure}`;
  if (k % 11 === 5)
    return `${cadre.village}${alias}本周新增${amount}${task.measure}，第${k + 1}次报送，问题：资金未到位`;
  return `${cadre.village} ${alias} ${day}新增${amount}${task.measure}（第${k + 1}次报送）`;
}
