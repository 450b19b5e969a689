import { addWhereWritten } from './recurring';
import { PRIORITY } from './types';
import type { SentenceMentions } from '.';

/**
 * An acronym a text defines once beside the full name (日澳稀土公司（JARE）, 中国投资有限责任公司
 * （CIC）) and then writes alone (2023年，JARE再向莱纳斯追加投资): the later occurrences name the
 * same entity. Only acronym-like originals (two or more capitals, no spaces), matched as whole
 * Latin words, so an ordinary word never becomes a name. Adds candidates in place.
 */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&\-]{1,11}$/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

export function addRecurringAcronyms(sentences: SentenceMentions[]): void {
  const defined = new Map<string, { type: string; name: string }>();
  for (const s of sentences) {
    for (const c of s.candidates) {
      if (!c.pairedName || c.lexiconKey || !ACRONYM.test(c.pairedName)) continue;
      if (!defined.has(c.pairedName)) defined.set(c.pairedName, { type: c.type, name: c.name ?? s.match.compact.slice(c.start, c.end) });
    }
  }
  if (!defined.size) return;
  addWhereWritten(sentences, defined, (at, end, thing, text) => {
    if (LATIN_OR_DIGIT.test(text[at - 1] ?? '') || LATIN_OR_DIGIT.test(text[end] ?? '')) return undefined;
    // Where it is defined it stands in brackets beside the name, which already holds it.
    if (/[（(]/.test(text[at - 1] ?? '') && /[）)]/.test(text[end] ?? '')) return undefined;
    return { start: at, end, type: thing.type, method: 'recurring-acronym', priority: PRIORITY.head, name: thing.name };
  });
}
