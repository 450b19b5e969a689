import { readRules } from '../data';
import { toSimplified } from '../script';
import type { Masked, Occurrence } from './mask';
import type { FoundRelation } from './match';

/**
 * Precision guards over the relations one Chinese sentence gives:
 * - a state written as the attribute of a common noun (与日本企业签订合同: Japanese firms, not
 *   Japan) is no party — except as the subject of an economic relation, where a country acts
 *   through its firms (日本企业陆续取得…开采权益);
 * - an agreement named after its parties (《日美关键矿物协定》) gives its states as signers only
 *   when the sentence does not say who signed it (戴琪与富田浩司在华盛顿签署…: the signers are
 *   the two people);
 * - a pair tied by a more specific type (HOLDS_STAKE_IN) is not also given the general one
 *   (INVESTS_IN): 三井物产与三菱商事共同出资成立X;
 * - a rule may override other types for its pair (a policy planned is proposed, not implemented).
 */

const words = readRules<{ stateAsAttribute: string[]; economic: string[]; moreSpecific: Record<string, string[]>; overrides: Record<string, string[]> }>('zh/relationGuards.json');
const ECONOMIC = new Set(words.economic);
const ATTRIBUTE = new RegExp(`^(?:${words.stateAsAttribute.map(toSimplified).join('|')})`);

function placeholderEnd(masked: Masked, occ: Occurrence): number {
  const i = masked.slots.indexOf(occ);
  if (i < 0) return -1;
  const placeholder = `⟨${i}:${occ.type}⟩`;
  const at = masked.text.indexOf(placeholder);
  return at < 0 ? -1 : at + placeholder.length;
}

function isAttribute(masked: Masked, occ: Occurrence): boolean {
  if (occ.type !== 'State' || occ.anaphor) return false;
  const end = placeholderEnd(masked, occ);
  return end >= 0 && ATTRIBUTE.test(masked.text.slice(end, end + 4));
}

export function guardRelations(masked: Masked, found: FoundRelation[]): FoundRelation[] {
  const signedByPeople = new Set(found.filter((f) => f.type === 'SIGNS' && f.subject.type === 'Person').map((f) => f.object.entityId));
  const typed = new Set(found.map((f) => `${f.subject.entityId}|${f.type}|${f.object.entityId}`));
  const specific = (f: FoundRelation) => (words.moreSpecific[f.type] ?? []).some((t) => typed.has(`${f.subject.entityId}|${t}|${f.object.entityId}`));
  const overridden = new Set(found.flatMap((f) => (words.overrides[f.method.replace(/^rule:/, '').replace(/\+.*$/, '')] ?? []).map((t) => `${f.subject.entityId}|${t}|${f.object.entityId}`)));
  return found.filter((f) => {
    if (f.type === 'RELATED_TO') return true;
    if (specific(f) || overridden.has(`${f.subject.entityId}|${f.type}|${f.object.entityId}`)) return false;
    if (f.method === 'agreement-name' && signedByPeople.has(f.object.entityId)) return false;
    return (ECONOMIC.has(f.type) || !isAttribute(masked, f.subject)) && !isAttribute(masked, f.object);
  });
}
