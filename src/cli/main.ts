import { parseArgs } from "node:util";
import { runDigest } from "./digest-command.ts";
import { runImport } from "./import-command.ts";
import { runAdmin, runTask, runUnit } from "./ledger-commands.ts";
import { parseUsage, runParse } from "./parse-command.ts";

const usage = `usage: taizhang <command> [options]

Commands:
  parse     read chat messages (JSONL or plain lines) and print what taizhang understood
  admin     admin add: make a Telegram user an admin of a unit
  import    take units, tasks and their split among units from an .xlsx or .csv ledger (--dry-run)
  unit      unit add: add a unit under another; unit import FILE: units from a sheet
  task      task add: add a task to the ledger; task import FILE: tasks from a sheet
  digest    what a group's weekly, monthly or quarterly digest says (--dry-run)

The database is the one DATABASE_URL names (default: data/taizhang.db).

Run "taizhang <command> --help" for the options of one command.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${usage}\n`);
    return command ? 0 : 2;
  }
  if (command === "parse") {
    const { values } = parseArgs({
      args: rest,
      options: { tasks: { type: "string" }, now: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
    if (values.help) {
      process.stdout.write(`${parseUsage}\n`);
      return 0;
    }
    await runParse(values);
    return 0;
  }
  if (command === "admin") return runAdmin(rest);
  if (command === "import") return runImport(rest);
  if (command === "unit") return runUnit(rest);
  if (command === "task") return runTask(rest);
  if (command === "digest") return runDigest(rest);
  process.stderr.write(`taizhang: unknown command "${command}"\n${usage}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`taizhang: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
