import { send, type Outcome } from '../lib/httpLoad';
import { Random } from '../synthetic/random';
import { apiCase } from './apiCases';

export interface ApiFuzzReport {
  cases: number;
  byStatus: Record<number, number>;
  /**
   * Cases answered 500 (or another 5xx but 503), or not at all, with the request that caused
   * them. 503 is the honest answer of a busy or absent database (query timeout), counted apart.
   */
  failures: { label: string; method: string; path: string; status: number; body?: string; error?: string }[];
  serverUpAfter: boolean;
}

/** Send `cases` generated hostile requests (sequentially, `parallel` at a time) and sort the answers. */
export async function fuzzApi(base: string, cases: number, ids: string[], seed = 4242, parallel = 4): Promise<ApiFuzzReport> {
  const random = new Random(seed);
  const byStatus: Record<number, number> = {};
  const failures: ApiFuzzReport['failures'] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases) {
      next++;
      const req = apiCase(random, ids);
      const outcome: Outcome = await send(base, req, undefined, true, 120_000);
      byStatus[outcome.status] = (byStatus[outcome.status] ?? 0) + 1;
      if ((outcome.status >= 500 && outcome.status !== 503) || outcome.status === 0) {
        failures.push({
          label: req.label,
          method: req.method ?? 'GET',
          path: req.path.slice(0, 300),
          status: outcome.status,
          body: typeof req.body === 'string' ? req.body.slice(0, 200) : req.body ? '<binary>' : undefined,
          error: outcome.error ?? JSON.stringify(outcome.json)?.slice(0, 300),
        });
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const health = await send(base, { label: 'health', path: '/api/health' }, undefined, false);
  return { cases, byStatus, failures, serverUpAfter: health.status === 200 };
}
