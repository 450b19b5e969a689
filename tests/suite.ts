/**
 * `npm test`: the type check, the unit tier and the two integration projects, side by side.
 * One after another they took the sum of their times; but the integration files spend most of
 * theirs waiting — on Neo4j, on Chromium, on child processes — while the type check and the unit
 * tier compute, so on two cores they fit beside each other. So:
 *   - the run's one throwaway Neo4j starts while the type check runs (its start is most of a
 *     minute of waiting), and both integration projects get it through NEO4J_URI;
 *   - `integration` (the files sharing the sample corpus, one after another) and `isolated`
 *     (files no other file's data can disturb: see jest.config.js) run at once;
 *   - the unit tier follows the type check, beside them;
 *   - the `integration` files that drive a browser connect to one Chromium, started by that
 *     project's global setup (tests/integrationSetup.ts), rather than each launching its own.
 * The `integration` output is shown as it comes (a hang shows where it is); the others are shown
 * whole when each ends, so no lines interleave. Every part runs; the exit code is non-zero if
 * any failed. Options after `--` go to every jest run (e.g. `npm test -- --silent`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { prepareTestDatabase, startTestNeo4j, type TestNeo4j } from './helpers/testNeo4j';

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

async function integration(neo4j: Promise<TestNeo4j>): Promise<Part[]> {
  const started = performance.now();
  const failed = (err: unknown): Part[] => {
    console.error(`The test Neo4j did not start: ${err instanceof Error ? err.message : String(err)}`);
    return [{ name: 'integration tiers (Neo4j start)', code: 1, seconds: (performance.now() - started) / 1000 }];
  };
  let server: TestNeo4j;
  try {
    server = await neo4j;
  } catch (err) {
    return failed(err);
  }
  // Only the jest runs get the NEO4J_* variables: the unit tier's tools must not find a database.
  const env = { ...server.env, TEST_NEO4J_PREPARED: '1' };
  try {
    await prepareTestDatabase({ ...process.env, ...env });
    console.log(`Test Neo4j ready at ${env.NEO4J_URI} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return await Promise.all([
      run('integration', jest, ['--selectProjects', 'integration', '--runInBand', ...extra], { live: true, env }),
      run('isolated integration files', jest, ['--selectProjects', 'isolated', '--runInBand', ...extra], { live: false, env }),
    ]);
  } catch (err) {
    return failed(err);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const neo4j = startTestNeo4j();
  // A start that fails is reported by the integration part; this keeps it from going unhandled meanwhile.
  neo4j.catch(() => undefined);
  // Ctrl-C or a CI timeout: the jest runs get the signal too; the Neo4j is ours to stop.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void neo4j.then((server) => server.stop(), () => undefined).finally(() => process.exit(130));
    });
  }
  const integrationParts = integration(neo4j);
  const typecheck = await run('type check', 'npm', ['run', '--silent', 'typecheck'], { live: false });
  const unit = await run('unit tier', jest, ['--selectProjects', 'unit', ...extra], { live: false });
  const parts = [typecheck, unit, ...(await integrationParts)];
  const total = (performance.now() - started) / 1000;
  console.log(parts.map((p) => `${p.code === 0 ? 'passed' : 'FAILED'}  ${p.name} (${p.seconds.toFixed(0)} s)`).join('\n'));
  console.log(`npm test: ${Math.floor(total / 60)} min ${Math.round(total % 60)} s`);
  return parts.some((p) => p.code !== 0) ? 1 : 0;
}

void main().then((code) => process.exit(code));
