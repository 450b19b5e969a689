import type { GraphPath } from '../api/types';

// What two or more pinned paths have in common and where they part: an analyst comparing
// routes wants to see at a glance which hops are the same claim and which are another story.

export interface PinnedPath {
  /** The path's edges in order: two pins with the same chain are the same path. */
  key: string;
  /** Its place in the answer it was pinned from (1 = told most). */
  rank: number;
  path: GraphPath;
}

export interface HopComparison {
  relationId: string;
  from: string;
  to: string;
  type: string;
  /** Not in every compared path. */
  differs: boolean;
}

export interface PathComparison {
  key: string;
  rank: number;
  length: number;
  cost: number;
  hops: HopComparison[];
  /** Entities of this path that some other compared path does not pass through. */
  ownEntities: string[];
}

export interface Comparison {
  paths: PathComparison[];
  /** Entities every compared path passes through, in the order of the first path. */
  sharedEntities: string[];
  /** Edges every compared path uses, in the order of the first path. */
  sharedEdges: string[];
}

export function pathKey(path: GraphPath): string {
  return path.hops.map((hop) => hop.relation.id).join('>') || path.nodes.map((node) => node.id).join('>');
}

function inAll<T>(sets: Set<T>[], item: T): boolean {
  return sets.every((set) => set.has(item));
}

export function comparePaths(pinned: PinnedPath[]): Comparison {
  const entitySets = pinned.map(({ path }) => new Set(path.nodes.map((node) => node.id)));
  const edgeSets = pinned.map(({ path }) => new Set(path.hops.map((hop) => hop.relation.id)));
  const first = pinned[0]?.path;
  return {
    paths: pinned.map(({ key, rank, path }) => ({
      key,
      rank,
      length: path.length,
      cost: path.cost,
      hops: path.hops.map((hop) => ({
        relationId: hop.relation.id,
        from: hop.from,
        to: hop.to,
        type: hop.relation.type,
        differs: !inAll(edgeSets, hop.relation.id),
      })),
      ownEntities: path.nodes.map((node) => node.id).filter((id) => !inAll(entitySets, id)),
    })),
    sharedEntities: first ? first.nodes.map((node) => node.id).filter((id) => inAll(entitySets, id)) : [],
    sharedEdges: first ? first.hops.map((hop) => hop.relation.id).filter((id) => inAll(edgeSets, id)) : [],
  };
}
