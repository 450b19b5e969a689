import express from 'express';
import request from 'supertest';
import { GraphGate } from '../../server/graphGate';
import { errorHandler } from '../../server/errors';

/** An app with the gate in front of one route whose outcome the test decides. */
function gatedApp(gate: GraphGate, outcome: () => unknown) {
  const app = express();
  app.use(gate.admit);
  app.get('/thing', (_req, res, next) => {
    const err = outcome();
    if (err) return next(err);
    res.json({ ok: true });
  });
  app.use(gate.observe);
  app.use(errorHandler);
  return app;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
}

const unreachable = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ServiceUnavailable' });
const timedOut = Object.assign(new Error('The transaction has been terminated.'), { code: 'Neo.ClientError.Transaction.TransactionTimedOut' });

describe('GraphGate', () => {
  it('stays open after a slow query: a timeout is not an outage', async () => {
    const gate = new GraphGate({ probe: async () => undefined, warm: async () => undefined });
    const res = await request(gatedApp(gate, () => timedOut)).get('/thing');
    expect(res.status).toBe(503);
    expect(gate.status).toBe('open');
  });

  it('closes when the database is unreachable, refuses at once while it stays down, and warms before opening', async () => {
    let up = false;
    let warmed = 0;
    let failing = true;
    let releaseWarm: () => void = () => undefined;
    const gate = new GraphGate({
      probe: async () => {
        if (!up) throw unreachable;
      },
      warm: () => new Promise<void>((resolve) => (releaseWarm = () => (warmed++, resolve()))),
      probeEveryMs: 20,
    });
    const app = gatedApp(gate, () => (failing ? unreachable : undefined));

    const first = await request(app).get('/thing');
    expect(first.status).toBe(503);
    await new Promise((r) => setTimeout(r, 50));
    expect(gate.status).toBe('closed');
    failing = false;
    // Refused by the gate itself: the route would now succeed.
    const refused = await request(app).get('/thing');
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('2');
    expect(refused.body.error.code).toBe('graph_unavailable');

    up = true;
    await until(() => gate.status === 'warming');
    // A request during the warm-up is held, then let through once the plans are warm.
    const held = request(app).get('/thing').then((r) => r);
    await new Promise((r) => setTimeout(r, 50));
    expect(warmed).toBe(0);
    releaseWarm();
    const res = await held;
    expect(res.status).toBe(200);
    expect(warmed).toBe(1);
    expect(gate.status).toBe('open');
  });

  it('answers a held request 503 when the warm-up outlasts the hold', async () => {
    const gate = new GraphGate({ probe: async () => undefined, warm: () => new Promise(() => undefined), holdMs: 100 });
    let failing = true;
    const app = gatedApp(gate, () => (failing ? unreachable : undefined));
    expect((await request(app).get('/thing')).status).toBe(503);
    failing = false;
    const res = await request(app).get('/thing');
    expect(res.status).toBe(503);
    expect(gate.status).toBe('warming');
  });

  it('lets held requests in a few at a time for a while after reopening (slow start)', async () => {
    let up = false;
    const gate = new GraphGate({
      probe: async () => {
        if (!up) throw unreachable;
      },
      warm: async () => undefined,
      probeEveryMs: 20,
      rampConcurrency: 1,
      rampMs: 60_000,
    });
    let failing = true;
    const order: string[] = [];
    let finishFirst: () => void = () => undefined;
    const app = express();
    app.use(gate.admit);
    app.get('/slow', (_req, res, next) => {
      if (failing) return next(unreachable);
      order.push('slow in');
      finishFirst = () => res.json({ ok: true });
    });
    app.get('/quick', (_req, res) => {
      order.push('quick in');
      res.json({ ok: true });
    });
    app.use(gate.observe);
    app.use(errorHandler);

    expect((await request(app).get('/slow')).status).toBe(503);
    failing = false;
    await until(() => gate.status === 'closed');
    up = true;
    await until(() => gate.status === 'open');
    const slow = request(app).get('/slow').then((r) => r);
    while (order.length === 0) await new Promise((r) => setTimeout(r, 10));
    const quick = request(app).get('/quick').then((r) => r);
    await new Promise((r) => setTimeout(r, 100));
    // One slot: the second request waits for the first to finish.
    expect(order).toEqual(['slow in']);
    finishFirst();
    expect((await slow).status).toBe(200);
    expect((await quick).status).toBe(200);
    expect(order).toEqual(['slow in', 'quick in']);
  });
});
