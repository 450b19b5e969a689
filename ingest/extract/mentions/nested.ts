import type { Lexicon } from '../lexicon';
import { russianLexiconCandidates } from './russianLexicon';
import { PRIORITY, type Candidate } from './types';

/** Names that are made of their participants' names (俄罗斯入侵乌克兰, 乌克兰危机, 日本智利经济伙伴关系协定). */
const COMPOSED_TYPES = new Set(['Event', 'Agreement']);

/**
 * States named inside an event or agreement name: the state is mentioned too (an analyst looking
 * for Ukraine expects 乌克兰危机 to count). They are marked `nested`: entities, not slots for
 * relations, whose sentence already holds the whole name.
 */
export function nestedStateCandidates(lexicon: Lexicon, text: string, accepted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of accepted) {
    // Russian bodies end in their state's genitive (Минфин США, Министерство энергетики России): the state is named too.
    const seated = c.type === 'Organization' && /[\u0400-\u04ff]/.test(text.slice(c.start, c.end));
    if (seated) {
      const state = russianLexiconCandidates(lexicon, text.slice(c.start, c.end)).find((k) => k.type === 'State' && k.start > 0 && c.start + k.end === c.end);
      if (state) out.push({ ...state, start: c.start + state.start, end: c.end, method: 'nested', priority: PRIORITY.abbreviation, nested: true });
      continue;
    }
    // A firm named after its state (越南國家油氣集團, 科威特石油公司) names the state too: it is its seat.
    // So does a government body named by its state (越南工商部, 美国财政部).
    if ((c.type === 'Firm' || c.type === 'Organization') && c.end - c.start >= 4) {
      const state = stateAt(lexicon, text, c.start, c.end - 2);
      if (state) out.push(state);
      continue;
    }
    if (!COMPOSED_TYPES.has(c.type) || c.end - c.start < 4) continue;
    let i = c.start;
    while (i < c.end) {
      const state = stateAt(lexicon, text, i, c.end);
      if (state && !(state.start === c.start && state.end === c.end)) {
        out.push(state);
        i = state.end;
      } else i++;
    }
  }
  return out;
}

/** The longest state name of two or more characters starting at `at` and ending inside the name. */
function stateAt(lexicon: Lexicon, text: string, at: number, end: number): Candidate | undefined {
  for (const alias of lexicon.byFirstChar.get(text[at]) ?? []) {
    const len = alias.form.length;
    if (alias.entry.type !== 'State' || len < 2 || alias.caseInsensitive || at + len > end || !text.startsWith(alias.form, at)) continue;
    return { start: at, end: at + len, type: 'State', method: 'nested', priority: PRIORITY.abbreviation, lexiconKey: alias.entry.key, nested: true };
  }
  return undefined;
}
