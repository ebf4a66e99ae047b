import { parseArgs } from "node:util";
import { addAdmin, addTask, addUnit, openApp, operator } from "../app/index.ts";
import { loadConfig } from "../config.ts";
import { runTaskExport, runUnitExport } from "./export-command.ts";
import { runTaskImport, runUnitImport } from "./import-command.ts";

export const adminUsage = `usage: taizhang admin add --telegram-id ID --unit NAME [--name NAME]

Makes a Telegram user an admin of a unit (the first admin of a deployment comes from here or from
BOOTSTRAP_ADMIN_IDS). With an empty database, --unit names the root unit (the county) to create.`;

export const unitUsage = `usage: taizhang unit add --parent NAME --name NAME [--kind township|village|department|…]
       taizhang unit import FILE [--dry-run]
       taizhang unit export --out FILE.xlsx [--unit NAME] [--lang zh-CN|en]`;

export const taskUsage = `usage: taizhang task add --owner UNIT --name NAME --measure 亩 [--target N] [--deadline YYYY-MM-DD] [--aliases a,b]
       taizhang task import FILE [--dry-run]
       taizhang task export --out FILE.xlsx [--unit NAME] [--lang zh-CN|en]`;

/** Runs `fn` with the app on the database DATABASE_URL names, and closes it after. */
async function withApp<T>(fn: (deps: Awaited<ReturnType<typeof openApp>>["deps"]) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const app = await openApp({ databaseUrl: config.DATABASE_URL, timeZone: config.TZ_REPORTS });
  try {
    return await fn(app.deps);
  } finally {
    await app.close();
  }
}

const say = (line: string) => process.stdout.write(`${line}\n`);

export async function runAdmin(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "telegram-id": { type: "string" },
      unit: { type: "string" },
      name: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals[0] !== "add" || !values["telegram-id"] || !values.unit) {
    say(adminUsage);
    return values.help ? 0 : 2;
  }
  const telegramId = values["telegram-id"];
  const unitName = values.unit;
  if (!/^\d+$/.test(telegramId)) throw new Error("--telegram-id is a number (the user's Telegram id)");
  const result = await withApp((deps) => addAdmin(deps, { telegramId, unitName, displayName: values.name }));
  if (!result.ok) throw new Error(`unit "${unitName}": ${result.reason}`);
  say(`${telegramId} is now an admin of ${result.unitName}${result.createdRoot ? " (created)" : ""}`);
  return 0;
}

export async function runUnit(args: string[]): Promise<number> {
  if (args[0] === "export") return runUnitExport(args.slice(1));
  if (args[0] === "import") return runUnitImport(args.slice(1));
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      parent: { type: "string" },
      name: { type: "string" },
      kind: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals[0] !== "add" || !values.parent || !values.name) {
    say(unitUsage);
    return values.help ? 0 : 2;
  }
  const { parent, name, kind } = values;
  const result = await withApp(async (deps) =>
    addUnit(deps, await operator(deps), { parentName: parent, name, kind }),
  );
  if (!result.ok) throw new Error(`unit not added: ${result.reason}`);
  say(`added ${result.name} under ${result.parentName}`);
  return 0;
}

export async function runTask(args: string[]): Promise<number> {
  if (args[0] === "export") return runTaskExport(args.slice(1));
  if (args[0] === "import") return runTaskImport(args.slice(1));
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      owner: { type: "string" },
      name: { type: "string" },
      measure: { type: "string" },
      target: { type: "string" },
      deadline: { type: "string" },
      aliases: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals[0] !== "add" || !values.owner || !values.name || !values.measure) {
    say(taskUsage);
    return values.help ? 0 : 2;
  }
  const target = values.target === undefined ? null : Number(values.target);
  if (target !== null && !Number.isFinite(target)) throw new Error("--target is a number");
  const { owner, name, measure } = values;
  const result = await withApp(async (deps) =>
    addTask(deps, await operator(deps), {
      ownerUnitName: owner,
      name,
      measure,
      target,
      deadline: values.deadline ?? null,
      aliases: values.aliases?.split(",") ?? [],
    }),
  );
  if (!result.ok) throw new Error(`task not added: ${result.reason}`);
  say(`added task ${result.task.name} (${result.task.id})`);
  return 0;
}
