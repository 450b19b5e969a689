import { rewriteMatchText } from './matchTextEdits';
import type { MatchText } from './script';

/**
 * A name ending in s takes a bare apostrophe as its possessive (TotalEnergies' CEO, Siemens'
 * plant); the rules read the common form ('s), so matching sees "TotalEnergies's CEO". The added
 * s maps to the apostrophe, so offsets into the sentence stay right.
 */
const BARE = /(?<=\p{Lu}[\p{L}\p{N}.&-]*s)['’](?= \p{L})/gu;

export function writePossessiveS(m: MatchText): MatchText {
  if (!m.compact.includes("s' ") && !m.compact.includes('s’ ')) return m;
  return rewriteMatchText(m, [...m.compact.matchAll(BARE)].map((hit) => ({ start: hit.index!, end: hit.index! + 1, text: `${hit[0]}s` })));
}
