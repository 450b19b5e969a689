import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { nameKey } from '../script';
import { PRIORITY, type Candidate } from './types';

interface CapitalRules {
  capitals: Record<string, string>;
  placeBefore: string;
  placeAfter: string;
}

interface Capitals {
  /** capital → the state (or union) it stands for, as a lexicon entry key and English name */
  states: Map<string, { key: string; type: string; name: string }>;
  find: RegExp;
  placeBefore: RegExp;
  placeAfter: RegExp;
}

let cache: Capitals | undefined;

function capitals(lexicon: Lexicon): Capitals {
  if (cache) return cache;
  const r = readRules<CapitalRules>('en/capitals.json');
  const states = new Map<string, { key: string; type: string; name: string }>();
  for (const [city, state] of Object.entries(r.capitals)) {
    const entry = lexicon.byNameKey.get(nameKey(state));
    if (entry) states.set(city, { key: entry.key, type: entry.type, name: entry.nameEn });
  }
  const names = [...states.keys()].sort((a, b) => b.length - a.length).join('|');
  cache = {
    states,
    find: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names})(?![\\p{L}\\p{N}])`, 'gu'),
    placeBefore: new RegExp(r.placeBefore, 'i'),
    placeAfter: new RegExp(r.placeAfter, 'i'),
  };
  return cache;
}

/**
 * Capitals that stand for their government (Moscow and New Delhi discussed…, Tokyo's trading
 * houses, signed an agreement with Washington) are read as the state: a lexicon mention of the
 * city is retyped, a capital the lexicon lacks is added. After a preposition of place (in
 * Moscow) or before -based it stays the city. Returns the added candidates.
 */
export function capitalsAsStates(lexicon: Lexicon, text: string, known: Candidate[]): Candidate[] {
  const c = capitals(lexicon);
  if (!c.states.size) return [];
  const out: Candidate[] = [];
  c.find.lastIndex = 0;
  for (let m = c.find.exec(text); m; m = c.find.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (c.placeBefore.test(text.slice(Math.max(0, start - 24), start)) || c.placeAfter.test(text.slice(end, end + 24))) continue;
    const state = c.states.get(m[0])!;
    const city = known.find((k) => k.start === start && k.end === end);
    if (city) {
      if (city.type !== 'Place') continue;
      Object.assign(city, { type: state.type, lexiconKey: state.key, name: state.name, method: 'english-capital' });
    } else if (!known.some((k) => k.start < end && start < k.end)) {
      out.push({ start, end, type: state.type, method: 'english-capital', priority: PRIORITY.head, lexiconKey: state.key, name: state.name });
    }
  }
  return out;
}
