import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { toSimplified } from '../script';
import { firmSeats } from './firmSeats';
import type { Masked } from './mask';
import type { FoundRelation } from './match';

/**
 * Seats read off Japanese firm names (韓国ガス公社 → South Korea), as firmSeats does for Chinese,
 * less the names where the "state" is a region of Japan (中国電力). Vocabulary: data/rules/ja/seats.json.
 */
const regional = Object.entries(readRules<{ regionalAfter: Record<string, string[]> }>('ja/seats.json').regionalAfter)
  .flatMap(([state, words]) => words.map((w) => toSimplified(state + w)));

export function japaneseFirmSeats(masked: Masked, text: string, lexicon: Lexicon): FoundRelation[] {
  return firmSeats(masked, text, lexicon).filter((f) => {
    const name = toSimplified(text.slice(f.subject.start, f.subject.end));
    return !regional.some((r) => name.startsWith(r));
  });
}
