import type { Lexicon } from '../lexicon';
import { oneWordName } from '../mentions/russianLexicon';
import type { Occurrence } from './mask';
import type { FoundRelation } from './match';

/**
 * "Минтранс России", "Правительство РФ", "МИД КНР": a government body whose name ends with its
 * state in the genitive is in that state. Firms are left out: their names keep a state as a brand.
 */
export function russianSeats(lexicon: Lexicon, text: string, slots: Occurrence[]): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const s of slots) {
    if (s.anaphor || s.type !== 'Organization') continue;
    const last = /\s([\p{L}]+)$/u.exec(text.slice(s.start, s.end).trim())?.[1];
    if (!last) continue;
    const state = oneWordName(lexicon, last, 'State')?.key;
    if (!state || state === s.entityId) continue;
    out.push({ type: 'LOCATED_IN', subject: s, object: { start: s.end, end: s.end, entityId: state, type: 'State', anaphor: true }, properties: {}, confidence: 0.65, method: 'rule:ru.located.name-ends-with-state' });
  }
  return out;
}
