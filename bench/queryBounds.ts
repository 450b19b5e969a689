import type { Graph } from '../graph/connection';
import { startApi } from './lib/apiServer';
import { send } from './lib/httpLoad';
import { profiledGraph } from './lib/profiledGraph';
import { median, percentile } from './lib/stats';
import { Random } from './synthetic/random';
import type { EntityPool, QueryKind } from './querySet';

/** What bounds one query kind's latency, from PROFILE of the product's own queries. */
export interface QueryBounds {
  query: string;
  samples: number;
  /** Database work per answer (all its queries): median and p95. */
  dbHits: { median: number; p95: number };
  /** Rows the operators produced, median. */
  planRows: number;
  /** Server time in the database, median ms. */
  dbMs: number;
  /** The rest of the HTTP answer (Node: validation, records to JSON, the socket), median ms. */
  nodeMs: number;
  /** Answer body, median bytes. */
  jsonBytes: number;
  /** The costliest operators of the median answer's first query. */
  top: string[];
}

/**
 * Each query kind asked `samples` times one at a time through the API, on a graph whose every
 * query runs under PROFILE (slower than the timed runs; these figures explain, they don't time).
 */
export async function measureBounds(graph: Graph, kinds: QueryKind[], pool: EntityPool, samples: number): Promise<QueryBounds[]> {
  const profiled = profiledGraph(graph);
  const api = await startApi(profiled.graph);
  const out: QueryBounds[] = [];
  try {
    for (const kind of kinds) {
      const random = new Random(4321);
      const seen: { hits: number; rows: number; dbMs: number; nodeMs: number; bytes: number; top: string[] }[] = [];
      profiled.take();
      for (let i = 0; i < samples; i++) {
        const outcome = await send(api.base, kind.request(random, pool), undefined, false);
        const profiles = profiled.take();
        const dbMs = profiles.reduce((t, p) => t + p.dbMs, 0);
        seen.push({
          hits: profiles.reduce((t, p) => t + p.dbHits, 0),
          rows: profiles.reduce((t, p) => t + p.rows, 0),
          dbMs,
          nodeMs: Math.max(0, outcome.ms - dbMs),
          bytes: outcome.bytes,
          top: profiles.flatMap((p) => p.top).slice(0, 3),
        });
      }
      const hits = seen.map((s) => s.hits);
      const middle = [...seen].sort((a, b) => a.hits - b.hits)[Math.floor(seen.length / 2)];
      out.push({
        query: kind.name,
        samples,
        dbHits: { median: median(hits), p95: percentile(hits, 95) },
        planRows: median(seen.map((s) => s.rows)),
        dbMs: median(seen.map((s) => s.dbMs)),
        nodeMs: median(seen.map((s) => s.nodeMs)),
        jsonBytes: median(seen.map((s) => s.bytes)),
        top: middle?.top ?? [],
      });
    }
  } finally {
    await api.close();
  }
  return out;
}
