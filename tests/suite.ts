/**
 * `npm test`: the type check, the unit tier and the integration tier, with the integration tier
 * started first and the other two running beside it. The integration tier spends most of its
 * time waiting — on its Neo4j starting, on queries, on Chromium — while the type check and the
 * unit tier are pure computation, so on two cores running them side by side takes little more
 * than the integration tier alone, where one after the other took the sum of all three.
 *
 * The integration tier's output is shown as it comes (a hang shows where it is); the other two
 * are shown whole when each ends, so no lines interleave. Exits non-zero if any part fails, after
 * all have run. Options after `--` go to both jest runs (e.g. `npm test -- --silent`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const extra = process.argv.slice(2);

interface Part {
  name: string;
  code: number;
  seconds: number;
}

/** Runs one command; `live` shows its output as it comes, else it is shown whole at the end. */
function run(name: string, command: string, args: string[], live: boolean): Promise<Part> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
    const output: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => output.push(d));
    child.stderr?.on('data', (d: Buffer) => output.push(d));
    const finish = (code: number) => {
      const seconds = (performance.now() - started) / 1000;
      if (!live) process.stdout.write(`\n──── ${name} (${seconds.toFixed(0)} s) ────\n${Buffer.concat(output).toString()}\n──── end of ${name} ────\n\n`);
      resolve({ name, code, seconds });
    };
    child.once('error', (err) => {
      output.push(Buffer.from(`${err.message}\n`));
      finish(1);
    });
    child.once('close', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const started = performance.now();
  const integration = run('integration tier', bin('jest'), ['--selectProjects', 'integration', '--runInBand', ...extra], true);
  const typecheck = await run('type check', 'npm', ['run', '--silent', 'typecheck'], false);
  const unit = await run('unit tier', bin('jest'), ['--selectProjects', 'unit', ...extra], false);
  const parts = [typecheck, unit, await integration];
  const total = (performance.now() - started) / 1000;
  console.log(parts.map((p) => `${p.code === 0 ? 'passed' : 'FAILED'}  ${p.name} (${p.seconds.toFixed(0)} s)`).join('\n'));
  console.log(`npm test: ${Math.floor(total / 60)} min ${Math.round(total % 60)} s`);
  return parts.some((p) => p.code !== 0) ? 1 : 0;
}

void main().then((code) => process.exit(code));
