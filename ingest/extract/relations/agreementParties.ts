import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { toSimplified } from '../script';
import { lexiconCandidates } from '../mentions/lexiconMatch';
import type { FoundRelation } from './match';
import type { Occurrence } from './mask';

/** Words of a sentence that speaks of signing an agreement (data/rules/zh/agreementParties.json). */
const signingWords = readRules<{ signingWords: string[] }>('zh/agreementParties.json').signingWords.map((w) => toSimplified(w));

/**
 * An agreement named after its parties (《日美贸易协定》, 《日本智利经济伙伴关系协定》, 日俄原子能协定)
 * in a sentence that speaks of signing it: each state its name holds signed it.
 */
export function partiesFromAgreementNames(lexicon: Lexicon, text: string, occurrences: Occurrence[]): FoundRelation[] {
  if (!signingWords.some((w) => text.includes(w))) return [];
  const out: FoundRelation[] = [];
  for (const agreement of occurrences.filter((o) => o.type === 'Agreement' && !o.anaphor)) {
    const name = text.slice(agreement.start, agreement.end).replace(/^[《「“]/, '');
    for (const key of statesIn(lexicon, name)) {
      const state: Occurrence = { start: agreement.start, end: agreement.start, entityId: key, type: 'State' };
      out.push({ type: 'SIGNS', subject: state, object: agreement, properties: {}, confidence: 0.7, method: 'agreement-name' });
    }
  }
  return out;
}

function statesIn(lexicon: Lexicon, name: string): string[] {
  const keys = new Set<string>();
  // A leading run of one-character abbreviations names the parties: 日美, 日欧, 中日韩.
  for (const ch of name) {
    const entry = lexicon.abbreviations.get(ch);
    if (!entry) break;
    keys.add(entry.key);
  }
  if (keys.size < 2) keys.clear();
  // Whole state names, leftmost-longest (印度尼西亚, not 印度).
  const everywhere = new Set(Array.from({ length: name.length + 1 }, (_, i) => i));
  for (const c of lexiconCandidates(lexicon, name, everywhere)) if (c.type === 'State' && c.lexiconKey) keys.add(c.lexiconKey);
  return [...keys];
}
