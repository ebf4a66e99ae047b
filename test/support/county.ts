import { afterEach, beforeEach } from "vitest";
import {
  type AppDeps,
  addRootUnit,
  addTask,
  addUnit,
  createInvite,
  type IncomingMessage,
  identify,
  join as joinWithCode,
  openApp,
} from "../../src/app/index.ts";
import type { PersonView } from "../../src/db/repositories/index.ts";
import type { DatabaseKind, TestDatabase } from "./databases.ts";

export const ADMIN_ID = "1001";

/**
 * A county on a fresh database: 金塔县 with two townships, each with a 团结村 (names repeat),
 * two tasks, a bootstrap admin and a reporter of 民建村 who joined with an invite code.
 */
export async function seededCounty(database: TestDatabase, now = new Date("2024-06-14T17:49:00+08:00")) {
  const app = await openApp({
    databaseUrl: database.url,
    now: () => now,
    bootstrapAdminIds: [ADMIN_ID],
  });
  const { deps } = app;
  await addRootUnit(deps, "金塔县");
  const admin = await identify(deps, person(ADMIN_ID, "县管理员"));
  for (const [parent, name] of [
    ["金塔县", "鼎新镇"],
    ["金塔县", "金塔镇"],
    ["鼎新镇", "民建村"],
    ["鼎新镇", "团结村"],
  ] as const) {
    await addUnit(deps, admin, { parentName: parent, name });
  }
  const snapshot = await deps.ledger.snapshot();
  const jintaTown = snapshot.units.find((u) => u.name === "金塔镇");
  await deps.repos.units.create({ parentId: jintaTown?.id ?? null, name: "团结村", kind: "village" });
  deps.ledger.invalidate();
  const farmland = await addTask(deps, admin, {
    ownerUnitName: "金塔县",
    name: "高标准农田建设",
    aliases: ["高标准农田", "农田"],
    measure: "亩",
    target: 3000,
    deadline: "2024-12-31",
  });
  const toilet = await addTask(deps, admin, {
    ownerUnitName: "金塔县",
    name: "农村改厕",
    aliases: ["改厕", "户厕改造"],
    measure: "户",
    target: 500,
    deadline: "2024-10-31",
  });
  if (!farmland.ok || !toilet.ok) throw new Error("seeding tasks failed");
  const reporter = await member(deps, admin, "2001", "民建村", "reporter");
  return {
    deps,
    db: app.db,
    databaseUrl: database.url,
    admin: (await identify(deps, person(ADMIN_ID, "县管理员"))) as PersonView,
    reporter,
    tasks: { farmland: farmland.task, toilet: toilet.task },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export function person(externalId: string, displayName: string) {
  return { platform: "telegram", externalId, displayName, privateChat: true };
}

/** A person who joined `unitName` with an invite code, as a cadre would. */
export async function member(
  deps: AppDeps,
  admin: PersonView,
  externalId: string,
  unitName: string,
  role: string,
) {
  const invite = await createInvite(deps, admin, { unitName, role });
  if (!invite.ok) throw new Error(`invite failed: ${invite.reason}`);
  const someone = await identify(deps, person(externalId, `干部${externalId}`));
  const joined = await joinWithCode(deps, someone, invite.code);
  if (!joined.ok) throw new Error("join failed");
  return (await deps.repos.people.find("telegram", externalId)) as PersonView;
}

export type County = Awaited<ReturnType<typeof seededCounty>>;

/**
 * A fresh seeded county for every test of the enclosing describe, on the given database; skipped
 * when that database is not reachable. Returns a getter: the county exists only inside a test.
 */
export function countyPerTest(kind: DatabaseKind): () => County {
  let county: County | undefined;
  beforeEach(async (context) => {
    if (!kind.available) context.skip();
    county = await seededCounty(await kind.create());
  });
  afterEach(async () => {
    await county?.close();
    county = undefined;
  });
  return () => {
    if (!county) throw new Error("the county exists only inside a test");
    return county;
  };
}

let nextMessageId = 1;

/** A private message as a cadre sends it, for the use cases; message ids count up unless given. */
export function incoming(
  text: string,
  sentAt = "2024-06-14T17:49:00+08:00",
  chat = "2001",
  messageId = String(nextMessageId++),
): IncomingMessage {
  return {
    platform: "telegram",
    chatExternalId: chat,
    messageId,
    updateId: null,
    text,
    sentAt: new Date(sentAt),
    groupUnitId: null,
  };
}
