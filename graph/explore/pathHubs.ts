import { rankWeights } from './pathRank';
import type { EntitySummary } from './model';

/**
 * The hub safeguard for paths: between two actors, many paths run through a state or a
 * resource with hundreds of links, and they would swamp the few that tell something. Ranked
 * paths are kept in order, but at most `cap` of them may pass through a hub (an entity in a
 * path's middle with more links than the expansion threshold); the others are held back and
 * counted, and the hubs are named so the analyst can exclude one or let them all in.
 */

export interface PathHub {
  entity: EntitySummary;
  /** Candidate paths passing through it. */
  paths: number;
}

export interface HubSelection<P> {
  kept: P[];
  hubs: PathHub[];
  /** Paths through hubs that would have been listed without the cap. */
  heldBack: number;
}

export function hubsOf(nodes: EntitySummary[], degree = rankWeights.hubNoteDegree): EntitySummary[] {
  return nodes.slice(1, -1).filter((n) => n.degree > degree);
}

/** The first `wanted` of the ranked paths, at most `cap` of them through hubs (no cap: undefined). */
export function selectAroundHubs<P extends { nodes: EntitySummary[] }>(ranked: P[], wanted: number, cap: number | undefined): HubSelection<P> {
  const hubs = new Map<string, PathHub>();
  for (const path of ranked) {
    for (const hub of hubsOf(path.nodes)) {
      const seen = hubs.get(hub.id) ?? { entity: hub, paths: 0 };
      seen.paths += 1;
      hubs.set(hub.id, seen);
    }
  }
  const through = (p: P) => hubsOf(p.nodes).length > 0;
  const uncapped = ranked.slice(0, wanted);
  let kept = uncapped;
  if (cap !== undefined) {
    kept = [];
    let taken = 0;
    for (const path of ranked) {
      if (kept.length >= wanted) break;
      if (through(path)) {
        if (taken >= cap) continue;
        taken += 1;
      }
      kept.push(path);
    }
  }
  const heldBack = Math.max(0, uncapped.filter(through).length - kept.filter(through).length);
  return { kept, hubs: [...hubs.values()].sort((a, b) => b.paths - a.paths || b.entity.degree - a.entity.degree), heldBack };
}
