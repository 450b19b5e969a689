import nlp from 'compromise';
import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { isCjkChar, nameKey, toSimplified } from '../script';
import { headOf } from './heads';
import { overlaps, PRIORITY, type Candidate } from './types';

interface PairRules {
  stopChars: string;
  personTitles: string[];
  maxNameLength: number;
  maxPersonLength: number;
}

const rules = readRules<PairRules>('pairs.json');
const titles = rules.personTitles.map((t) => toSimplified(t)).sort((a, b) => b.length - a.length);
const PAIR = /[（(]([A-Za-z][A-Za-z0-9 .,&'’+\-]{0,60}?)[）)]/g;

/**
 * 中文（Latin） pairs: 普欽（Vladimir Putin）, 日本金属和能源安全组织（JOGMEC）. The Chinese name is
 * the run of characters before the bracket back to a stop character; the Latin name is paired
 * with it, so both become aliases of one entity. Type: the lexicon entry of either name, else the
 * head word of the Chinese name, else a person when compromise reads the Latin as one.
 */
export function parenPairCandidates(lexicon: Lexicon, text: string, known: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PAIR)) {
    const latin = m[1].trim();
    const open = m.index;
    if (!isCjkChar(text[open - 1])) continue;
    const adjacent = known.find((k) => k.end === open);
    const latinEntry = lexicon.byNameKey.get(nameKey(latin));
    if (adjacent && (adjacent.lexiconKey || adjacent.method === 'title-bracket')) {
      adjacent.pairedName = latin;
      continue;
    }
    let start = open;
    while (start > 0 && open - start < rules.maxNameLength) {
      const ch = text[start - 1];
      if (rules.stopChars.includes(ch) || !(isCjkChar(ch) || /[0-9A-Za-z\s·・-]/.test(ch))) break;
      start--;
    }
    // A state or place that starts the run modifies the name (阿根廷奥拉罗兹): leave it out.
    // (A national agency keeps its state: 日本金属和能源安全组织.)
    const keepsState = latinEntry?.type === 'Organization' || headOf(text.slice(start, open), true)?.type === 'Organization';
    for (const k of known) if (!keepsState && k.start === start && k.end < open && (k.type === 'State' || k.type === 'Place')) start = k.end;
    while (start < open && /[\s0-9]/.test(text[start])) start++;
    let name = text.slice(start, open);
    const person = !latinEntry && isPersonName(latin);
    if (person || latinEntry?.type === 'Person') {
      for (const t of titles) {
        const at = name.lastIndexOf(t);
        if (at >= 0) {
          start += at + t.length;
          name = text.slice(start, open);
          break;
        }
      }
      if (name.length > rules.maxPersonLength) {
        start = open - rules.maxPersonLength;
        name = text.slice(start, open);
      }
    }
    if (name.length < 2) continue;
    const nameEntry = lexicon.byNameKey.get(nameKey(name));
    const entry = latinEntry ?? nameEntry;
    const head = headOf(name, true);
    const type = entry?.type ?? head?.type ?? (person ? 'Person' : /^[A-Z0-9&-]{2,}$/.test(latin) ? 'Organization' : undefined);
    if (!type) continue;
    const span = { start, end: open };
    for (const k of known) if (overlaps(k, span) && k.priority < PRIORITY.paren) k.priority = -1;
    out.push({ ...span, type, method: 'paren-pair', priority: PRIORITY.paren, lexiconKey: entry?.key, pairedName: latin });
  }
  return out;
}

function isPersonName(latin: string): boolean {
  if (!/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}$/.test(latin)) return false;
  return nlp(latin).people().length > 0;
}
