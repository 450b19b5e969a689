import { matchAll } from '../matchAll';
import type { Masked, Occurrence } from './mask';
import type { FoundRelation } from './match';

/**
 * "Cleanergy Solutions Namibia, a joint venture of the local firm O&L Nexentury and the Belgian
 * shipping group CMB.Tech", "Lobito Atlantic Railway, a consortium of Trafigura, the Portuguese
 * builder Mota-Engil and the Belgian operator Vecturis": each member holds a stake in the venture
 * named before the appositive, and the two partners of a joint venture cooperate. Members may
 * stand after a description of their own (a state before it is its nationality, not a member).
 */
const APPOSITIVE = /⟨(\d+):(Firm|Project)⟩, ?(?:a|an|the) (?:[a-z-]+ ){0,2}?(joint venture|consortium|partnership) (?:of|between|formed by) /g;
/**
 * Between two members: a comma or "and", then a description that may hold a nationality (a state
 * before a word or before a reference word: the French utility Engie).
 */
const NEXT_MEMBER = /^(?:,? and |, ?)(?:(?:the|a|an) )?(?:(?:⟨\d+:State⟩|[a-z][a-z-]*) ){0,4}?(?=⟨\d+:(?:Firm|Organization)⟩|⟨\d+:State⟩(?! [a-z⟨]))/;
const FIRST_MEMBER = /^(?:(?:the|a|an) )?(?:(?:⟨\d+:State⟩|[a-z][a-z-]*) ){0,4}?(?=⟨\d+:(?:Firm|Organization)⟩|⟨\d+:State⟩(?! [a-z⟨]))/;
const MEMBER = /^⟨(\d+):(Firm|Organization|State)⟩(?!['’]s)/;

export function jointVentureMembers(masked: Masked): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!/joint venture|consortium|partnership/.test(masked.text)) return out;
  for (const m of matchAll(APPOSITIVE, masked.text)) {
    const venture = masked.slots[Number(m[1])];
    const members: Occurrence[] = [];
    let at = m.index + m[0].length;
    let gap = FIRST_MEMBER.exec(masked.text.slice(at));
    while (gap) {
      at += gap[0].length;
      let member = MEMBER.exec(masked.text.slice(at));
      if (!member) break;
      // "the Belgian shipping group CMB.Tech": the head noun read as a reference back gives way
      // to the name right after it.
      const next = masked.slots[Number(member[1])].anaphor ? MEMBER.exec(masked.text.slice(at + member[0].length + 1)) : null;
      if (next) {
        at += member[0].length + 1;
        member = next;
      }
      const slot = masked.slots[Number(member[1])];
      if (!members.some((o) => o.entityId === slot.entityId)) members.push(slot);
      at += member[0].length;
      gap = NEXT_MEMBER.exec(masked.text.slice(at));
    }
    if (members.length < 2) continue;
    for (const member of members) {
      if (member.entityId === venture.entityId) continue;
      out.push({ type: 'HOLDS_STAKE_IN', subject: member, object: venture, properties: {}, confidence: 0.65, method: 'rule:en.stake.venture-members' });
    }
    if (m[3] === 'joint venture' && members.length === 2) {
      out.push({ type: 'COOPERATES_WITH', subject: members[0], object: members[1], properties: {}, confidence: 0.65, method: 'rule:en.cooperates.venture-partners' });
    }
  }
  return out;
}
