import net from 'node:net';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createApp } from '../../server/app';
import { Graph } from '../../graph/connection';
import { externalConfig } from '../../graph/runtime';

/**
 * Neo4j going away and coming back while the API runs. The "outage" is a cut in a loopback TCP
 * relay between the real driver and the run's real Neo4j, so the server process, the driver and
 * the database are the product's own; only the wire is pulled.
 */
class BoltRelay {
  private server?: net.Server;
  private sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(port = 0): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the API when Neo4j goes away and comes back', () => {
  const config = externalConfig();
  if (!config) throw new Error('NEO4J_URI is not set: run the tests through jest.');
  const target = new URL(config.uri);
  const relay = new BoltRelay({ host: target.hostname, port: Number(target.port || 7687) });
  let graph: Graph;

  beforeAll(async () => {
    await relay.open();
    graph = new Graph({ ...config, uri: `bolt://127.0.0.1:${relay.port}` });
  });
  afterAll(async () => {
    await relay.cut();
    await graph.close();
  });

  it('answers 503 with a clear message while it is down, then recovers without a restart', async () => {
    const app = createApp({ graph });
    const search = () => request(app).get('/api/search').query({ q: 'Mitsui' });
    expect((await search()).status).toBe(200);

    await relay.cut();
    // The first request finds the database gone (after the driver's own retries) and closes the gate.
    const first = await search();
    expect(first.status).toBe(503);
    expect(first.body.error.code).toBe('graph_unavailable');
    expect(first.body.error.message).toMatch(/unreachable; try again shortly/);
    // Those after it are refused by the gate, with a hint when to retry, without waiting on the driver.
    const next = await search();
    expect(next.status).toBe(503);
    expect(next.headers['retry-after']).toBe('2');
    const path = await request(app).get('/api/paths').query({ from: 'x', to: 'y' });
    expect(path.status).toBe(503);

    await relay.open(relay.port);
    let recovered = 0;
    for (let i = 0; i < 30 && !recovered; i++) {
      await sleep(1_000);
      const res = await search();
      if (res.status === 200) recovered = i + 1;
    }
    expect(recovered).toBeGreaterThan(0);
    const health = await request(app).get('/api/health');
    expect(health.status).toBe(200);
  }, 90_000);
});
