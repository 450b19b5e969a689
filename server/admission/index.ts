import os from 'node:os';
import { Router, type Request } from 'express';
import { CostPool, type CostPoolOptions } from './costPool';
import { SharedSlots } from './sharedSlots';
import { readRateLimit, type ReadRateOptions } from './readRate';

/**
 * Admission control for the read API: a per-client read rate, and for each expensive kind of
 * read a pool bounding the cost running at once with a bounded queue (429 + Retry-After beyond).
 * /api/health and the explorer's static files pass none of this.
 */

export type PoolName = 'neighbourhoods' | 'paths' | 'export' | 'documents';

export interface AdmissionOptions {
  readRate: ReadRateOptions;
  pools: Record<PoolName, CostPoolOptions>;
  /** Expensive reads running at once across the pools (0: no bound beyond each pool's). */
  expensiveAtOnce: number;
}

/**
 * Defaults for a two-core machine; READ_LIMIT_PER_SECOND / READ_LIMIT_BURST (0 = off),
 * EXPENSIVE_QUEUE and EXPENSIVE_AT_ONCE (default: one less than the cores, at least one) override.
 */
export function admissionSettings(env: NodeJS.ProcessEnv = process.env): AdmissionOptions {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  const queueMax = number('EXPENSIVE_QUEUE', 64);
  return {
    expensiveAtOnce: number('EXPENSIVE_AT_ONCE', Math.max(1, os.availableParallelism() - 1)),
    readRate: { perSecond: number('READ_LIMIT_PER_SECOND', 10), burst: number('READ_LIMIT_BURST', 200) },
    pools: {
      // One depth-3 neighbourhood and one of depth 2, or four of depth 2, at a time: on two cores
      // more only adds to the queue inside Neo4j and the JSON the process must write.
      neighbourhoods: { capacity: 4, queueMax, maxWaitMs: 20_000 },
      paths: { capacity: 4, queueMax, maxWaitMs: 20_000 },
      export: { capacity: 1, queueMax: Math.min(queueMax, 8), maxWaitMs: 30_000 },
      documents: { capacity: 4, queueMax, maxWaitMs: 20_000 },
    },
  };
}

function queryNumber(req: Request, name: string, fallback: number): number {
  const raw = req.query[name];
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : fallback;
  return Number.isFinite(value) ? value : fallback;
}

/**
 * What one request costs, in units of a depth-2 neighbourhood: a depth-3 neighbourhood reaches
 * roughly three times as far into a dense graph; paths of five or six hops twice a short search.
 */
export const costs = {
  neighbourhood: (req: Request) => {
    const depth = queryNumber(req, 'depth', 1);
    return depth >= 3 ? 3 : depth >= 2 ? 1 : 0;
  },
  paths: (req: Request) => (queryNumber(req, 'maxHops', 4) >= 5 ? 2 : 1),
  once: () => 1,
};

export interface Admission {
  /** Per-client read rate; mount after authentication (a signed-in client is its account). */
  readRate: ReturnType<typeof readRateLimit>;
  /** The expensive routes' pools, as middleware in front of those routes. */
  expensive: Router;
  pools: Record<PoolName, CostPool>;
}

export function createAdmission(options: AdmissionOptions = admissionSettings()): Admission {
  const shared = options.expensiveAtOnce > 0 ? new SharedSlots(options.expensiveAtOnce) : undefined;
  const pools: Record<PoolName, CostPool> = {
    neighbourhoods: new CostPool('neighbourhoods of depth 2 or more', options.pools.neighbourhoods, shared),
    paths: new CostPool('path searches', options.pools.paths, shared),
    export: new CostPool('exports', options.pools.export, shared),
    documents: new CostPool('document views', options.pools.documents, shared),
  };
  const expensive = Router();
  expensive.get('/entities/:id/neighborhood', pools.neighbourhoods.gate(costs.neighbourhood));
  expensive.get('/paths', pools.paths.gate(costs.paths));
  expensive.get('/export', pools.export.gate(costs.once));
  expensive.get('/documents/:id', pools.documents.gate(costs.once));
  return { readRate: readRateLimit(options.readRate), expensive, pools };
}
