import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { PRIORITY, type Candidate } from './types';

interface AbbreviationRules {
  minRun: number;
  maxRun: number;
  singlePrefixes: string[];
  singleSuffixes: string[];
  runStopFollowers: string[];
  runFollowers: string[];
}

const rules = readRules<AbbreviationRules>('abbreviations.json');

/**
 * One-character state abbreviations, only inside compounds: runs such as 日俄 or 中日韩 that
 * segmentation keeps apart from the surrounding words, or a single one between a context prefix
 * and suffix (对俄制裁). `taken` marks characters already inside another name.
 */
export function abbreviationCandidates(lexicon: Lexicon, text: string, boundaries: Set<number>, taken: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const isAbbr = (i: number) => !taken[i] && lexicon.abbreviations.has(text[i]);
  let i = 0;
  while (i < text.length) {
    if (!isAbbr(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isAbbr(j) && j - i < rules.maxRun) j++;
    let end = j;
    const endsRun = (at: number) => (boundaries.has(at) || rules.runFollowers.some((f) => text.startsWith(f, at))) && !rules.runStopFollowers.includes(text[at] ?? '');
    while (end - i >= rules.minRun && !endsRun(end)) end--;
    if (end - i >= rules.minRun && boundaries.has(i) && new Set(text.slice(i, end)).size === end - i) {
      for (let k = i; k < end; k++) out.push(abbreviation(lexicon, text, k));
      i = end;
      continue;
    }
    const prefixOk = rules.singlePrefixes.includes(text[i - 1] ?? '');
    const suffixOk = rules.singleSuffixes.some((s) => text.startsWith(s, i + 1));
    if (prefixOk && suffixOk) out.push(abbreviation(lexicon, text, i));
    i++;
  }
  return out;
}

function abbreviation(lexicon: Lexicon, text: string, at: number): Candidate {
  const entry = lexicon.abbreviations.get(text[at])!;
  return { start: at, end: at + 1, type: entry.type, method: 'abbreviation', priority: PRIORITY.abbreviation, lexiconKey: entry.key };
}
