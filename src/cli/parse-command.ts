import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
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

  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length === 0) return true;
    const ok = process.stdout.write(`${buffer.join("\n")}\n`);
    buffer = [];
    return ok;
  };
  for await (const line of lines) {
    const input = readLine(line);
    const sentAt = input.sentAt ? new Date(input.sentAt) : now;
    buffer.push(
      JSON.stringify(parse(input.text, { sentAt: Number.isNaN(sentAt.getTime()) ? now : sentAt, tasks })),
    );
    if (buffer.length >= 512 && !flush())
      await new Promise((resolve) => process.stdout.once("drain", resolve));
  }
  flush();
}
