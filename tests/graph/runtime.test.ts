import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../graph/connection';
import { openGraph } from '../../graph/runtime';
import { documentId } from '../../ingest/meta';
import { testGraph } from '../helpers/graph';

/**
 * A second tool beside a running local Neo4j attaches to it instead of failing on its taken port,
 * and leaves it running when done. The running Neo4j is the test run's own, started by
 * tests/globalSetup.ts with the runtime's start in a temporary home; with an external NEO4J_URI
 * there is no local home to attach to and these tests are skipped.
 */

const root = path.resolve(__dirname, '..', '..');
const home = process.env.TEST_NEO4J_HOME;
const local = home ? it : it.skip;
const boltPort = new URL(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:0').port;
/** The environment of a user's shell on that home: no NEO4J_URI, the local Bolt port. */
const localEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME_DIR: home, NEO4J_BOLT_PORT: boltPort };
  delete env.NEO4J_URI;
  delete env.NEO4J_USER;
  delete env.NEO4J_PASSWORD;
  return env;
};

let graph: Graph;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-attach-'));
const file = path.join(dir, 'attached-ingest.txt');

beforeAll(() => {
  graph = testGraph();
});

afterAll(async () => {
  await graph.writeRows('MATCH (d:Document {id: $id}) OPTIONAL MATCH (ev:Evidence)-[:IN]->(d) DETACH DELETE d, ev', { id: documentId(file) });
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

local('openGraph attaches to the local Neo4j already running on its home, and closing leaves it running', async () => {
  const lines: string[] = [];
  const opened = await openGraph({ env: localEnv(), log: (line) => lines.push(line) });
  try {
    expect(opened.source).toBe('attached');
    expect(opened.local).toBeUndefined();
    expect(opened.graph.config.uri).toBe(process.env.NEO4J_URI);
    expect(lines.join('\n')).toMatch(/already running at bolt:\/\/127\.0\.0\.1:\d+ \(started by process \d+\)/);
    const [{ one }] = await opened.graph.readRows<{ one: number }>('RETURN 1 AS one');
    expect(one).toBe(1);
  } finally {
    await opened.close();
  }
  await expect(graph.verify()).resolves.toBeUndefined();
});

local('npm run ingest beside the running Neo4j writes into it and exits 0; the Neo4j keeps running', async () => {
  fs.writeFileSync(file, 'The quarterly meeting of the committee was held in the afternoon.\nMinutes were taken.\n');
  const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'bin/ingest.ts', file], { cwd: root, env: localEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.stringMatching(/Using the local Neo4j already running at/) });
  expect(run.stderr).not.toMatch(/is taken/);
  expect(run.stdout).toMatch(/documents\s+1 \(1 written/);
  // The document is in the database the explorer reads, and that database still answers.
  const [doc] = await graph.readRows<{ id: string }>('MATCH (d:Document {id: $id}) RETURN d.id AS id', { id: documentId(file) });
  expect(doc?.id).toBe(documentId(file));
}, 180_000);
