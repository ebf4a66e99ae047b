/**
 * Message text as Telegram stores it: parse_mode markup turned into plain text plus entities, with
 * Telegram's own error texts for bad markup. A bot that interpolates "<" into HTML fails here as it
 * would in production, instead of passing every test and breaking on the first real message.
 * Follows tdlib's parse_html / parse_markdown / parse_markdown_v2 closely, minus rarely used corners
 * (text_mention links, date-time entities).
 */
import { badRequest } from "./api-error.ts";
import { parseHtml } from "./html-markup.ts";
import { parseMarkdown, parseMarkdownV2 } from "./markdown-markup.ts";
import type { FormattedText } from "./markup-common.ts";
import type { MessageEntity } from "./telegram-types.ts";

export type { FormattedText } from "./markup-common.ts";

export function formatText(source: string, parseMode?: unknown, entities?: unknown): FormattedText {
  let formatted: FormattedText;
  const mode = typeof parseMode === "string" ? parseMode.toLowerCase() : "";
  if (mode === "html") formatted = parseHtml(source);
  else if (mode === "markdownv2") formatted = parseMarkdownV2(source);
  else if (mode === "markdown") formatted = parseMarkdown(source);
  else if (mode === "") formatted = { text: source, entities: Array.isArray(entities) ? entities : [] };
  else throw badRequest(`unsupported parse_mode "${String(parseMode)}"`);
  return trimmed(formatted);
}

/** bot_command entities, which Telegram adds to user messages and grammY's `bot.command` relies on. */
export function commandEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  for (const match of text.matchAll(
    /(^|\s)(\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?)(?![A-Za-z0-9_@])/g,
  )) {
    const lead = match[1] ?? "";
    entities.push({
      type: "bot_command",
      offset: match.index + lead.length,
      length: (match[2] ?? "").length,
    });
  }
  return entities;
}

/** Telegram drops leading and trailing whitespace (any character up to U+0020); entities shift with the text. */
function trimmed({ text, entities }: FormattedText): FormattedText {
  const blank = (i: number) => text.charCodeAt(i) <= 0x20;
  let lead = 0;
  while (lead < text.length && blank(lead)) lead++;
  let end = text.length;
  while (end > lead && blank(end - 1)) end--;
  const trimmedText = text.slice(lead, end);
  const shifted = entities.flatMap((entity) => {
    const start = Math.max(0, entity.offset - lead);
    const stop = Math.min(trimmedText.length, entity.offset + entity.length - lead);
    return stop > start ? [{ ...entity, offset: start, length: stop - start }] : [];
  });
  return { text: trimmedText, entities: shifted };
}
