import type { BotContext } from "./context.ts";

/** Telegram takes 4 096 characters a message; HTML entities count once sent, so keep some room. */
const PART_LIMIT = 4000;

/** A long answer (an import's changes, say) in as many messages as it takes, cut at lines. */
export async function replyInParts(ctx: BotContext, text: string): Promise<void> {
  for (const part of splitAtLines(text)) await ctx.reply(part);
}

/** Cut at lines; a single overlong line is shortened. */
export function splitAtLines(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const piece = line.length > PART_LIMIT ? `${line.slice(0, PART_LIMIT - 1)}…` : line;
    if (current.length + piece.length + 1 > PART_LIMIT) {
      parts.push(current);
      current = piece;
    } else current = current === "" ? piece : `${current}\n${piece}`;
  }
  if (current !== "") parts.push(current);
  return parts;
}
