import { parseArgs } from "node:util";
import { runAsk } from "./ask-command.ts";
import { runBackup, runRestore } from "./backup-command.ts";
import { runDigest } from "./digest-command.ts";
import { runExport, runReport } from "./export-command.ts";
import { runImport } from "./import-command.ts";
import { runAdmin, runTask, runUnit } from "./ledger-commands.ts";
import { parseUsage, runParse } from "./parse-command.ts";
import { runReparse } from "./reparse-command.ts";

const usage = `usage: taizhang <command> [options]

Commands:
  parse     read chat messages (JSONL or plain lines) and print what taizhang understood
  admin     admin add: make a Telegram user an admin of a unit
  import    take units, tasks and their split among units from an .xlsx or .csv ledger (--dry-run)
  unit      unit add: add a unit under another; unit import FILE: units from a sheet
            unit export --out FILE.xlsx: the unit tree in the import format
  task      task add: add a task to the ledger; task import FILE: tasks from a sheet
            task export --out FILE.xlsx: tasks and assignments in the import format
  digest    what a group's weekly, monthly or quarterly digest says (--dry-run)
  export    export ledger --out FILE.xlsx; export reports --from DATE --to DATE --out FILE.xlsx|.csv
  report    report export: the same as export reports
  ask       what the bot would answer a person's question: ask "改厕进度？" --as TELEGRAM_ID [--at ISO]
  reparse   read stored messages again with the current parser; --apply writes the changes
  backup    an online, consistent copy of the database
  restore   put a backup back (stop the bot first)

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
  if (command === "export") return runExport(rest);
  if (command === "report") return runReport(rest);
  if (command === "ask") return runAsk(rest);
  if (command === "reparse") return runReparse(rest);
  if (command === "backup") return runBackup(rest);
  if (command === "restore") return runRestore(rest);
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
