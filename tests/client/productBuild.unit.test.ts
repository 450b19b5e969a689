import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The explorer users get carries no benchmark or test hooks; the bench build does. */

const root = path.resolve(__dirname, '..', '..');
const config = path.join(root, 'client', 'vite.config.ts');

function build(mode: 'production' | 'bench'): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `explorer-${mode}-`));
  // Vite is an ES module; a plain Node process loads it where Jest's module system would not.
  const script = `require('vite').build({ configFile: ${JSON.stringify(config)}, mode: ${JSON.stringify(mode)}, logLevel: 'silent', build: { outDir: ${JSON.stringify(outDir)}, emptyOutDir: true } }).catch((e) => { console.error(e); process.exit(1); })`;
  execFileSync(process.execPath, ['-e', script], { cwd: root, stdio: 'pipe', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  return outDir;
}

function bundleText(dir: string): string {
  const assets = path.join(dir, 'assets');
  return fs.readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(assets, f), 'utf8')).join('\n');
}

test('the product build leaves the harness out; the bench build has it', () => {
  const product = build('production');
  const bench = build('bench');
  try {
    expect(bundleText(product)).not.toMatch(/loadSynthetic|__explorer/);
    expect(bundleText(bench)).toMatch(/loadSynthetic/);
  } finally {
    fs.rmSync(product, { recursive: true, force: true });
    fs.rmSync(bench, { recursive: true, force: true });
  }
}, 120_000);
