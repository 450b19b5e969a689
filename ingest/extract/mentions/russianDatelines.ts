import { otherMonthPrefixes } from '../dates';
import type { Lexicon } from '../lexicon';
import { capitalState } from './russianCapitals';
import { overlaps, PRIORITY, type Candidate } from './types';

/**
 * The city and agency of a Russian news dateline ("Каир. 12 ноября. ИНТЕРФАКС - Госкорпорация…"),
 * which the segmenter cuts into sentences of their own: a sentence that is one capitalised
 * Cyrillic name and a full stop is the city the story is filed from (Ла-Пас., Астана.), and a word
 * in capitals opening a sentence before a spaced dash is the agency (ИНТЕРФАКС -, ТАСС —). Neither
 * is named again in the story, and no head word or title types them. A capital that the story may
 * write for its state (Анкара готова…; data/rules/ru/capitals.json) is left out: the city would
 * take the state's name and draw "в Анкаре" into the state.
 */
// The date may stay in the city's sentence (Каир. 3 мая.: a one-digit day is not a sentence end);
// month names are the date reader's (data/rules/dates.json).
const CITY = new RegExp(`^(\\p{Lu}[\\p{Ll}]+(?:-\\p{Lu}[\\p{Ll}]+)*)\\.(?:\\s?\\d{0,2}\\s?(?:${otherMonthPrefixes.join('|')})[а-яё]*\\.)?$`, 'u');
const AGENCY = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,})?)\s[-—–]\s/u;
const CYRILLIC = /[\u0400-\u04ff]/;

export function russianDatelineCandidates(lexicon: Lexicon, text: string, known: Candidate[]): Candidate[] {
  if (!CYRILLIC.test(text.slice(0, 2))) return [];
  const out: Candidate[] = [];
  const city = CITY.exec(text);
  if (city && capitalState(lexicon, city[1]) === undefined) out.push({ start: 0, end: city[1].length, type: 'Place', method: 'dateline', priority: PRIORITY.head });
  const agency = AGENCY.exec(text);
  if (agency) out.push({ start: 0, end: agency[1].length, type: 'Organization', method: 'dateline', priority: PRIORITY.head });
  return out.filter((c) => !known.some((k) => overlaps(k, c)));
}
