/**
 * parse_mode "HTML" after tdlib's parse_html: the supported tags only, proper nesting, the four
 * named entities and numeric ones; anything else fails with Telegram's own message.
 */

import { byteOffset, type FormattedText, fail, isSpace, sortEntities } from "./markup-common.ts";
import type { MessageEntity } from "./telegram-types.ts";

const HTML_TAGS = new Set([
  "a",
  "b",
  "strong",
  "i",
  "em",
  "s",
  "strike",
  "del",
  "u",
  "ins",
  "tg-spoiler",
  "tg-emoji",
  "span",
  "pre",
  "code",
  "blockquote",
]);

const HTML_SIMPLE_ENTITIES: Record<string, string> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  u: "underline",
  ins: "underline",
  "tg-spoiler": "spoiler",
  span: "spoiler",
};

/** `&lt;` `&gt;` `&amp;` `&quot;` and numeric references; anything else is a literal "&". */
function decodeHtmlEntity(source: string, at: number): { char: string; end: number } | undefined {
  const pattern = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(lt|gt|amp|quot));/iy;
  pattern.lastIndex = at;
  const match = pattern.exec(source);
  if (!match) return undefined;
  const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };
  if (match[3]) return { char: named[match[3].toLowerCase()] ?? "", end: pattern.lastIndex };
  const code = match[1] ? Number(match[1]) : Number.parseInt(match[2] ?? "", 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return { char: String.fromCodePoint(code), end: pattern.lastIndex };
}

const decodeHtml = (value: string) => {
  let out = "";
  for (let i = 0; i < value.length; ) {
    const decoded = value[i] === "&" ? decodeHtmlEntity(value, i) : undefined;
    out += decoded ? decoded.char : value[i];
    i = decoded ? decoded.end : i + 1;
  }
  return out;
};

interface OpenTag {
  tag: string;
  argument: string;
  offset: number;
  expandable: boolean;
}

export function parseHtml(source: string): FormattedText {
  let text = "";
  const entities: MessageEntity[] = [];
  const open: OpenTag[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === "&") {
      const decoded = decodeHtmlEntity(source, i);
      if (decoded) {
        text += decoded.char;
        i = decoded.end;
        continue;
      }
    }
    if (c !== "<") {
      text += c;
      i++;
      continue;
    }
    const begin = i;
    const at = () => byteOffset(source, begin);
    if (source[i + 1] !== "/") {
      let nameEnd = i + 1;
      while (nameEnd < source.length && !isSpace(source[nameEnd]) && source[nameEnd] !== ">") nameEnd++;
      if (nameEnd >= source.length) fail(`Unclosed start tag at byte offset ${at()}`);
      const tag = source.slice(i + 1, nameEnd).toLowerCase();
      if (!HTML_TAGS.has(tag)) fail(`Unsupported start tag "${tag}" at byte offset ${at()}`);
      const attributes = /((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*>/y;
      attributes.lastIndex = nameEnd;
      const match = attributes.exec(source);
      if (!match) fail(`Unclosed start tag at byte offset ${at()}`);
      let argument = "";
      let expandable = false;
      const attributePattern = /([^\s=>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;
      for (const [, rawName = "", rawValue] of (match?.[1] ?? "").matchAll(attributePattern)) {
        const name = rawName.toLowerCase();
        if (rawValue === undefined) {
          if (tag === "blockquote" && name === "expandable") expandable = true;
          else
            fail(
              `Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${at()}`,
            );
          continue;
        }
        const value = decodeHtml(/^["']/.test(rawValue) ? rawValue.slice(1, -1) : rawValue.toLowerCase());
        if (tag === "a" && name === "href") argument = value;
        else if (tag === "code" && name === "class" && value.startsWith("language-"))
          argument = value.slice(9);
        else if (tag === "span" && name === "class" && value.startsWith("tg-")) argument = value.slice(3);
        else if (tag === "tg-emoji" && name === "emoji-id") argument = value;
      }
      if (tag === "span" && argument !== "spoiler") {
        fail(`Tag "span" must have class "tg-spoiler" at byte offset ${at()}`);
      }
      open.push({ tag, argument, offset: text.length, expandable });
      i = attributes.lastIndex;
      continue;
    }
    // An end tag.
    const top = open.pop();
    if (!top) fail(`Unexpected end tag at byte offset ${at()}`);
    let nameEnd = i + 2;
    while (nameEnd < source.length && !isSpace(source[nameEnd]) && source[nameEnd] !== ">") nameEnd++;
    const endName = source.slice(i + 2, nameEnd).toLowerCase();
    while (isSpace(source[nameEnd])) nameEnd++;
    if (source[nameEnd] !== ">") fail(`Unclosed end tag at byte offset ${at()}`);
    const { tag, argument, offset, expandable } = top as OpenTag;
    if (endName !== "" && endName !== tag) {
      fail(`Unmatched end tag at byte offset ${at()}, expected "</${tag}>", found "</${endName}>"`);
    }
    i = nameEnd + 1;
    const length = text.length - offset;
    if (length === 0) continue;
    const parent = open.at(-1);
    const simple = HTML_SIMPLE_ENTITIES[tag];
    if (simple) entities.push({ type: simple, offset, length });
    else if (tag === "a" && argument) entities.push({ type: "text_link", offset, length, url: argument });
    else if (tag === "tg-emoji")
      entities.push({ type: "custom_emoji", offset, length, custom_emoji_id: argument });
    else if (tag === "blockquote") {
      entities.push({ type: expandable ? "expandable_blockquote" : "blockquote", offset, length });
    } else if (tag === "code" && parent?.tag === "pre" && parent.offset === offset) {
      parent.argument = argument; // <pre><code class="language-x"> is one pre entity with a language
    } else if (tag === "code") entities.push({ type: "code", offset, length });
    else if (tag === "pre")
      entities.push({ type: "pre", offset, length, ...(argument ? { language: argument } : {}) });
  }
  const unclosed = open.at(-1);
  if (unclosed) fail(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  return { text, entities: sortEntities(entities) };
}
