import { readRules } from '../data';
import { toSimplified } from '../script';
import type { Candidate } from './types';

/**
 * A known firm's name followed only by an industry word and a legal form (諾瓦泰克天然氣公司,
 * Rosneft Oil Company) is that firm, not a new one (data/rules/legalForms.json). Without this a
 * head-word name swallows the lexicon name inside it and the firm appears twice in the graph.
 */
interface LegalForms { industry: string[]; forms: string[] }

const words = readRules<LegalForms>('legalForms.json');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');
const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => escape(toSimplified(w))).join('|');
const TAIL = new RegExp(`^\\s*(?:(?:${alternation(words.industry)})\\s*)?(?:${alternation(words.forms)})$`, 'i');

/** Gives a discovered name the lexicon key of the known firm it starts with, when only a legal form follows. */
export function adoptKnownFirm(discovered: Candidate, known: Candidate, text: string): boolean {
  if (discovered.type !== 'Firm' || known.type !== 'Firm' || !known.lexiconKey || discovered.lexiconKey) return false;
  if (known.start !== discovered.start || known.end >= discovered.end) return false;
  if (!TAIL.test(toSimplified(text.slice(known.end, discovered.end)))) return false;
  discovered.lexiconKey = known.lexiconKey;
  return true;
}
