import type { PersonView } from "../db/repositories/index.ts";
import { readSplitCommand, splitSheets } from "../domain/ledger-sheets/index.ts";
import type { AppDeps } from "./deps.ts";
import { describeSplit, type MessageLine } from "./import-messages.ts";
import { importSheets } from "./ledger-import.ts";

/**
 * `/task split 高标准农田 民建镇 3000 东风镇 2500`: the task's shares among units, set in the chat.
 * The text becomes the rows of a 任务分解表 and goes through the import, so a share is checked,
 * permitted and written exactly as a sheet's row would be: all or nothing, and a second time with
 * the same shares changes nothing. Shares not named are left as they are.
 */
export async function splitTask(
  deps: AppDeps,
  actor: PersonView,
  text: string,
): Promise<{ ok: false } | { ok: true; applied: boolean; lines: MessageLine[] }> {
  const currentYear = Number(deps.now().toISOString().slice(0, 4));
  const command = readSplitCommand(text, currentYear);
  if (!command) return { ok: false };
  const { sheets, rows } = splitSheets(command, "task-split");
  const outcome = await importSheets(deps, actor, sheets, {
    dryRun: false,
    only: "tasks",
    source: `/task split ${command.task}`,
  });
  return {
    ok: true,
    applied: outcome.ok && outcome.applied,
    lines: describeSplit(command, rows, outcome),
  };
}
