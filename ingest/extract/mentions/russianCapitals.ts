import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { hasCyrillic, wordForms } from '../russianWords';
import { textWords } from './russianLexicon';
import { PRIORITY, type Candidate } from './types';

interface CapitalRules {
  capitals: Record<string, string[]>;
  placePrepositions: string[];
  cityWords?: string[];
}

/**
 * Capitals written for their state's government (Вашингтон ввел ограничения, Белград готов
 * выкупить долю, по данным Брюсселя): mentions of the state (data/rules/ru/capitals.json). They
 * outrank the lexicon's city of that name, except where the text means the city: a dateline
 * (Москва. 14 октября.), a preposition of place before it (в Москве), a route (Баку — Тбилиси).
 */
const compiled = new WeakMap<Lexicon, { forms: Map<string, string>; prepositions: Set<string>; cityWords: Set<string> }>();

function capitalForms(lexicon: Lexicon) {
  let c = compiled.get(lexicon);
  if (c) return c;
  const spec = readRules<CapitalRules>('ru/capitals.json');
  const forms = new Map<string, string>();
  for (const [key, names] of Object.entries(spec.capitals)) {
    if (!lexicon.entries.has(key)) continue;
    for (const name of names) for (const form of wordForms(name)) forms.set(form, key);
  }
  c = { forms, prepositions: new Set(spec.placePrepositions), cityWords: new Set((spec.cityWords ?? []).flatMap((w) => wordForms(w))) };
  compiled.set(lexicon, c);
  return c;
}

/** The state whose capital this word is, if capitals.json lists it (Анкара → turkey). */
export function capitalState(lexicon: Lexicon, word: string): string | undefined {
  return capitalForms(lexicon).forms.get(word.toLowerCase());
}

const CAPITALISED = /^\p{Lu}/u;
/** A dateline: the capital, a stop and a day (Москва. 14 октября; МОСКВА, 3 дек.). */
const DATELINE_AFTER = /^\s?[.,]\s?(?:\d|$)/;
/** The first stop of a route or pipeline named by its ends (Баку — Тбилиси — Джейхан). */
const ROUTE_AFTER = /^\s?[—–]/;

export function russianCapitalCandidates(lexicon: Lexicon, text: string): Candidate[] {
  if (!hasCyrillic(text)) return [];
  const { forms, prepositions, cityWords } = capitalForms(lexicon);
  const words = textWords(text);
  const out: Candidate[] = [];
  words.forEach((w, i) => {
    if (!CAPITALISED.test(w.text)) return;
    const key = forms.get(w.text.toLowerCase());
    if (key === undefined) return;
    const after = text.slice(w.end, w.end + 4);
    if (DATELINE_AFTER.test(after) || ROUTE_AFTER.test(after)) return;
    const before = words[i - 1];
    if (before && prepositions.has(before.text.toLowerCase()) && /^\s+$/.test(text.slice(before.end, w.start))) return;
    // в городе Ашхабаде, столица Кабул: the word says it is the city.
    if (before && cityWords.has(before.text.toLowerCase()) && /^\s+$/.test(text.slice(before.end, w.start))) return;
    if (i > 0 && text.slice(words[i - 1].end, w.start).includes('—')) return;
    const entry = lexicon.entries.get(key)!;
    out.push({ start: w.start, end: w.end, type: entry.type, method: 'capital', priority: PRIORITY.lexicon + 1, lexiconKey: entry.key });
  });
  return out;
}
