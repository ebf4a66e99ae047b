/**
 * Phone and ID-card numbers are masked wherever the bot shows people's own words to others:
 * digests, answers, exports (decisions.md, Data). The stored message keeps them.
 */
const ID_CARD = /(?<![0-9])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9])/g;
const MOBILE = /(?<![0-9])(1[3-9]\d)\d{4}(\d{4})(?![0-9])/g;

export function maskPersonalNumbers(text: string): string {
  return text.replace(ID_CARD, "$1********$2").replace(MOBILE, "$1****$2");
}
