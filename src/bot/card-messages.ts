import { type Api, GrammyError, type InlineKeyboard } from "grammy";

/**
 * Where a report's card lives. Usually a reply in the report's own chat, remembered by its message
 * id alone; a quiet group's card goes to the sender privately, remembered as "chatId:messageId".
 */
export interface CardPlace {
  readonly chatId: number;
  readonly messageId: number;
}

export function cardPlace(reportChatId: number, remembered: string | null): CardPlace | null {
  if (!remembered) return null;
  const [a, b] = remembered.split(":");
  if (b === undefined) return { chatId: reportChatId, messageId: Number(a) };
  return { chatId: Number(a), messageId: Number(b) };
}

export function rememberedAs(reportChatId: number, place: CardPlace): string {
  return place.chatId === reportChatId ? String(place.messageId) : `${place.chatId}:${place.messageId}`;
}

/** Telegram refuses an edit that changes nothing; for us that simply means the card is current. */
export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && error.description.includes("message is not modified");
}

export async function editCard(
  api: Api,
  place: CardPlace,
  text: string,
  keyboard: InlineKeyboard | undefined,
) {
  try {
    await api.editMessageText(
      place.chatId,
      place.messageId,
      text,
      keyboard ? { reply_markup: keyboard } : {},
    );
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
}
