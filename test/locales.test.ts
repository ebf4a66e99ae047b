import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every user-facing string is in both locale files. The i18n plugin answers a missing key with
 * "{key}" and a warning, so a typo would reach a cadre's screen: the keys used in the code are
 * checked here, the literal ones found in the sources and the composed ones listed by their code.
 */
const root = new URL("../", import.meta.url).pathname;

function keysOf(locale: string): Set<string> {
  const text = readFileSync(join(root, "locales", `${locale}.ftl`), "utf8");
  return new Set([...text.matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1] as string));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Keys the code composes from a value (`alert-${reason}`), with every value it can take. */
const family = (prefix: string, values: string[]) => values.map((v) => `${prefix}${v}`);
const states = ["pending", "filed", "confirmed", "corrected", "withdrawn"];
const unitRefusals = ["unknown-unit", "ambiguous-unit", "forbidden"];
const COMPOSED = [
  ...family("kind-", ["increment", "cumulative", "target", "unspecified"]),
  ...family("card-holdup-", ["no-task", "unknown-place", "ambiguous-place", "forbidden-place"]),
  ...family("card-state-", states),
  ...family("state-", states),
  ...family("alert-", ["forbidden", "withdrawn", "unknown-report", "bad-choice", "confirm-pending"]),
  ...family("role-", ["admin", "leader", "reporter"]),
  ...family("task-add-owner-", ["unknown-unit", "ambiguous-unit"]),
  ...family("task-add-refused-", [...unitRefusals, "bad-input"]),
  ...family("invite-refused-", [...unitRefusals, "bad-role"]),
  ...family("unit-refused-", [...unitRefusals, "bad-input"]),
  ...family("bind-refused-", [...unitRefusals, "bad-input"]),
  ...family("task-", ["unknown-task", "ambiguous-task", "forbidden"]),
  ...family("command-", [
    "start",
    "help",
    "join",
    "lang",
    "task",
    "cancel",
    "invite",
    "unit",
    "bind",
    "quiet",
    "digest",
    "status",
    "silent",
    "overdue",
    "issues",
    "rank",
    "pause",
    "resume",
    "remind",
  ]),
  ...family("answer-", ["unknown-unit", "ambiguous-unit", "rank-fastest", "rank-slowest"]),
  ...family("answer-", ["silent", "silent-none", "overdue", "overdue-none", "issues", "issues-none"]),
  ...family("alert-answer-", ["expired", "forbidden"]),
];

const zh = keysOf("zh-CN");
const en = keysOf("en");

describe("the locale files", () => {
  it("hold the same keys", () => {
    expect([...zh].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
  });

  it("hold every key the bot and the console use", () => {
    const used = new Set<string>(COMPOSED);
    for (const file of [...sources(join(root, "src/bot")), ...sources(join(root, "src/channels"))]) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\b(?:t|label|translate)\((?:[a-zA-Z.]+, )?"([a-z][a-z0-9-]*)"/g))
        used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((k) => !zh.has(k))).toEqual([]);
  });
});
