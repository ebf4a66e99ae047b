/** What the parse_mode parsers share: the result shape and Telegram's error style. */
import { badRequest } from "./api-error.ts";
import type { MessageEntity } from "./telegram-types.ts";

export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

export const fail = (what: string): never => {
  throw badRequest(`can't parse entities: ${what}`);
};

/** tdlib reports positions in UTF-8 bytes of the source. */
export const byteOffset = (source: string, index: number) => Buffer.byteLength(source.slice(0, index));

export const sortEntities = (entities: MessageEntity[]) =>
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);

export const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
