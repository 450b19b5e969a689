import type { LoadRequest } from './lib/httpLoad';
import type { EntityPool } from '../graph/bench/pools';
import type { Random } from './synthetic/random';

/** The API queries the benchmarks time, each drawing random endpoints from a pool of ids. */
export interface QueryKind {
  name: string;
  /** Short description for RESULTS.md. */
  what: string;
  request(random: Random, pool: EntityPool): LoadRequest;
  /** Result size of one answer (results, nodes+edges, or paths). */
  size(json: unknown): number;
}

export type { EntityPool };

const enc = encodeURIComponent;
const elementCount = (json: unknown) => {
  const e = (json as { elements?: { nodes?: unknown[]; edges?: unknown[] } })?.elements;
  return (e?.nodes?.length ?? 0) + (e?.edges?.length ?? 0);
};
const pathCount = (json: unknown) => (json as { paths?: unknown[] })?.paths?.length ?? 0;

function pair(random: Random, pool: EntityPool): [string, string] {
  const a = random.pick(pool.ids);
  let b = random.pick(pool.ids);
  while (b === a && pool.ids.length > 1) b = random.pick(pool.ids);
  return [a, b];
}

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
