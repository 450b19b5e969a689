/**
 * What one API answer costs the Node process, per query kind, on the sample graph:
 * CPU ms per request (the server process alone), Bolt round trips per request, and latency at
 * concurrency 1 and 32. The server runs in a forked process (bench/lib/costServer.ts); pass
 * --cpu-prof to have it write a V8 CPU profile into bench/out/cpu-prof/.
 *   npx tsx bench/requestCost.ts [--requests N] [--cpu-prof] [--only NAME] [--no-c32]
 */
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { startSampleNeo4j } from './lib/sampleGraph';
import { sampleEntityPool } from '../graph/bench/pools';
import { runLoad } from './lib/httpLoad';
import { latencySummary } from './lib/stats';
import { queryKinds, type EntityPool } from './querySet';
import { Random } from './synthetic/random';

interface Stats {
  cpu: NodeJS.CpuUsage;
  turns: number;
  writes: number;
  bytesIn: number;
}

function ask(child: ChildProcess): Promise<Stats> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as Stats));
    child.send('stats');
  });
}

function profileStop(child: ChildProcess, file: string): Promise<void> {
  return new Promise((resolve) => {
    child.once('message', () => resolve());
    child.send({ stop: file });
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const flag = (name: string) => argv.includes(name);
  const value = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const requests = Number(value('--requests', '200'));
  const only = value('--only', '');
  // Attach to a running sample database (COST_NEO4J_URI, COST_NEO4J_PASSWORD) or start the bench's own.
  const neo = process.env.COST_NEO4J_URI ? undefined : await startSampleNeo4j();
  const uri = process.env.COST_NEO4J_URI ?? neo!.local.uri;
  const password = process.env.COST_NEO4J_PASSWORD ?? neo!.local.password;
  const { Graph } = await import('../graph/connection');
  const graph = new Graph({ uri, user: 'neo4j', password });
  const pool: EntityPool = await sampleEntityPool(graph);
  await graph.close();
  const profDir = path.resolve(__dirname, 'out', 'cpu-prof');
  const child = fork(path.join(__dirname, 'lib', 'costServer.ts'), [], {
    execArgv: ['--import', 'tsx', ...(process.env.COST_NODE_FLAGS ?? '').split(' ').filter(Boolean)],
    env: { ...process.env, COST_NEO4J_URI: uri, COST_NEO4J_PASSWORD: password },
  });
  const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', (m) => resolve(m as { port: number })));
  const base = `http://127.0.0.1:${port}`;
  const rows: string[] = [];
  try {
    for (const kind of queryKinds.filter((k) => !k.hubsOnly && (!only || k.name.includes(only)))) {
      const random = new Random(1234);
      const next = () => kind.request(random, pool);
      await runLoad({ base, concurrency: 1, requests: 30, next });
      const profile = flag('--cpu-prof') ? path.join(profDir, `${kind.name.replace(/\W+/g, '-')}.cpuprofile`) : undefined;
      if (profile) child.send('profile');
      const before = await ask(child);
      const one = await runLoad({ base, concurrency: 1, requests, next });
      const after = await ask(child);
      if (profile) await profileStop(child, profile);
      const cpuMs = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000 / one.length;
      const sysMs = (after.cpu.system - before.cpu.system) / 1000 / one.length;
      const turns = (after.turns - before.turns) / one.length;
      const many = flag('--no-c32') ? [] : await runLoad({ base, concurrency: 32, requests: requests * 2, next });
      const l1 = latencySummary(one.map((o) => o.ms));
      const l32 = latencySummary(many.map((o) => o.ms));
      const bytes = one.reduce((t, o) => t + o.bytes, 0) / one.length;
      const bad = [...one, ...many].filter((o) => o.status !== 200).length;
      const row = `| ${kind.name} | ${cpuMs.toFixed(2)} (${sysMs.toFixed(2)}) | ${turns.toFixed(2)} | ${l1.p50.toFixed(1)} / ${l1.p95.toFixed(1)} | ${l32.p50.toFixed(1)} / ${l32.p95.toFixed(1)} | ${Math.round(bytes)} | ${bad} |`;
      console.log(row);
      rows.push(row);
    }
  } finally {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
    await neo?.close();
  }
  console.log(['', '| query | CPU ms / request (of it system) | Bolt round trips / request | c=1 p50 / p95 ms | c=32 p50 / p95 ms | bytes | not 200 |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n'));
}

void main();
