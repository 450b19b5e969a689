/**
 * `npm test`: the type check, the unit tier and the integration files, side by side.
 * One after another they took the sum of their times; but the integration files spend much of
 * theirs waiting — on Neo4j, on Chromium, on child processes — so on two cores they fit beside
 * each other and beside the type check and the unit tier. So:
 *   - the run's one throwaway Neo4j and one headless Chromium start while the type check runs
 *     (the Neo4j start is most of a minute of waiting); every jest run gets both through the
 *     environment (NEO4J_URI, TEST_CHROMIUM_WS_ENDPOINT);
 *   - `isolated` (files no other file's data can disturb: see jest.config.js) runs beside
 *     everything else, in two lanes: the files that start Neo4j servers of their own one after
 *     another (two JVM starts at once outlast the start's time limit on a busy machine), the
 *     others one after another beside them;
 *   - the `integration` files share the sample corpus, so they run in the groups of
 *     tests/integrationGroups.json: first those that must run alone (they re-ingest or reset the
 *     corpus, add to it, or read the whole graph), one after another; then the `concurrent`
 *     files (corpus readers and the like), two at a time, beside the `ownData` files, one at a time;
 *   - the unit tier follows the type check, beside them.
 * The first integration group's output is shown as it comes (a hang shows where it is), then
 * the own-data group's; the others are shown whole when each ends, so no lines interleave.
 * Every part runs; the exit code is non-zero if any failed. Options after `--` go to every jest
 * run (e.g. `npm test -- --silent`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { BrowserServer } from 'playwright-core';
import { Graph } from '../graph/connection';
import { ensureClientBuilt } from './helpers/browser';
import { startSharedChromium } from './helpers/chromium';
import { ensureSampleCorpus } from './helpers/corpus';
import { prepareTestDatabase, startTestNeo4j, type TestNeo4j } from './helpers/testNeo4j';
import { integrationGroups, pathPattern } from './integrationGroups';

const root = path.resolve(__dirname, '..');
const jest = path.join(root, 'node_modules', '.bin', 'jest');
const extra = process.argv.slice(2);

interface Part {
  name: string;
  code: number;
  seconds: number;
}

/** Runs one command; `live` shows its output as it comes, else it is shown whole at the end. */
function run(name: string, command: string, args: string[], opts: { live: boolean; env?: Record<string, string> }): Promise<Part> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: opts.live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...opts.env, ...(opts.live ? {} : { FORCE_COLOR: '0' }) },
    });
    const output: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => output.push(d));
    child.stderr?.on('data', (d: Buffer) => output.push(d));
    let ended = false;
    const finish = (code: number) => {
      if (ended) return;
      ended = true;
      const seconds = (performance.now() - started) / 1000;
      if (!opts.live) process.stdout.write(`\n──── ${name} (${seconds.toFixed(0)} s) ────\n${Buffer.concat(output).toString()}──── end of ${name} ────\n\n`);
      resolve({ name, code, seconds });
    };
    child.once('error', (err) => {
      output.push(Buffer.from(`${err.message}\n`));
      finish(1);
    });
    child.once('close', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

/** The sample corpus in place before the concurrent files start, so that none of them ingests it (two at once would race). */
async function sampleCorpusReady(env: TestNeo4j['env']): Promise<void> {
  const graph = new Graph({ uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD });
  try {
    await ensureSampleCorpus(graph);
  } finally {
    await graph.close();
  }
}

async function integration(neo4j: Promise<TestNeo4j>, chromium: Promise<BrowserServer>): Promise<Part[]> {
  const started = performance.now();
  const failed = (what: string, err: unknown): Part[] => {
    console.error(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    return [{ name: `integration tiers (${what})`, code: 1, seconds: (performance.now() - started) / 1000 }];
  };
  let server: TestNeo4j;
  try {
    server = await neo4j;
  } catch (err) {
    return failed('The test Neo4j did not start', err);
  }
  try {
    // Only the jest runs get the NEO4J_* variables: the unit tier's tools must not find a database.
    const env = { ...server.env, TEST_NEO4J_PREPARED: '1', TEST_CHROMIUM_WS_ENDPOINT: (await chromium).wsEndpoint() };
    const groups = integrationGroups();
    await prepareTestDatabase({ ...process.env, ...env });
    console.log(`Test Neo4j ready at ${env.NEO4J_URI} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const project = (files: string[], workers: string[]) => ['--selectProjects', 'integration', ...workers, '--testPathPatterns', pathPattern(files), ...extra];
    const isolated = Promise.all([
      run('isolated files with a Neo4j of their own', jest, ['--selectProjects', 'isolated', '--runInBand', '--testPathPatterns', pathPattern(groups.ownNeo4j), ...extra], { live: false, env }),
      run('other isolated files', jest, ['--selectProjects', 'isolated', '--runInBand', '--testPathPatterns', pathPattern(groups.isolatedRest), ...extra], { live: false, env }),
    ]);
    // What the first browser file would otherwise do inside its time limits: build the explorer
    // and ingest the sample corpus.
    ensureClientBuilt();
    await sampleCorpusReady(server.env);
    const alone = await run('integration files that run alone', jest, project(groups.alone, ['--runInBand']), { live: true, env });
    // Put back if a file that ran alone failed before restoring it.
    await sampleCorpusReady(server.env);
    const beside = await Promise.all([
      run('integration files two at a time', jest, project(groups.concurrent, ['--maxWorkers=2']), { live: false, env }),
      run('integration files with their own data, one at a time', jest, project(groups.ownData, ['--runInBand']), { live: true, env }),
    ]);
    return [alone, ...beside, ...(await isolated)];
  } catch (err) {
    return failed('set-up', err);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const neo4j = startTestNeo4j();
  const chromium = startSharedChromium();
  // A start that fails is reported by the integration part; this keeps it from going unhandled meanwhile.
  neo4j.catch(() => undefined);
  chromium.catch(() => undefined);
  const stopChromium = () => chromium.then((browser) => browser.close(), () => undefined);
  // Ctrl-C or a CI timeout: the jest runs get the signal too; the Neo4j and Chromium are ours to stop.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.all([neo4j.then((server) => server.stop(), () => undefined), stopChromium()]).finally(() => process.exit(130));
    });
  }
  const integrationParts = integration(neo4j, chromium).finally(stopChromium);
  const typecheck = await run('type check', 'npm', ['run', '--silent', 'typecheck'], { live: false });
  const unit = await run('unit tier', jest, ['--selectProjects', 'unit', ...extra], { live: false });
  const parts = [typecheck, unit, ...(await integrationParts)];
  const total = (performance.now() - started) / 1000;
  console.log(parts.map((p) => `${p.code === 0 ? 'passed' : 'FAILED'}  ${p.name} (${p.seconds.toFixed(0)} s)`).join('\n'));
  console.log(`npm test: ${Math.floor(total / 60)} min ${Math.round(total % 60)} s`);
  return parts.some((p) => p.code !== 0) ? 1 : 0;
}

void main().then((code) => process.exit(code));
