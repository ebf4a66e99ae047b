/**
 * One pattern from lists of alternatives, so that a cue list reads as a list: `anywhere` as given
 * (Chinese, or English that carries its own boundaries), `words` as whole English words.
 */
export function anyOf(anywhere: readonly string[], words: readonly string[] = [], flags = ""): RegExp {
  const parts = [...anywhere];
  if (words.length > 0) parts.push(`(?<![a-z])(?:${words.join("|")})(?![a-z])`);
  return new RegExp(parts.join("|"), flags);
}

/** A count in a ranking: 前三, 后10, 前几. */
export const COUNT = "[一二三四五六七八九十几\\d]+";
