import weightsData from '../../data/paths/ranking.json';
import type { EntitySummary, Relation } from './model';

/** The weights of path ranking (data/paths/ranking.json). */
export interface RankWeights {
  hop: number;
  /** Extra cost of a relation that says little (an entity located in a state, co-occurrence). */
  genericRelations: Record<string, number>;
  inferred: number;
  dated: number;
  withEvidence: number;
  confirmed: number;
  /** Times (1 − confidence). */
  uncertainty: number;
  /** Times log2(1 + degree) of every entity a path passes through (not its ends). */
  hubPerLog2Degree: number;
  /** Entities with more links than this are named in a path's caveats. */
  hubNoteDegree: number;
}

export const rankWeights: RankWeights = weightsData;

export interface RankedPath {
  /** Lower tells more: fewer, specific, dated, confirmed hops with evidence, away from hubs. */
  cost: number;
  /** Why the path ranks lower than it might: hubs passed through, generic or inferred hops. */
  caveats: string[];
}

/** What one hop costs: generic and inferred relations more, dated, evidenced, confirmed ones less. */
export function hopCost(relation: Relation, w: RankWeights = rankWeights): number {
  let cost = w.hop + (w.genericRelations[relation.type] ?? 0);
  if (relation.inferred && !(relation.type in w.genericRelations)) cost += w.inferred;
  if (relation.date) cost += w.dated;
  if (relation.evidenceCount > 0 || relation.origin === 'analyst') cost += w.withEvidence;
  if (relation.review === 'confirmed') cost += w.confirmed;
  cost += w.uncertainty * (1 - Math.max(0, Math.min(1, relation.confidence)));
  return cost;
}

/**
 * A path's specificity as a cost: its hops plus a penalty for every hub in its middle — a path
 * through a state with hundreds of links tells little about how its ends are tied.
 */
export function rankPath(nodes: EntitySummary[], relations: Relation[], w: RankWeights = rankWeights): RankedPath {
  const caveats: string[] = [];
  let cost = 0;
  for (const relation of relations) {
    cost += hopCost(relation, w);
    if (relation.type in w.genericRelations) caveats.push(`generic link: ${relation.type}`);
    else if (relation.inferred) caveats.push('only mentioned together');
  }
  for (const node of nodes.slice(1, -1)) {
    cost += w.hubPerLog2Degree * Math.log2(1 + Math.max(0, node.degree));
    if (node.degree > w.hubNoteDegree) caveats.push(`through a hub: ${node.nameEn ?? node.name} (${node.degree} links)`);
  }
  return { cost: Math.round(cost * 1000) / 1000, caveats: [...new Set(caveats)] };
}
