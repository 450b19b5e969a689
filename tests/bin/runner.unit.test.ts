import { spawn } from 'node:child_process';
import path from 'node:path';
import { describeFailure, EXIT } from '../../bin/runner';
import { SetupError, UsageError } from '../../graph/neo4j/errors';

/** Every command-line tool ends the same way: 0 done, 1 failed work (cause + remedy), 2 bad usage. */

const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function tool(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, script, ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('describeFailure', () => {
  it('bad usage: the message and the usage, exit 2', () => {
    const { text, code } = describeFailure(new UsageError('unknown option --x', 'Usage: tool [--y]'));
    expect(code).toBe(EXIT.usage);
    expect(text).toBe('Error: unknown option --x\n\nUsage: tool [--y]');
  });

  it('a setup problem: cause and remedy, exit 1', () => {
    const { text, code } = describeFailure(new SetupError('Java was not found.', 'Install a JDK 17+.'));
    expect(code).toBe(EXIT.failed);
    expect(text.split('\n')).toEqual(['Error: Java was not found.', 'Remedy: Install a JDK 17+.']);
  });

  it('anything else: the cause, a remedy line and the trace, exit 1', () => {
    const { text, code } = describeFailure(new TypeError('x is undefined'));
    expect(code).toBe(EXIT.failed);
    expect(text).toMatch(/^Error: x is undefined\nRemedy: .+\n\nTypeError: x is undefined\n\s+at /);
  });
});

describe('the command-line tools', () => {
  it('exit 2 with the usage on bad usage, before touching anything', async () => {
    const runs = await Promise.all([
      tool('bin/ingest.ts', ['--no-such-option']),
      tool('bin/eval.ts', ['--no-such-option']),
      tool('bin/user.ts', ['frobnicate']),
      tool('bin/neo4j.ts', ['restart']),
      tool('bin/bench.ts', ['no-such-benchmark']),
    ]);
    for (const run of runs) {
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/^Error: .+\n\nUsage: /) });
    }
  }, 120_000);

  it('ingest keeps the remedy line of a setup error and exits 1', async () => {
    const run = await tool('bin/ingest.ts', ['data/corpus'], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Error: Neo4j at bolt:\/\/127\.0\.0\.1:1 is unreachable.*\nRemedy: Check NEO4J_URI/m);
  }, 120_000);
});
