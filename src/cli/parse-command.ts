import { readFileSync } from "node:fs";
import { z } from "zod";
import { ledgerTaskSchema, parse, parseInputSchema, TaskIndex } from "../domain/parser/index.ts";

export const parseUsage = `usage: taizhang parse [--tasks tasks.json] [--now ISO] < messages.jsonl > reports.jsonl

Reads one message per line: a JSON object {"text", "sentAt"?} or plain text, and writes one
ParsedReport per line, in the same order. --now is the sending time of messages without sentAt.`;

export function loadTasks(file: string): TaskIndex {
  const tasks = z.array(ledgerTaskSchema).parse(JSON.parse(readFileSync(file, "utf8")));
  return new TaskIndex(tasks);
}

function readLine(line: string): { text: string; sentAt?: string } {
  if (line.trimStart().startsWith("{")) {
    try {
      const input = parseInputSchema.safeParse(JSON.parse(line));
      if (input.success) return input.data;
    } catch {
      // Not JSON after all: read it as the message itself.
    }
  }
  return { text: line };
}

export async function runParse(options: { tasks?: string; now?: string }): Promise<void> {
  const tasks = options.tasks ? loadTasks(options.tasks) : undefined;
  const now = options.now ? new Date(options.now) : new Date(process.env.TAIZHANG_NOW ?? Date.now());
  if (Number.isNaN(now.getTime())) throw new Error(`--now is not a date: ${options.now}`);

  const parseLine = (line: string) => {
    const input = readLine(line.endsWith("\r") ? line.slice(0, -1) : line);
    const sentAt = input.sentAt ? new Date(input.sentAt) : now;
    return JSON.stringify(
      parse(input.text, { sentAt: Number.isNaN(sentAt.getTime()) ? now : sentAt, tasks }),
    );
  };
  // Lines are cut from raw chunks (faster than readline for big batches); output keeps their order.
  let pending = "";
  for await (const chunk of process.stdin.setEncoding("utf8")) {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    if (lines.length === 0) continue;
    const out = `${lines.map(parseLine).join("\n")}\n`;
    if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once("drain", resolve));
  }
  if (pending !== "") process.stdout.write(`${parseLine(pending)}\n`);
}
