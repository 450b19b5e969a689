import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import type { Boundaries } from '../segment';
import { PRIORITY, type Candidate } from './types';

interface AbbreviationRules {
  minRun: number;
  maxRun: number;
  singlePrefixes: string[];
  singleSuffixes: string[];
  runStopFollowers: string[];
  runFollowers: string[];
}

const rules = readRules<AbbreviationRules>('zh/abbreviations.json');

/**
 * One-character state abbreviations, only inside compounds: runs such as 日俄 or 中日韩 that
 * segmentation keeps apart from the surrounding words, or a single one between a context prefix
 * and suffix (对俄制裁). `taken` marks characters already inside another name.
 */
export function abbreviationCandidates(lexicon: Lexicon, text: string, boundaries: Boundaries, taken: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const table = abbreviationTable(lexicon);
  let i = 0;
  while (i < text.length) {
    if (!isAbbreviation(table, text, taken, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isAbbreviation(table, text, taken, j) && j - i < rules.maxRun) j++;
    let end = j;
    while (end - i >= rules.minRun && !endsRun(text, boundaries, end)) end--;
    if (end - i >= rules.minRun && boundaries.has(i) && new Set(text.slice(i, end)).size === end - i) {
      for (let k = i; k < end; k++) out.push(abbreviation(lexicon, text, k));
      i = end;
      continue;
    }
    const prefixOk = rules.singlePrefixes.includes(text[i - 1] ?? '');
    if (prefixOk && rules.singleSuffixes.some((s) => text.startsWith(s, i + 1))) out.push(abbreviation(lexicon, text, i));
    i++;
  }
  return out;
}

/** By code unit: is the character a state abbreviation? (Asked at every character of every sentence.) */
const abbreviationCodes = new WeakMap<Lexicon, Uint8Array>();

function abbreviationTable(lexicon: Lexicon): Uint8Array {
  let table = abbreviationCodes.get(lexicon);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const a of lexicon.abbreviations.keys()) if (a.length === 1) table[a.charCodeAt(0)] = 1;
    abbreviationCodes.set(lexicon, table);
  }
  return table;
}

/** Is the character a one-character state abbreviation (日, 俄, 澳)? */
export function isStateAbbreviation(lexicon: Lexicon, ch: string): boolean {
  return ch.length === 1 && abbreviationTable(lexicon)[ch.charCodeAt(0)] === 1;
}

function isAbbreviation(table: Uint8Array, text: string, taken: boolean[], at: number): boolean {
  return !taken[at] && at < text.length && table[text.charCodeAt(at)] === 1;
}

/** Does a run of abbreviations end at `at` (a word boundary or a run follower, not a stop)? */
function endsRun(text: string, boundaries: Boundaries, at: number): boolean {
  return (boundaries.has(at) || rules.runFollowers.some((f) => text.startsWith(f, at))) && !rules.runStopFollowers.includes(text[at] ?? '');
}

function abbreviation(lexicon: Lexicon, text: string, at: number): Candidate {
  const entry = lexicon.abbreviations.get(text[at])!;
  return { start: at, end: at + 1, type: entry.type, method: 'abbreviation', priority: PRIORITY.abbreviation, lexiconKey: entry.key };
}
