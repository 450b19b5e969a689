import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { hasCyrillic, wordForms } from '../russianWords';
import { textWords, type TextWord } from './russianLexicon';
import { PRIORITY, type Candidate } from './types';

/**
 * Russian adjectives of states and cities (китайская COSCO Shipping, петербургский Балтийский
 * завод, российскому «Новатэку»), in any case form, as mentions of the lexicon entity they stand
 * for (data/rules/ru/names.json, "adjectives"). They are the weakest evidence of a name, so a
 * longer name that starts with one (Российская академия наук) keeps it.
 */
const forms = new WeakMap<Lexicon, Map<string, string>>();

function adjectiveForms(lexicon: Lexicon): Map<string, string> {
  let map = forms.get(lexicon);
  if (map) return map;
  map = new Map();
  const table = readRules<{ adjectives?: Record<string, string[]> }>('ru/names.json').adjectives ?? {};
  for (const [key, adjectives] of Object.entries(table)) {
    if (!lexicon.entries.has(key)) continue; // a table row for an entity the lexicon lacks says nothing
    for (const adjective of adjectives) for (const form of wordForms(adjective)) map.set(form, key);
  }
  forms.set(lexicon, map);
  return map;
}

export function russianAdjectiveCandidates(lexicon: Lexicon, text: string, words?: TextWord[]): Candidate[] {
  if (!hasCyrillic(text)) return [];
  const table = adjectiveForms(lexicon);
  const out: Candidate[] = [];
  for (const w of words ?? textWords(text)) {
    const key = table.get(w.text.toLowerCase());
    const entry = key === undefined ? undefined : lexicon.entries.get(key);
    if (entry) out.push({ start: w.start, end: w.end, type: entry.type, method: 'adjective', priority: PRIORITY.compromise, lexiconKey: entry.key });
  }
  return out;
}
