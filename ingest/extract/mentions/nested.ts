import type { Lexicon } from '../lexicon';
import type { Boundaries } from '../segment';
import { lexiconCandidates } from './lexiconMatch';
import type { Candidate } from './types';

/** Names that are made of their participants' names (俄罗斯入侵乌克兰, 乌克兰危机, 日本智利经济伙伴关系协定). */
const COMPOSED_TYPES = new Set(['Event', 'Agreement']);
/** Inside such a name every position may start a word: the name itself was the word. */
const EVERY_OFFSET: Boundaries = { has: () => true };

/**
 * States named inside an event or agreement name: the state is mentioned too (an analyst looking
 * for Ukraine expects 乌克兰危机 to count). They are marked `nested`: entities, not slots for
 * relations, whose sentence already holds the whole name.
 */
export function nestedStateCandidates(lexicon: Lexicon, text: string, accepted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of accepted) {
    if (!COMPOSED_TYPES.has(c.type) || c.end - c.start < 4) continue;
    for (const inner of lexiconCandidates(lexicon, text.slice(c.start, c.end), EVERY_OFFSET)) {
      if (inner.type !== 'State' || inner.end - inner.start < 2) continue;
      out.push({ ...inner, start: c.start + inner.start, end: c.start + inner.end, method: 'nested', nested: true });
    }
  }
  return out;
}
