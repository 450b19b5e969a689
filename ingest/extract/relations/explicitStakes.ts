import type { FoundRelation } from './match';

/** The rule that reads a stake in the project a passage is about, its object left unwritten. */
const IMPLICIT_STAKE = 'rule:zh.stake.each';

/**
 * 该公司由中核集团、国家电投和江苏国信分别持股50%、30%和20%: where the sentence names what a
 * holder holds, the reading with the passage's project as the unwritten object is not also true.
 */
export function preferExplicitStakes(found: FoundRelation[]): FoundRelation[] {
  const explicit = new Set(found.filter((f) => f.type === 'HOLDS_STAKE_IN' && !f.method.startsWith(IMPLICIT_STAKE)).map((f) => f.subject.entityId));
  if (explicit.size === 0) return found;
  return found.filter((f) => !(f.type === 'HOLDS_STAKE_IN' && f.method.startsWith(IMPLICIT_STAKE) && explicit.has(f.subject.entityId)));
}
