import type { TranslateFunction } from "@grammyjs/i18n";
import { InlineKeyboard } from "grammy";
import type { FixChoices, ReportCard } from "../app/index.ts";

/**
 * A report card: what the bot understood of a message, why it does not count yet, and its buttons.
 * Callback data is "r:<action>:<reportId>[:…]"; Telegram refuses more than 64 bytes.
 */
export type CardAction = "ok" | "wd" | "fix" | "back" | "tasks" | "task" | "place" | "q" | "kind" | "val";

export function cardData(action: CardAction, reportId: string, ...rest: Array<string | number>): string {
  const data = ["r", action, reportId, ...rest].join(":");
  if (Buffer.byteLength(data) > 64) throw new Error(`callback data over 64 bytes: ${data}`);
  return data;
}

export function cardText(card: ReportCard, t: TranslateFunction): string {
  if (card.holdup === "not-a-report") return t("not-a-report");
  const lines = [`<b>${t("card-title")}</b>`];
  if (card.taskName) lines.push(t("card-task", { task: card.taskName }));
  else if (card.taskWritten) lines.push(t("card-task-unmatched", { task: card.taskWritten }));
  else lines.push(t("card-no-task"));
  if (card.unitName) lines.push(t("card-place", { place: card.unitName }));
  for (const q of card.quantities) {
    lines.push(t("card-quantity", { kind: t(`kind-${q.kind}`), value: q.value, unit: q.unit }));
  }
  if (card.percent !== null) lines.push(t("card-percent", { percent: card.percent }));
  if (card.date) lines.push(t("card-date", { date: card.date }));
  if (card.issues.length > 0) lines.push(t("card-issues", { issues: card.issues.join("；") }));
  if (card.nextSteps.length > 0) lines.push(t("card-next-steps", { steps: card.nextSteps.join("；") }));
  const total = card.ledgerTotal;
  if (total) lines.push(t("card-ledger-total", { total: total.value, measure: total.measure }));
  if (card.inconsistency && total) {
    const { kind, stated, expected } = card.inconsistency;
    lines.push(t(`card-inconsistent-${kind}`, { stated, expected, measure: total.measure }));
  }
  lines.push("");
  lines.push(card.holdup ? t(`card-holdup-${card.holdup}`) : t(`card-state-${card.state}`));
  return lines.join("\n");
}

function placeButton(place: { name: string; parentName: string | null }, label: TranslateFunction) {
  return place.parentName
    ? label("button-place-in", { place: place.name, parent: place.parentName })
    : label("button-place", { place: place.name });
}

/** ✅ ✏️ ↩️, and the places to choose from when the message named an ambiguous one. */
export function cardKeyboard(card: ReportCard, label: TranslateFunction): InlineKeyboard | undefined {
  if (card.holdup === "not-a-report" || card.state === "withdrawn") return undefined;
  const keyboard = new InlineKeyboard();
  for (const place of card.candidates) {
    keyboard.text(placeButton(place, label), cardData("place", card.reportId, place.id)).row();
  }
  // A pending report cannot be confirmed: it lacks a task or a place, which ✏️ supplies.
  if (card.state === "filed") keyboard.text(label("button-confirm"), cardData("ok", card.reportId));
  keyboard.text(label("button-fix"), cardData("fix", card.reportId));
  keyboard.text(label("button-withdraw"), cardData("wd", card.reportId));
  return keyboard;
}

/** ✏️: another task, a place among the candidates, or one of the figures. */
export function fixKeyboard(choices: FixChoices, label: TranslateFunction): InlineKeyboard {
  const id = choices.card.reportId;
  const keyboard = new InlineKeyboard();
  if (choices.tasks.length > 0) keyboard.text(label("button-other-task"), cardData("tasks", id, 0)).row();
  for (const place of choices.places)
    keyboard.text(placeButton(place, label), cardData("place", id, place.id)).row();
  choices.card.quantities.forEach((q, i) => {
    const button = label("button-quantity", { kind: label(`kind-${q.kind}`), value: q.value, unit: q.unit });
    keyboard.text(button, cardData("q", id, i)).row();
  });
  return keyboard.text(label("button-back"), cardData("back", id));
}

export const TASKS_PER_PAGE = 8;

/** The tasks the report's unit sees, a page at a time (a county ledger can hold hundreds). */
export function taskKeyboard(choices: FixChoices, page: number, label: TranslateFunction): InlineKeyboard {
  const id = choices.card.reportId;
  const pages = Math.max(1, Math.ceil(choices.tasks.length / TASKS_PER_PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const keyboard = new InlineKeyboard();
  choices.tasks.slice(current * TASKS_PER_PAGE, (current + 1) * TASKS_PER_PAGE).forEach((task, i) => {
    const mark = task.name === choices.card.taskName ? "• " : "";
    keyboard.text(`${mark}${task.name}`, cardData("task", id, task.id));
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row();
  if (current > 0) keyboard.text(label("button-previous"), cardData("tasks", id, current - 1));
  if (current < pages - 1) keyboard.text(label("button-next"), cardData("tasks", id, current + 1));
  return keyboard.row().text(label("button-back"), cardData("fix", id));
}

export const KINDS = ["increment", "cumulative", "target", "unspecified"] as const;

/** One figure: its kind at a press, its value in a one-question conversation. */
export function quantityKeyboard(
  choices: FixChoices,
  index: number,
  label: TranslateFunction,
): InlineKeyboard {
  const id = choices.card.reportId;
  const current = choices.card.quantities[index]?.kind;
  const keyboard = new InlineKeyboard();
  KINDS.forEach((kind, i) => {
    keyboard.text(
      `${kind === current ? "• " : ""}${label(`kind-${kind}`)}`,
      cardData("kind", id, index, kind),
    );
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.text(label("button-value"), cardData("val", id, index)).row();
  return keyboard.text(label("button-back"), cardData("fix", id));
}
