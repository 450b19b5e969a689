import fs from 'node:fs';
import inspector from 'node:inspector';
import net from 'node:net';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Graph } from '../../graph/connection';
import { startApi } from './apiServer';

/**
 * The API in a process of its own (bench/requestCost.ts forks it), so its CPU time is the
 * server's alone. It counts the Bolt exchanges it makes: a turn is a write to Neo4j after an
 * answer from it (or the first write), i.e. one round trip; pipelined messages share a turn.
 * Asked over IPC, it reports its CPU time and the turns so far.
 */

const bolt = { turns: 0, writes: 0, bytesIn: 0 };
const lastWasRead = new WeakMap<net.Socket, boolean>();
const trace: string[] = [];
/** The Bolt message signatures in one write (chunk header, struct marker, signature), for COST_TRACE. */
function signatures(buf: Buffer): string {
  const out: string[] = [];
  for (let i = 0; i + 3 < buf.length; ) {
    const size = buf.readUInt16BE(i);
    if (size === 0) { i += 2; continue; }
    const names: Record<number, string> = { 0x10: 'RUN', 0x11: 'BEGIN', 0x12: 'COMMIT', 0x13: 'ROLLBACK', 0x3f: 'PULL', 0x2f: 'DISCARD', 0x0f: 'RESET', 0x54: 'TELEMETRY', 0x66: 'ROUTE', 0x6a: 'LOGON', 0x01: 'HELLO' };
    out.push(names[buf[i + 3]] ?? buf[i + 3].toString(16));
    i += 2 + size;
    while (i + 1 < buf.length && buf.readUInt16BE(i) !== 0 && false) i++;
  }
  return out.join('+');
}
const boltPort = Number(new URL(process.env.COST_NEO4J_URI!).port);
const write = net.Socket.prototype.write;
net.Socket.prototype.write = function patched(this: net.Socket, ...args: unknown[]) {
  if (this.remotePort === boltPort) {
    if (!lastWasRead.has(this)) {
      this.on('data', (chunk: Buffer) => {
        bolt.bytesIn += chunk.length;
        lastWasRead.set(this, true);
      });
    }
    if (lastWasRead.get(this) !== false) bolt.turns++;
    if (process.env.COST_TRACE && Buffer.isBuffer(args[0])) trace.push(`${lastWasRead.get(this) !== false ? '| ' : ''}${signatures(args[0])}`);
    lastWasRead.set(this, false);
    bolt.writes++;
  }
  return (write as (...a: unknown[]) => boolean).apply(this, args);
} as typeof net.Socket.prototype.write;

const profiler = new inspector.Session();
profiler.connect();

async function main(): Promise<void> {
  const graph = new Graph({ uri: process.env.COST_NEO4J_URI!, user: 'neo4j', password: process.env.COST_NEO4J_PASSWORD! });
  const api = await startApi(graph);
  process.on('message', (msg: string | { stop: string }) => {
    // A V8 CPU profile of the requests between 'profile' and {stop: file} (not the start-up).
    if (msg === 'profile') profiler.post('Profiler.enable', () => profiler.post('Profiler.start'));
    if (typeof msg === 'object') {
      profiler.post('Profiler.stop', (_err, { profile }) => {
        fs.mkdirSync(path.dirname(msg.stop), { recursive: true });
        fs.writeFileSync(msg.stop, JSON.stringify(profile));
        process.send!({ profiled: msg.stop });
      });
    }
    if (msg === 'trace') {
      console.log(trace.join(' '));
      trace.length = 0;
    }
    if (msg === 'stats') process.send!({ cpu: process.cpuUsage(), ...bolt, heap: process.memoryUsage().heapUsed });
    if (msg === 'stop') void api.close().then(() => graph.close()).then(() => process.exit(0));
  });
  process.send!({ port: (api.server.address() as AddressInfo).port });
}

void main();
