/**
 * Shortest paths by a breadth-first search from both ends that meets in the middle, always
 * growing the side whose next level costs less (its frontier's links). A hub (more than `cap`
 * links) in the middle of a path is met from both sides, or by checking its links into the
 * other side's frontier; its own links are read only up to `hubReads` — the database's
 * shortestPath reads every link of a hub on its frontier (tens of thousands). This file is the
 * search alone; the database work is the `expand` it is given (pathExpand.ts).
 */

/** An entity reached: its element id and its links (a cost estimate; hubs are above the cap). */
export interface Reached {
  node: string;
  links: number;
}

/** One edge read while growing a side: from a frontier node over `rel` to `node`. */
export interface Step extends Reached {
  from: string;
  rel: string;
}

export interface LevelAsk {
  /** Which side grows: 'from' walks edges as the path runs, 'to' against it (matters when directed). */
  side: 'from' | 'to';
  /** Nodes whose first `limit` links are read. */
  frontier: string[];
  limit: number;
  /** Nodes (hubs) whose links into `others` are read. */
  hubs: string[];
  /** The other side's hubs: each (hub, hub) pair is checked one direction at a time. */
  hubOthers: string[];
  /** Check each (hub, other) pair, or read the others' links (cheaper when the pairs are many). */
  lookFrom: 'hubs' | 'others';
  /** The other side's frontier. */
  others: string[];
}

export type Expand = (ask: LevelAsk) => Promise<Step[]>;

export interface SearchLimits {
  maxHops: number;
  /** Above this many links an entity is a hub: read whole, never. */
  cap: number;
  /** A hub's links read when it must be grown (its first ones). */
  hubReads: number;
  /** Most paths handed back. */
  paths: number;
  /** Most edges read in all: past it the search gives up (no path within reach). */
  budget: number;
  /** Most (hub, other side's node) pairs checked one by one; past it the other nodes' links are read. */
  intoPairs: number;
}

/** A path as element ids: nodes from the start to the end, and the relationships between them. */
export interface IdPath {
  nodes: string[];
  rels: string[];
}

interface Side {
  name: 'from' | 'to';
  depth: number;
  /** Distance from this side's root of every node reached. */
  dist: Map<string, number>;
  /** For each node, the edges to it from the previous level (all of them: every shortest path). */
  parents: Map<string, { rel: string; node: string }[]>;
  frontier: Reached[];
}

/**
 * What growing a side would read: its nodes' links, a hub counted as `cap` — so the search grows
 * ordinary frontiers up to that size before it turns to a hub (whose into-checks find every
 * meeting through it, where its first links would find few).
 */
const costOf = (side: Side, limits: SearchLimits) => side.frontier.reduce((sum, n) => sum + Math.min(n.links, limits.cap), 0);

function grow(side: Side, steps: Step[]): string[] {
  const depth = side.depth + 1;
  const fresh = new Map<string, Reached>();
  for (const step of steps) {
    const known = side.dist.get(step.node);
    if (known !== undefined && known < depth) continue;
    side.dist.set(step.node, depth);
    const parents = side.parents.get(step.node) ?? [];
    if (!parents.some((p) => p.rel === step.rel)) parents.push({ rel: step.rel, node: step.from });
    side.parents.set(step.node, parents);
    fresh.set(step.node, { node: step.node, links: step.links });
  }
  side.depth = depth;
  side.frontier = [...fresh.values()];
  return [...fresh.keys()];
}

/** Every way from a side's root to `node`, as node and relationship lists starting at the root; at most `max`. */
function routes(side: Side, node: string, links: Map<string, number>, max: number): IdPath[] {
  if (side.dist.get(node) === 0) return [{ nodes: [node], rels: [] }];
  const out: IdPath[] = [];
  // Through the least linked parents first: when the paths are cut, the ones kept avoid hubs.
  const parents = [...(side.parents.get(node) ?? [])].sort((a, b) => (links.get(a.node) ?? 0) - (links.get(b.node) ?? 0));
  for (const parent of parents) {
    for (const route of routes(side, parent.node, links, max - out.length)) {
      out.push({ nodes: [...route.nodes, node], rels: [...route.rels, parent.rel] });
      if (out.length >= max) return out;
    }
  }
  return out;
}

/** How a search ended: `cut` when it gave up at its edge budget, so a path may exist that it did not reach. */
export interface SearchOutcome {
  cut: boolean;
}

/** All shortest paths between the two ends (up to limits.paths), or none within maxHops and the budget. */
export async function shortestPaths(start: Reached, end: Reached, expand: Expand, limits: SearchLimits, outcome: SearchOutcome = { cut: false }): Promise<IdPath[]> {
  const side = (name: 'from' | 'to', root: Reached): Side => ({ name, depth: 0, dist: new Map([[root.node, 0]]), parents: new Map(), frontier: [root] });
  const a = side('from', start);
  const b = side('to', end);
  const links = new Map([[start.node, start.links], [end.node, end.links]]);
  let read = 0;
  while (a.depth + b.depth < limits.maxHops) {
    const [grown, other] = costOf(a, limits) <= costOf(b, limits) ? [a, b] : [b, a];
    if (grown.frontier.length === 0) return [];
    if (read > limits.budget) {
      outcome.cut = true;
      return [];
    }
    // Ordinary nodes are read whole, hubs only into the other side: a meeting there ends the search.
    const hubs = grown.frontier.filter((n) => n.links > limits.cap).map((n) => n.node);
    const ordinary = grown.frontier.filter((n) => n.links <= limits.cap).map((n) => n.node);
    const others = other.frontier.filter((n) => n.links <= limits.cap).map((n) => n.node);
    const hubOthers = other.frontier.filter((n) => n.links > limits.cap).map((n) => n.node);
    const lookFrom = hubs.length * others.length <= limits.intoPairs ? 'hubs' : 'others';
    const steps = await expand({ side: grown.name, frontier: ordinary, limit: limits.cap, hubs, others, hubOthers, lookFrom });
    const depth = grown.depth + 1;
    const meets = (step: Step) => other.dist.has(step.node) && (grown.dist.get(step.node) ?? depth) >= depth;
    // No meeting: the hubs' first links join the next frontier.
    if (hubs.length > 0 && !steps.some(meets)) steps.push(...(await expand({ side: grown.name, frontier: hubs, limit: limits.hubReads, hubs: [], others: [], hubOthers: [], lookFrom: 'hubs' })));
    read += steps.length;
    for (const step of steps) links.set(step.node, step.links);
    const reached = grow(grown, steps).filter((n) => other.dist.has(n));
    if (reached.length === 0) continue;
    // The shortest meetings (a hub met late can make some longer), least linked first.
    const length = (n: string) => depth + other.dist.get(n)!;
    const shortest = Math.min(...reached.map(length));
    const met = reached.filter((n) => length(n) === shortest).sort((x, y) => (links.get(x) ?? 0) - (links.get(y) ?? 0));
    const found: IdPath[] = [];
    for (const node of met) {
      for (const head of routes(a, node, links, limits.paths - found.length)) {
        for (const tail of routes(b, node, links, limits.paths - found.length)) {
          found.push({ nodes: [...head.nodes, ...[...tail.nodes].reverse().slice(1)], rels: [...head.rels, ...[...tail.rels].reverse()] });
          if (found.length >= limits.paths) return found;
        }
      }
    }
    return found;
  }
  return [];
}
