import type { Translate } from "../app/digest-text.ts";
import type { Notice } from "../domain/notices/index.ts";

const figure = (n: number) => Math.round(n * 100) / 100;
const percent = (n: number | null) => (n === null ? "—" : Math.round(n));

/** A Telegram message holds 4096 characters: long lists stop here and say how many more there are. */
const MAX_ITEMS = 15;

function bullets(items: readonly string[], line: (item: string) => string, t: Translate): string[] {
  const shown = items.slice(0, MAX_ITEMS).map(line);
  if (items.length > MAX_ITEMS) shown.push(t("notice-more", { count: items.length - MAX_ITEMS }));
  return shown;
}

/**
 * A reminder, a list of unreached reporters or a red/yellow announcement as a phone-sized text in
 * the reader's language. `t` escapes the names (they come from people) for HTML.
 */
export function noticeText(notice: Notice, t: Translate): string {
  switch (notice.kind) {
    case "reminder":
      return [
        t("reminder-title"),
        ...notice.units.flatMap((u) => [
          t("reminder-unit", { unit: u.unit }),
          ...bullets(u.tasks, (task) => t("reminder-task", { task }), t),
        ]),
        "",
        t("reminder-how"),
        t("reminder-example", { ...notice.example }),
        "",
        t("reminder-pause"),
      ].join("\n");
    case "unreached":
      return [
        t("unreached-title"),
        ...notice.units.flatMap((u) => [
          t("reminder-unit", { unit: u.unit }),
          ...bullets(u.people, (name) => t("unreached-person", { name }), t),
        ]),
        "",
        t("unreached-how"),
      ].join("\n");
    case "flag": {
      const args = {
        task: notice.task,
        unit: notice.unit,
        measure: notice.measure,
        total: figure(notice.total),
        target: notice.target === null ? "—" : figure(notice.target),
        percent: percent(notice.percent),
        deadline: notice.deadline ?? "—",
        expected: percent(notice.expected),
        behind:
          notice.expected === null || notice.percent === null
            ? "—"
            : Math.round(notice.expected - notice.percent),
      };
      return t(notice.flag === "red" ? "flag-red" : "flag-yellow", args);
    }
  }
}
