import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { CostPool } from '../../server/admission/costPool';
import { readRateLimit } from '../../server/admission/readRate';
import { costs } from '../../server/admission';
import { SharedSlots } from '../../server/admission/sharedSlots';

/** An app whose expensive route answers only when the test lets it: the pool's queue can be filled at will. */
async function heldApp(pool: CostPool) {
  const releases: (() => void)[] = [];
  const app = express();
  app.get('/health', (_req, res) => res.json({ status: 'ok' }));
  app.get('/deep', pool.gate(costs.neighbourhood), (_req, res) => {
    releases.push(() => res.json({ ok: true }));
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const releaseAll = () => releases.splice(0).forEach((r) => r());
  return { base, server, releases, releaseAll };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('admission of expensive reads', () => {
  it('runs up to the capacity, queues a bounded number, refuses the rest with 429 and Retry-After; health still answers', async () => {
    const pool = new CostPool('deep neighbourhoods', { capacity: 3, queueMax: 2, maxWaitMs: 10_000 });
    const { base, server, releases, releaseAll } = await heldApp(pool);
    try {
      // Depth 3 costs 3: one runs; two wait; the rest are refused at once.
      const pending = Array.from({ length: 6 }, () => fetch(`${base}/deep?depth=3`));
      await until(() => pool.load.waiting === 2 && releases.length === 1);
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      releaseAll();
      await until(() => releases.length === 1);
      releaseAll();
      await until(() => releases.length === 1);
      releaseAll();
      const answers = await Promise.all(pending);
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
      for (const refused of answers.filter((a) => a.status === 429)) {
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(((await refused.json()) as { error: unknown }).error).toEqual({ code: 'busy', message: expect.stringMatching(/busy with deep neighbourhoods .* try again in \d+ s/) });
      }
      expect(pool.load).toEqual({ running: 0, waiting: 0 });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('lets cheap asks (depth 1) past the pool, and refuses a request that waited too long', async () => {
    const pool = new CostPool('deep neighbourhoods', { capacity: 1, queueMax: 5, maxWaitMs: 200 });
    const { base, server, releases, releaseAll } = await heldApp(pool);
    try {
      const first = fetch(`${base}/deep?depth=2`);
      await until(() => releases.length === 1);
      const cheap = fetch(`${base}/deep?depth=1`);
      await until(() => releases.length === 2);
      const late = await fetch(`${base}/deep?depth=2`);
      expect(late.status).toBe(429);
      expect(((await late.json()) as { error: { message: string } }).error.message).toMatch(/its turn did not come within 0\.2 s/);
      releaseAll();
      expect((await first).status).toBe(200);
      expect((await cheap).status).toBe(200);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('runs one expensive read at a time across kinds when the slots say one, the longest waiting next', async () => {
    const shared = new SharedSlots(1);
    const deep = new CostPool('deep neighbourhoods', { capacity: 3, queueMax: 5, maxWaitMs: 10_000 }, shared);
    const exports = new CostPool('exports', { capacity: 1, queueMax: 5, maxWaitMs: 10_000 }, shared);
    const releases: { kind: string; release: () => void }[] = [];
    const app = express();
    app.get('/deep', deep.gate(costs.neighbourhood), (_req, res) => void releases.push({ kind: 'deep', release: () => res.json({ ok: true }) }));
    app.get('/export', exports.gate(costs.once), (_req, res) => void releases.push({ kind: 'export', release: () => res.json({ ok: true }) }));
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const first = fetch(`${base}/deep?depth=2`);
      await until(() => releases.length === 1);
      const exported = fetch(`${base}/export`);
      await until(() => exports.load.waiting === 1);
      const second = fetch(`${base}/deep?depth=2`);
      await until(() => deep.load.waiting === 1);
      // The deep pool has room for two more, but the one slot is taken: both wait.
      expect(releases.map((r) => r.kind)).toEqual(['deep']);
      releases.shift()!.release();
      await until(() => releases.length === 1);
      expect(releases.map((r) => r.kind)).toEqual(['export']);
      releases.shift()!.release();
      await until(() => releases.length === 1);
      expect(releases.map((r) => r.kind)).toEqual(['deep']);
      releases.shift()!.release();
      expect((await Promise.all([first, exported, second])).map((r) => r.status)).toEqual([200, 200, 200]);
      expect([deep.load, exports.load]).toEqual([{ running: 0, waiting: 0 }, { running: 0, waiting: 0 }]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('gives a client that has spent its read budget 429 with Retry-After, other clients and health unaffected', async () => {
    const app = express();
    app.set('trust proxy', true);
    app.use(readRateLimit({ perSecond: 1, burst: 3 }));
    app.get('/health', (_req, res) => res.json({ status: 'ok' }));
    app.get('/search', (_req, res) => res.json({ results: [] }));
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const as = (ip: string, path = '/search') => fetch(`${base}${path}`, { headers: { 'X-Forwarded-For': ip } });
      const first = [];
      for (let i = 0; i < 5; i++) first.push((await as('10.0.0.1')).status);
      expect(first).toEqual([200, 200, 200, 429, 429]);
      const refused = await as('10.0.0.1');
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
      expect((await as('10.0.0.2')).status).toBe(200);
      expect((await as('10.0.0.1', '/health')).status).toBe(200);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
