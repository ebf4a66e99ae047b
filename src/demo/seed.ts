import { readFileSync } from "node:fs";
import { z } from "zod";
import {
  type AppDeps,
  addRootUnit,
  addTask,
  addUnit,
  createInvite,
  identify,
  join,
  type Sender,
} from "../app/index.ts";
import { projectPath } from "../paths.ts";

/**
 * The demo county of the console chat: 金塔县, two townships with villages (a 团结村 in each, so
 * that an ambiguous place can be tried), the ten demo tasks owned by the county, and the console
 * user as its admin and reporter. Made through the same use cases as everything else.
 */
export const DEMO_COUNTY = "金塔县";

// biome-ignore format: a table reads better in rows
const TOWNSHIPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["金塔镇", ["民建村", "塔院村", "团结村"]],
  ["鼎新镇", ["双树村", "芨芨村", "团结村"]],
];

const demoTaskSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  measure: z.string().default("项"),
  target: z.number().nullable().default(null),
  /** Month and day of this year's deadline: the demo never starts out overdue. */
  due: z
    .string()
    .regex(/^\d{2}-\d{2}$/)
    .default("12-31"),
});

export function loadDemoTasks(file: string | URL = projectPath("src", "demo", "tasks.json")) {
  return z.array(demoTaskSchema).parse(JSON.parse(readFileSync(file, "utf8")));
}

/** Seeds an empty database; a database that has units already is left as it is. Returns whether it seeded. */
export async function seedDemoCounty(deps: AppDeps, user: Sender, tasks = loadDemoTasks()): Promise<boolean> {
  if ((await deps.ledger.snapshot()).units.length > 0) return false;
  await addRootUnit(deps, DEMO_COUNTY);
  // deps.bootstrapAdminIds holds the console user: identify makes them the county's admin.
  const admin = await identify(deps, user);
  for (const [township, villages] of TOWNSHIPS) {
    await addUnit(deps, admin, { parentName: DEMO_COUNTY, name: township });
    for (const village of villages) await addUnit(deps, admin, { parentName: township, name: village });
  }
  const year = deps.now().getFullYear();
  for (const task of tasks) {
    await addTask(deps, admin, {
      ownerUnitName: DEMO_COUNTY,
      name: task.name,
      aliases: task.aliases,
      measure: task.measure,
      target: task.target,
      deadline: `${year}-${task.due}`,
    });
  }
  const invite = await createInvite(deps, admin, { unitName: DEMO_COUNTY, role: "reporter", uses: 1 });
  if (invite.ok) await join(deps, admin, invite.code);
  return true;
}
