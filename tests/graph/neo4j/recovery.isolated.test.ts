import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../graph/neo4j/local';
import { isAlive, readRunningRecord } from '../../../graph/neo4j/running';
import { neo4jProcessesOf } from '../../../graph/neo4j/orphans';
import { openGraph, type OpenGraph } from '../../../graph/runtime';
import { createApp } from '../../../server/app';
import { healthTiming } from '../../../graph/health';
import request from 'supertest';

/**
 * Crash recovery with a real local Neo4j of this file's own (never the shared test database):
 * the server that started it is killed (kill -9) and the next start reclaims the orphan instead
 * of failing "Bolt port taken"; then Neo4j itself is killed and the server starts it again.
 */

jest.setTimeout(900_000);

const root = path.resolve(__dirname, '..', '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'recovery-neo4j-'));
let env: NodeJS.ProcessEnv;
let opened: OpenGraph | undefined;
const lines: string[] = [];

beforeAll(async () => {
  // A password that looks like an option (as one in 64 generated ones once did) must still be set.
  fs.writeFileSync(path.join(home, 'password'), '-looks-like-an-option-1234\n', { mode: 0o600 });
  env = { ...process.env, NEO4J_HOME_DIR: home, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', NEO4J_PASSWORD_FILE: path.join(home, 'password') };
  delete env.NEO4J_URI;
});

afterAll(async () => {
  await opened?.close();
  for (const pid of neo4jProcessesOf(home)) process.kill(pid, 'SIGKILL');
  fs.rmSync(home, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A server-like process that starts the local Neo4j and keeps it, until killed. */
function startOwner(): Promise<void> {
  const child = spawn(tsx, [path.join(root, 'tests', 'helpers', 'neo4jOwner.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('READY')) resolve();
    });
    child.once('exit', (c) => reject(new Error(`owner exited ${c}: ${err.slice(-800)}`)));
  });
}

async function answers(o: OpenGraph): Promise<boolean> {
  try {
    await o.graph.read((tx) => tx.run('RETURN 1'), 2_000, 3_000);
    return true;
  } catch {
    return false;
  }
}

test('a start after the server was killed stops its orphaned Neo4j and starts its own', async () => {
  await startOwner();
  // The server process itself (tsx runs it in a child of its own): the one the record names.
  const { pid: orphan, ownerPid } = readRunningRecord(home)!;
  expect(isAlive(orphan)).toBe(true);
  process.kill(ownerPid, 'SIGKILL');
  await sleep(500);
  expect(isAlive(orphan)).toBe(true); // kill -9 of the server leaves its Neo4j behind

  const started = Date.now();
  opened = await openGraph({ env, restartOnCrash: true, log: (line) => lines.push(line) });
  console.log(`orphan reclaimed and a new Neo4j started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(opened.source).toBe('started');
  expect(lines.join('\n')).toMatch(/Stopping the local Neo4j left running .*process \d+/);
  expect(isAlive(orphan)).toBe(false);
  expect(await answers(opened)).toBe(true);
});

test('kill -9 of the Neo4j the server started: it is started again and answers', async () => {
  const o = opened!;
  const first = o.local!.pid;
  process.kill(first, 'SIGKILL');
  const killed = Date.now();
  let back = 0;
  while (Date.now() - killed < 300_000) {
    await sleep(1_000);
    if (o.local!.pid !== first && (await answers(o))) {
      back = Date.now() - killed;
      break;
    }
  }
  console.log(`Neo4j answered again ${(back / 1000).toFixed(1)} s after kill -9`);
  expect(back).toBeGreaterThan(0);
  expect(lines.join('\n')).toMatch(/ended unexpectedly \(SIGKILL\); starting it again/);
  expect(readRunningRecord(home)?.pid).toBe(o.local!.pid);
});

test('a stopped (SIGSTOP) Neo4j: /api/health answers 503 within seconds, and 200 once it runs again', async () => {
  const o = opened!;
  const app = createApp({ graph: o.graph });
  expect((await request(app).get('/api/health')).status).toBe(200);
  const pid = o.local!.pid;
  process.kill(pid, 'SIGSTOP');
  try {
    // Health trusts a proof (from its background watch) of an answer in the last few seconds;
    // after that it waits for the watch's check, which the stopped Neo4j never answers.
    await sleep(healthTiming.trustMs + 500);
    const asked = Date.now();
    const frozen = await request(app).get('/api/health');
    const waited = Date.now() - asked;
    console.log(`health answered ${frozen.status} in ${waited} ms while Neo4j was stopped`);
    expect(frozen.status).toBe(503);
    expect(frozen.body.error.message).toMatch(/did not answer/);
    expect(waited).toBeLessThan(8_000);
  } finally {
    process.kill(pid, 'SIGCONT');
  }
  let healthy = false;
  for (let i = 0; i < 60 && !healthy; i++) {
    await sleep(1_000);
    healthy = (await request(app).get('/api/health')).status === 200;
  }
  expect(healthy).toBe(true);
});
