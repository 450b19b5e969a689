import { SLOT } from './rules';
import { matchAll } from '../matchAll';
import type { Masked } from './mask';
import type { FoundRelation } from './match';

/** Entities the lexicon does not know get ids of this prefix (ids.ts). */
const DISCOVERED = 'n-';

/**
 * 福建霞浦, 辽宁盘锦, 维多利亚州拉特罗布谷: a place the text discovered, written right after a known
 * province or region, lies in it. Between two known places the order says nothing (俄罗斯远东 and
 * 西伯利亚 are neighbours, not one inside the other), so the inner place must be a new name.
 */
export function discoveredPlaceChains(masked: Masked): FoundRelation[] {
  const out: FoundRelation[] = [];
  let prev: { type: string; index: number; end: number } | undefined;
  for (const m of matchAll(SLOT, masked.text)) {
    const occ = masked.slots[Number(m[1])];
    const before = prev && prev.end === m.index ? masked.slots[prev.index] : undefined;
    if (before && before.type === 'Place' && occ.type === 'Place' && !before.anaphor && !occ.anaphor
      && !before.entityId.startsWith(DISCOVERED) && occ.entityId.startsWith(DISCOVERED)) {
      out.push({ type: 'LOCATED_IN', subject: occ, object: before, properties: {}, confidence: 0.6, method: 'rule:zh.located.place-in-region' });
    }
    prev = { type: occ.type, index: Number(m[1]), end: m.index + m[0].length };
  }
  return out;
}
