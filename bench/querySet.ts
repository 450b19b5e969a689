import type { LoadRequest } from './lib/httpLoad';
import type { EntityPool as IdPool } from '../graph/bench/pools';
import type { Random } from './synthetic/random';

/** Ids and names to draw from; `hubs` (entities with 10 k+ links) when the graph has them. */
export interface EntityPool extends IdPool {
  hubs?: string[];
}

/** The API queries the benchmarks time, each drawing random endpoints from a pool of ids. */
export interface QueryKind {
  name: string;
  /** Short description for RESULTS.md. */
  what: string;
  request(random: Random, pool: EntityPool): LoadRequest;
  /** Result size of one answer (results, nodes+edges, or paths). */
  size(json: unknown): number;
  /** Asks about hubs only: measured where the pool has some. */
  hubsOnly?: boolean;
}

const enc = encodeURIComponent;
const elementCount = (json: unknown) => {
  const e = (json as { elements?: { nodes?: unknown[]; edges?: unknown[] } })?.elements;
  return (e?.nodes?.length ?? 0) + (e?.edges?.length ?? 0);
};
const pathCount = (json: unknown) => (json as { paths?: unknown[] })?.paths?.length ?? 0;

/** A path's end: one in ten is a hub where the pool has them (paths through and to hubs are the hard ones). */
function end(random: Random, pool: EntityPool): string {
  return pool.hubs?.length && random.chance(0.1) ? random.pick(pool.hubs) : random.pick(pool.ids);
}

function pair(random: Random, pool: EntityPool): [string, string] {
  const a = end(random, pool);
  let b = end(random, pool);
  while (b === a && pool.ids.length > 1) b = end(random, pool);
  return [a, b];
}

const hub = (random: Random, pool: EntityPool) => random.pick(pool.hubs ?? pool.ids);

export const queryKinds: QueryKind[] = [
  {
    name: 'search',
    what: 'GET /api/search?q=<a name or its prefix>&limit=20',
    request: (random, pool) => {
      const name = random.pick(pool.names);
      const q = random.chance(0.5) ? name : name.slice(0, Math.max(2, Math.ceil(name.length / 2)));
      return { label: 'search', path: `/api/search?q=${enc(q)}&limit=20` };
    },
    size: (json) => (json as { results?: unknown[] })?.results?.length ?? 0,
  },
  {
    name: 'neighborhood d1',
    what: 'GET /api/entities/:id/neighborhood?depth=1&limit=200',
    request: (random, pool) => ({ label: 'neighborhood d1', path: `/api/entities/${enc(random.pick(pool.ids))}/neighborhood?depth=1&limit=200` }),
    size: elementCount,
  },
  {
    name: 'neighborhood d2',
    what: 'GET /api/entities/:id/neighborhood?depth=2&limit=200',
    request: (random, pool) => ({ label: 'neighborhood d2', path: `/api/entities/${enc(random.pick(pool.ids))}/neighborhood?depth=2&limit=200` }),
    size: elementCount,
  },
  {
    // The hub safeguard's first answer: the explorer asks for a few neighbours, ranked, of an
    // entity above its threshold (client/src/hubDialog.ts: 20, most connected first).
    name: 'hub first answer',
    what: 'GET /api/entities/:hub/neighborhood?depth=1&limit=20&order=degree',
    request: (random, pool) => ({ label: 'hub first answer', path: `/api/entities/${enc(hub(random, pool))}/neighborhood?depth=1&limit=20&order=degree` }),
    size: elementCount,
    hubsOnly: true,
  },
  {
    name: 'hub d2',
    what: 'GET /api/entities/:hub/neighborhood?depth=2&limit=200',
    request: (random, pool) => ({ label: 'hub d2', path: `/api/entities/${enc(hub(random, pool))}/neighborhood?depth=2&limit=200` }),
    size: elementCount,
    hubsOnly: true,
  },
  {
    // What the hub dialog shows before the first answer: counts per type, no node data.
    name: 'hub counts',
    what: 'GET /api/entities/:hub/neighbor-counts',
    request: (random, pool) => ({ label: 'hub counts', path: `/api/entities/${enc(hub(random, pool))}/neighbor-counts` }),
    size: (json) => (json as { total?: number })?.total ?? 0,
    hubsOnly: true,
  },
  {
    name: 'shortest path',
    what: 'GET /api/paths?mode=shortest&maxHops=6',
    request: (random, pool) => {
      const [a, b] = pair(random, pool);
      return { label: 'shortest path', path: `/api/paths?from=${enc(a)}&to=${enc(b)}&mode=shortest&maxHops=6` };
    },
    size: pathCount,
  },
  {
    name: 'k=5 shortest',
    what: 'GET /api/paths?mode=k&k=5&maxHops=6',
    request: (random, pool) => {
      const [a, b] = pair(random, pool);
      return { label: 'k=5 shortest', path: `/api/paths?from=${enc(a)}&to=${enc(b)}&mode=k&k=5&maxHops=6` };
    },
    size: pathCount,
  },
  {
    name: 'all paths ≤4',
    // The API's widest path mode: every shortest path up to 4 hops (capped by limit).
    what: 'GET /api/paths?mode=all-shortest&maxHops=4&limit=50',
    request: (random, pool) => {
      const [a, b] = pair(random, pool);
      return { label: 'all paths ≤4', path: `/api/paths?from=${enc(a)}&to=${enc(b)}&mode=all-shortest&maxHops=4&limit=50` };
    },
    size: pathCount,
  },
];
