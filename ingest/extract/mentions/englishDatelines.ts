import { matchAll } from '../matchAll';
import { overlaps, PRIORITY, type Candidate } from './types';

/**
 * A news dateline names the places a story was filed from, in capitals, before the date or the
 * agency: "BAGHDAD/ERBIL, Sept 27 (Reuters) -", "ULAANBAATAR, May 3 -". Every city of it is a
 * place, known to the lexicon or not. Only a sentence that opens with a capitalised word, a comma
 * and a month or an agency in brackets is looked at (the match text has no space beside a comma).
 */
const DATELINE = /^((?:[A-Z][A-Z'’.-]+)(?: [A-Z][A-Z'’.-]+){0,3}(?:\/[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})*), ?(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? ?\d|\()/;
const CITY = /[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*/g;

export function datelinePlaces(text: string, known: Candidate[]): Candidate[] {
  const m = DATELINE.exec(text);
  if (!m) return [];
  const out: Candidate[] = [];
  for (const city of matchAll(CITY, m[1])) {
    const start = city.index;
    const end = start + city[0].length;
    if (city[0].length < 3 || known.some((k) => overlaps(k, { start, end }))) continue;
    out.push({ start, end, type: 'Place', method: 'english-dateline', priority: PRIORITY.head });
  }
  return out;
}
