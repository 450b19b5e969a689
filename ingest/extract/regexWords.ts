/** A word or phrase as a literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words as one alternation, longest first so a longer word wins where two start alike. */
export const longestFirstAlternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
