import type { TaskLine } from "../domain/digest/index.ts";
import type { Digest } from "./digest.ts";

/** A channel's translate: Fluent behind it, escaping for the channel's formatting where it needs it. */
export type Translate = (key: string, args?: Record<string, string | number>) => string;

const figure = (n: number) => Math.round(n * 100) / 100;

/**
 * A Telegram message holds 4096 characters; a county has hundreds of tasks. The text lists the
 * flagged tasks first and stops at this many; the chart and /task carry the rest.
 */
const MAX_TASK_LINES = 25;
const MAX_NAMES = 30;

/** Names in a row; a long list keeps its count in the heading and shows the first ones. */
const list = (names: readonly string[]) =>
  names.length === 0 ? "—" : names.slice(0, MAX_NAMES).join("、") + (names.length > MAX_NAMES ? "…" : "");

/** A task's line as digests and answers write it (locales: digest-line). */
export function digestLineArgs(
  l: Pick<TaskLine, "name" | "total" | "target" | "measure" | "percent" | "change" | "flag">,
) {
  return {
    task: l.name,
    total: figure(l.total),
    target: l.target === null ? "—" : figure(l.target),
    measure: l.measure,
    percent: l.percent === null ? "—" : Math.round(l.percent),
    change: figure(l.change),
    flag: l.flag ?? "none",
  };
}

/**
 * The digest as a phone-sized text, in the chat's language. Names come from people and the
 * ledger: the channel's `t` escapes them for its formatting.
 */
export function digestText(digest: Digest, t: Translate): string {
  const { content } = digest;
  const lines = [
    t(`digest-title-${content.kind}`, { unit: digest.unitName, from: content.from, to: content.to }),
    t("digest-flags", { red: content.flags.red, yellow: content.flags.yellow, blue: content.flags.blue }),
    "",
  ];
  const severity = { red: 0, yellow: 1, blue: 2 } as const;
  const shown = [...content.lines]
    .sort((a, b) => (a.flag ? severity[a.flag] : 3) - (b.flag ? severity[b.flag] : 3))
    .slice(0, MAX_TASK_LINES);
  for (const l of shown) lines.push(t("digest-line", digestLineArgs(l)));
  if (content.movers.length > 0)
    lines.push("", t("digest-movers", { tasks: content.movers.map((l) => l.name).join("、") }));
  if (content.laggards.length > 0)
    lines.push(t("digest-laggards", { tasks: content.laggards.map((l) => l.name).join("、") }));
  if (content.silentUnits.length > 0 || content.silentDepartments.length > 0) {
    lines.push(
      "",
      t("digest-silent", { count: content.silentUnits.length, units: content.silentUnits.join("、") || "—" }),
    );
    if (content.silentDepartments.length > 0) {
      lines.push(t("digest-silent-departments", { units: list(content.silentDepartments) }));
    }
  } else lines.push("", t("digest-everyone-reported"));
  if (content.problems.length > 0) {
    lines.push("", t("digest-problems", { count: content.problems.length }));
    for (const p of content.problems.slice(0, 10)) {
      lines.push(t("digest-problem", { unit: p.unitName, text: p.text, since: p.firstAt, count: p.count }));
    }
  }
  if (content.inconsistencies.length > 0) {
    lines.push("", t("digest-inconsistent", { count: content.inconsistencies.length }));
    for (const i of content.inconsistencies.slice(0, 10)) {
      lines.push(
        t(`digest-inconsistent-${i.kind}`, {
          unit: i.unitName,
          task: i.taskName,
          stated: figure(i.stated),
          expected: figure(i.expected),
          measure: i.measure,
          on: i.sentOn,
        }),
      );
    }
  }
  if (content.counted.unchecked > 0) {
    lines.push(
      "",
      t("digest-unchecked", { unchecked: content.counted.unchecked, reports: content.counted.reports }),
    );
  }
  lines.push("", t("digest-as-of", { at: digest.asOfLocal }));
  return lines.join("\n");
}
