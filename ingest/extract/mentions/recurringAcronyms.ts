import { addWhereWritten } from './recurring';
import { PRIORITY } from './types';
import type { SentenceMentions } from '.';
import { hasKana } from '../japanese/analyser';

/**
 * An acronym a text defines once beside the full name (日澳稀土公司（JARE）, 中国投资有限责任公司
 * （CIC）) and then writes alone (2023年，JARE再向莱纳斯追加投资): the later occurrences name the
 * same entity. Only acronym-like originals (two or more capitals, no spaces), matched as whole
 * Latin words, so an ordinary word never becomes a name. Adds candidates in place.
 */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&\-]{1,11}$/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
/**
 * パプアニューギニア（PNG） … PNGのマラペ首相: Japanese news defines acronyms of known states and
 * bodies too, which the lexicon does not list under them; those recur as the known entity.
 */
const KNOWN_RECURRING = new Set(['State', 'Organization', 'Firm']);

export function addRecurringAcronyms(sentences: SentenceMentions[]): void {
  const defined = new Map<string, { type: string; name: string; lexiconKey?: string }>();
  for (const s of sentences) {
    for (const c of s.candidates) {
      if (!c.pairedName || !ACRONYM.test(c.pairedName)) continue;
      if (c.lexiconKey && !(KNOWN_RECURRING.has(c.type) && hasKana(s.match.compact))) continue;
      if (!defined.has(c.pairedName)) defined.set(c.pairedName, { type: c.type, name: c.name ?? s.match.compact.slice(c.start, c.end), lexiconKey: c.lexiconKey });
    }
  }
  if (!defined.size) return;
  addWhereWritten(sentences, defined, (at, end, thing, text) => {
    if (LATIN_OR_DIGIT.test(text[at - 1] ?? '') || LATIN_OR_DIGIT.test(text[end] ?? '')) return undefined;
    // Where it is defined it stands in brackets beside the name, which already holds it.
    if (/[（(]/.test(text[at - 1] ?? '') && /[）)]/.test(text[end] ?? '')) return undefined;
    return { start: at, end, type: thing.type, method: 'recurring-acronym', priority: PRIORITY.head, name: thing.name, lexiconKey: thing.lexiconKey };
  });
}
