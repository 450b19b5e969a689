import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import http from 'node:http';
import express from 'express';
import { streamText } from '../../server/streamText';

// A long answer written in slices: the client gets every byte, and the server answers other
// requests while it writes (one string written at once held everyone else up).

const piece = (i: number) => `<node id="n${i}">三井物產 ${'x'.repeat(80)}</node>\n`;
function* pieces(count: number): Generator<string> {
  for (let i = 0; i < count; i++) yield piece(i);
}
const count = 20_000;

let server: Server;
let base: string;
beforeAll(async () => {
  const app = express();
  app.get('/ping', (_req, res) => res.json({ ok: true }));
  app.get('/big', async (_req, res) => {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    await streamText(res, pieces(count));
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

test('the whole text arrives, in order, as one body', async () => {
  const res = await fetch(`${base}/big`);
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text.length).toBe(Array.from(pieces(count)).join('').length);
  expect(text).toBe(Array.from(pieces(count)).join(''));
});

test('other requests are answered while a long answer is being written', async () => {
  let pingAt = 0;
  let bigDoneAt = 0;
  // A slow reader: the writer must wait for it (backpressure) and let others in meanwhile.
  const big = new Promise<number>((resolve) => {
    http.get(`${base}/big`, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        res.pause();
        setTimeout(() => res.resume(), 2);
      });
      res.on('end', () => {
        bigDoneAt = Date.now();
        resolve(bytes);
      });
    });
  });
  await new Promise((r) => setTimeout(r, 20));
  const ping = await fetch(`${base}/ping`);
  pingAt = Date.now();
  expect(ping.status).toBe(200);
  expect(await big).toBeGreaterThan(count * 80);
  expect(pingAt).toBeLessThan(bigDoneAt);
});

test('a client that goes away stops the writing', async () => {
  let written = 0;
  const app = express();
  app.get('/endless', async (_req, res) => {
    await streamText(res, (function* () {
      for (;;) {
        written++;
        yield 'y'.repeat(1000);
      }
    })());
  });
  const s = await new Promise<Server>((resolve) => {
    const x = app.listen(0, '127.0.0.1', () => resolve(x));
  });
  try {
    await new Promise<void>((resolve) => {
      const req = http.get(`http://127.0.0.1:${(s.address() as AddressInfo).port}/endless`, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
    });
    await new Promise((r) => setTimeout(r, 200));
    const after = written;
    await new Promise((r) => setTimeout(r, 200));
    expect(written).toBe(after);
  } finally {
    s.closeAllConnections();
    s.close();
  }
});
