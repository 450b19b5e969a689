import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { GraphConfig } from '../../graph/connection';
import { freePort } from '../../graph/neo4j/local';
import type { BenchNeo4j } from '../lib/benchNeo4j';
import { killGroup, spawnTsx } from '../lib/child';
import { send, type Outcome } from '../lib/httpLoad';
import type { MixTargets } from '../lib/mixedLoad';
import { countAnnotations, runMixedLoad } from '../lib/mixedRun';
import type { Check } from './check';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `count` annotations written one after another with the analyst's token: the data the kill must not lose. */
async function writeNotes(base: string, targets: MixTargets, count: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < count; i++) {
    const relId = targets.relationIds[i % targets.relationIds.length];
    outcomes.push(await send(base, {
      label: 'annotate', method: 'POST', path: `/api/relations/${encodeURIComponent(relId)}/annotations`,
      headers: { authorization: `Bearer ${targets.token}` }, body: { text: `${targets.runTag} before the kill #${i}`, stance: 'note', tags: [targets.runTag] },
    }, undefined, true, 60_000));
  }
  return outcomes;
}

/**
 * Milliseconds from now until `path` answers 200 (polled twice a second), or NaN after `limitMs`.
 * After a kill of Neo4j a read that needs it (search) is asked, not health: health trusts any
 * query answered within the last two seconds and would say 200 for those.
 */
async function untilHealthy(base: string, limitMs: number, path = '/api/health'): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const health = await send(base, { label: 'probe', path }, undefined, false, 5_000);
    if (health.status === 200) return Date.now() - started;
    await sleep(500);
  }
  return NaN;
}

/**
 * kill -9 of Neo4j while 16 analysts read and annotate through the API: the server starts Neo4j
 * again by itself, health answers again, and every annotation acknowledged with 201 is there.
 */
export async function killNeo4j(base: string, neo: BenchNeo4j, targets: MixTargets, seconds: number): Promise<{ check: Check; requests: number; recoveryMs: number; annotations: number }> {
  const before = await writeNotes(base, targets, 20);
  let done = false;
  const load = runMixedLoad(base, targets, 16, 15 * 60_000, 4242, () => done);
  await sleep(seconds * 1000);
  const pid = neo.local.pid;
  console.log(`  kill -9 of Neo4j (process ${pid})…`);
  process.kill(pid, 'SIGKILL');
  const recoveryMs = await untilHealthy(base, 600_000, '/api/search?q=a&limit=1');
  await sleep(seconds * 1000);
  done = true;
  const { outcomes } = await load;
  const counted = await countAnnotations(base, [...before, ...outcomes]);
  return {
    requests: outcomes.length + before.length,
    recoveryMs,
    annotations: counted.acknowledged,
    check: {
      area: 'kill -9',
      name: 'Neo4j killed under load: restarted by the server, nothing acknowledged lost',
      pass: Number.isFinite(recoveryMs) && counted.acknowledged > 0 && counted.lost.length === 0 && neo.local.pid !== pid,
      detail: `reads answer 200 again ${(recoveryMs / 1000).toFixed(1)} s after the kill; annotations ${counted.acknowledged} acknowledged, ${counted.found} found, ${counted.lost.length} lost`,
    },
  };
}

/** `npm start` against the benchmark database, its home (secrets) in a temporary folder. */
async function startServer(config: GraphConfig, port: number, home: string): Promise<ChildProcess> {
  return spawnTsx('bin/start.ts', [], config, { PORT: String(port), GRAPH_VAR_DIR: home, READ_LIMIT_PER_SECOND: '0' });
}

/**
 * kill -9 of the server process while analysts annotate; a new `npm start` serves again, and
 * every annotation acknowledged before the kill is there.
 */
export async function killServer(config: GraphConfig, targets: MixTargets, seconds: number): Promise<{ check: Check; requests: number; restartMs: number; annotations: number }> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'redteam-server-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(config, port, home);
  try {
    if (!Number.isFinite(await untilHealthy(base, 600_000))) throw new Error('the server did not start');
    const before = await writeNotes(base, targets, 20);
    let done = false;
    const load = runMixedLoad(base, targets, 16, 15 * 60_000, 777, () => done);
    await sleep(seconds * 1000);
    console.log('  kill -9 of the server…');
    killGroup(server, 'SIGKILL');
    done = true;
    const { outcomes } = await load;
    const restarted = Date.now();
    server = await startServer(config, port, home);
    const healthy = Number.isFinite(await untilHealthy(base, 600_000));
    const restartMs = Date.now() - restarted;
    const acknowledged: Outcome[] = [...before, ...outcomes].filter((o) => o.status === 201);
    const counted = await countAnnotations(base, acknowledged);
    return {
      requests: outcomes.length + before.length,
      restartMs,
      annotations: counted.acknowledged,
      check: {
        area: 'kill -9',
        name: 'server killed under load: a new start serves, nothing acknowledged lost',
        pass: healthy && counted.acknowledged > 0 && counted.lost.length === 0,
        detail: `a new npm start answered health ${(restartMs / 1000).toFixed(1)} s after starting; annotations ${counted.acknowledged} acknowledged, ${counted.found} found, ${counted.lost.length} lost`,
      },
    };
  } finally {
    killGroup(server, 'SIGTERM');
    await sleep(1_000);
    killGroup(server, 'SIGKILL');
    fs.rmSync(home, { recursive: true, force: true });
  }
}
