/** parse_mode "MarkdownV2" and legacy "Markdown", after tdlib's parse_markdown_v2 / parse_markdown. */

import { byteOffset, type FormattedText, fail, isSpace, sortEntities } from "./markup-common.ts";
import type { MessageEntity } from "./telegram-types.ts";

const MARKDOWN_V2_RESERVED = "_*[]()~`>#+-=|{}.!";

/** tdlib's names, as they appear in "Can't find end of Bold entity at byte offset 0". */
const TDLIB_TYPE_NAMES: Record<string, string> = {
  bold: "Bold",
  italic: "Italic",
  underline: "Underline",
  strikethrough: "Strikethrough",
  spoiler: "Spoiler",
  code: "Code",
  pre: "Pre",
  text_link: "TextUrl",
  custom_emoji: "CustomEmoji",
};

interface OpenMarkdownEntity {
  type: string;
  offset: number;
  sourceIndex: number;
  language: string;
}

/** After an opening ``` : an optional language up to the line end, then one line break is skipped. */
function preStart(source: string, from: number): { language: string; next: number } {
  let i = from;
  let end = i;
  while (end < source.length && !isSpace(source[end]) && source[end] !== "`") end++;
  let language = "";
  if (end !== i && end < source.length && source[end] !== "`") {
    language = source.slice(i, end);
    i = end;
  }
  if (source[i] === "\n" || source[i] === "\r") {
    const pair = (source[i + 1] === "\n" || source[i + 1] === "\r") && source[i] !== source[i + 1];
    i += pair ? 2 : 1;
  }
  return { language, next: i };
}

export function parseMarkdownV2(source: string): FormattedText {
  let text = "";
  const entities: MessageEntity[] = [];
  const open: OpenMarkdownEntity[] = [];
  let quoteStart: number | undefined;
  const reservedError = (c: string) =>
    fail(`Character '${c}' is reserved and must be escaped with the preceding '\\'`);

  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === "\\" && next !== undefined && next.charCodeAt(0) > 0 && next.charCodeAt(0) <= 126) {
      text += next;
      i++;
      continue;
    }
    const top = open.at(-1);
    const reserved = top && (top.type === "code" || top.type === "pre") ? "`" : MARKDOWN_V2_RESERVED;
    if (c === "\n" && quoteStart !== undefined && source[i + 1] !== ">") {
      entities.push({ type: "blockquote", offset: quoteStart, length: text.length - quoteStart });
      quoteStart = undefined;
    }
    if (!reserved.includes(c)) {
      text += c;
      continue;
    }
    if (c === ">" && !top && (i === 0 || source[i - 1] === "\n")) {
      quoteStart ??= text.length; // a line starting with ">" belongs to a block quotation
      continue;
    }
    const closes =
      top !== undefined &&
      {
        bold: c === "*",
        italic: c === "_" && next !== "_",
        underline: c === "_" && next === "_",
        strikethrough: c === "~",
        spoiler: c === "|" && next === "|",
        code: c === "`",
        pre: c === "`" && next === "`" && source[i + 2] === "`",
        text_link: c === "]",
        custom_emoji: c === "]",
      }[top.type];

    if (!closes) {
      const sourceIndex = i;
      let type: string;
      let language = "";
      if (c === "_") {
        type = next === "_" ? "underline" : "italic";
        if (next === "_") i++;
      } else if (c === "*") type = "bold";
      else if (c === "~") type = "strikethrough";
      else if (c === "|" && next === "|") {
        type = "spoiler";
        i++;
      } else if (c === "[") type = "text_link";
      else if (c === "!" && next === "[") {
        type = "custom_emoji";
        i++;
      } else if (c === "`" && next === "`" && source[i + 2] === "`") {
        type = "pre";
        const start = preStart(source, i + 3);
        language = start.language;
        i = start.next - 1;
      } else if (c === "`") type = "code";
      else return reservedError(c);
      open.push({ type, offset: text.length, sourceIndex, language });
      continue;
    }

    const entity = open.pop() as OpenMarkdownEntity;
    const length = text.length - entity.offset;
    let url = "";
    if (entity.type === "underline" || entity.type === "spoiler") i++;
    else if (entity.type === "pre") i += 2;
    else if (entity.type === "text_link" || entity.type === "custom_emoji") {
      if (source[i + 1] !== "(") url = text.slice(entity.offset);
      else {
        i += 2;
        const urlStart = i;
        while (i < source.length && source[i] !== ")") {
          const escaped = source[i] === "\\" && (source[i + 1]?.charCodeAt(0) ?? 0) > 0;
          url += escaped ? source[i + 1] : source[i];
          i += escaped ? 2 : 1;
        }
        if (source[i] !== ")") fail(`Can't find end of a URL at byte offset ${byteOffset(source, urlStart)}`);
      }
    }
    if (length === 0) continue;
    if (entity.type === "text_link") entities.push({ type: "text_link", offset: entity.offset, length, url });
    else if (entity.type === "custom_emoji") {
      entities.push({
        type: "custom_emoji",
        offset: entity.offset,
        length,
        custom_emoji_id: url.split("=")[1] ?? "",
      });
    } else if (entity.type === "pre" && entity.language) {
      entities.push({ type: "pre", offset: entity.offset, length, language: entity.language });
    } else entities.push({ type: entity.type, offset: entity.offset, length });
  }
  const unclosed = open.at(-1);
  if (unclosed) {
    const name = TDLIB_TYPE_NAMES[unclosed.type] ?? unclosed.type;
    fail(`Can't find end of ${name} entity at byte offset ${byteOffset(source, unclosed.sourceIndex)}`);
  }
  if (quoteStart !== undefined && text.length > quoteStart) {
    entities.push({ type: "blockquote", offset: quoteStart, length: text.length - quoteStart });
  }
  return { text, entities: sortEntities(entities) };
}

// ------------------------------------------------------------------------------------ legacy Markdown

export function parseMarkdown(source: string): FormattedText {
  let text = "";
  const entities: MessageEntity[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\" && "_*`[".includes(source[i + 1] ?? "x")) {
      text += source[i + 1];
      i++;
      continue;
    }
    if (!"_*`[".includes(c)) {
      text += c;
      continue;
    }
    const begin = i;
    const endCharacter = c === "[" ? "]" : c;
    let isPre = false;
    let language = "";
    i++;
    if (c === "`" && source[i] === "`" && source[i + 1] === "`") {
      isPre = true;
      const start = preStart(source, i + 2);
      language = start.language;
      i = start.next;
    }
    const offset = text.length;
    while (
      i < source.length &&
      (source[i] !== endCharacter || (isPre && !(source[i + 1] === "`" && source[i + 2] === "`")))
    ) {
      text += source[i];
      i++;
    }
    if (i >= source.length) {
      fail(`Can't find end of the entity starting at byte offset ${byteOffset(source, begin)}`);
    }
    const length = text.length - offset;
    if (c === "[") {
      let url = text.slice(offset);
      if (source[i + 1] === "(") {
        i += 2;
        url = "";
        while (i < source.length && source[i] !== ")") url += source[i++];
      }
      if (length > 0) entities.push({ type: "text_link", offset, length, url });
    } else if (length > 0) {
      const type = c === "_" ? "italic" : c === "*" ? "bold" : isPre ? "pre" : "code";
      entities.push({ type, offset, length, ...(language ? { language } : {}) });
    }
    if (isPre) i += 2;
  }
  return { text, entities: sortEntities(entities) };
}
