import { readRules } from '../data';
import type { FoundRelation } from './match';

/**
 * A pair tied by a more specific type in the same sentence is not also given the general one:
 * AとBが折半出資するC is a stake (HOLDS_STAKE_IN), not also an investment (INVESTS_IN). The pairs
 * of types are the Chinese guards' data (zh/relationGuards.json), since Japanese sentences run the
 * Chinese kanji rules too.
 */
const specificTypes = readRules<{ moreSpecific: Record<string, string[]> }>('zh/relationGuards.json').moreSpecific;

export function dropLessSpecific(found: FoundRelation[]): FoundRelation[] {
  const typed = new Set(found.map((f) => `${f.subject.entityId}|${f.type}|${f.object.entityId}`));
  return found.filter((f) => !(specificTypes[f.type] ?? []).some((t) => typed.has(`${f.subject.entityId}|${t}|${f.object.entityId}`)));
}
