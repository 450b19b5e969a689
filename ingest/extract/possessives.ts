import type { MatchText } from './script';

/**
 * A name ending in s takes a bare apostrophe as its possessive (TotalEnergies' CEO, Siemens'
 * plant); the rules read the common form ('s), so matching sees "TotalEnergies's CEO". The added
 * s maps to the apostrophe, so offsets into the sentence stay right.
 */
const BARE = /(?<=\p{Lu}[\p{L}\p{N}.&-]*s)['’](?= \p{L})/gu;

export function writePossessiveS(m: MatchText): MatchText {
  if (!m.compact.includes("s' ") && !m.compact.includes('s’ ')) return m;
  let compact = '';
  const toText: number[] = [];
  let at = 0;
  for (const hit of m.compact.matchAll(BARE)) {
    const end = hit.index! + 1;
    compact += m.compact.slice(at, end) + 's';
    toText.push(...m.toText.slice(at, end), m.toText[hit.index!]);
    at = end;
  }
  if (at === 0) return m;
  compact += m.compact.slice(at);
  toText.push(...m.toText.slice(at));
  return { compact, toText };
}
