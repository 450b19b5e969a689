import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The ingest command as a user runs it (dry run: no Neo4j needed). */

const root = path.resolve(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function ingest(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'bin/ingest.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 170_000,
    env: { ...process.env, NEO4J_URI: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ingest', () => {
  it('ingests the good files, skips the bad ones with a reason, and exits non-zero', () => {
    const good = path.join(dir, 'good.txt');
    fs.writeFileSync(good, '2023 年 11 月，美國宣布制裁北極液化天然氣 2 號（Arctic LNG 2）。\n三井物產持有該專案 10% 股權。\n');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0x06, 0]));
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    const json = path.join(dir, 'out.json');
    const run = ingest(['--dry-run', '--json', json, dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/documents\s+1\b/);
    expect(run.stdout).toMatch(/skipped\s+2/);
    expect(run.stdout).toMatch(/binary\.txt: binary file/);
    expect(run.stdout).toMatch(/empty\.md: empty file/);
    const out = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(out.documents).toHaveLength(1);
    expect(out.documents[0].path).toContain('good.txt');
    expect(Array.isArray(out.entities) && Array.isArray(out.relations) && Array.isArray(out.sources)).toBe(true);

    const clean = ingest(['--dry-run', good]);
    expect(clean.code).toBe(0);
  }, 400_000);

  it('refuses contradictory options with usage and exit code 2', () => {
    const run = ingest(['--reset', '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--reset and --dry-run contradict/);
  }, 200_000);
});
