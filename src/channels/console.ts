import { createInterface } from "node:readline";
import { reportCard, type Translate } from "../app/report-card.ts";
import { parse, type TaskIndex } from "../domain/parser/index.ts";
import { type Locale, translate } from "../i18n.ts";

/**
 * The console chat: a newcomer types as a cadre would and sees what taizhang understood, with no
 * Telegram account. Works on a terminal and on piped input alike.
 */
export async function runConsoleChat(options: {
  tasks: TaskIndex;
  locale: Locale;
  now: () => Date;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}): Promise<void> {
  const output = options.output ?? process.stdout;
  const t: Translate = (key, args) => translate(options.locale, key, args);
  const say = (text: string) => output.write(`${text}\n`);
  say(t("console-welcome"));
  say(t("console-example"));
  const lines = createInterface({ input: options.input ?? process.stdin, terminal: false });
  for await (const line of lines) {
    const text = line.trim();
    if (text === "") continue;
    if (text === "/quit" || text === "/exit") break;
    say(reportCard(parse(text, { sentAt: options.now(), tasks: options.tasks }), t));
  }
  say(t("console-bye"));
}
