import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { varDir } from '../../graph/neo4j/paths';
import { listInputFiles } from '../../ingest/load/files';
import { reportText } from '../../ingest/reportText';
import { runIngest } from '../../ingest/run';
import type { Check } from './check';

/**
 * The crafted documents of the probe: a folder with a link to the product's secrets, links that
 * loop, names carrying markup and terminal escapes, a file over the size limit and HTML nested a
 * hundred thousand deep. Each goes through the product's own walk and (dry-run) ingest.
 */
export async function craftedDocuments(): Promise<Check[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'redteam-docs-'));
  const docs = path.join(root, 'docs');
  fs.mkdirSync(path.join(docs, 'loop'), { recursive: true });
  fs.writeFileSync(path.join(docs, 'a.txt'), 'Japan imports LNG from Qatar under a 2022 agreement.\n');
  fs.writeFileSync(path.join(docs, 'loop', 'b.md'), '# B\n\nRussia exports gas to China through Power of Siberia.\n');
  fs.symlinkSync(path.join(varDir, 'secrets', 'admin-password'), path.join(docs, 'admin-password.txt'));
  fs.symlinkSync(varDir, path.join(docs, 'product-home'));
  fs.symlinkSync('..', path.join(docs, 'loop', 'up'));
  fs.symlinkSync('.', path.join(docs, 'self'));
  fs.symlinkSync('.', path.join(docs, 'self-too'));
  const markupName = path.join(docs, '<img src=x onerror=alert(1)>.txt');
  fs.writeFileSync(markupName, 'Qatar ships LNG.\n');
  const ansiName = path.join(docs, '\u001b[2J\u001b]0;owned\u0007report.xyz');
  fs.writeFileSync(ansiName, 'not a document');
  const huge = path.join(docs, 'huge.txt');
  fs.writeFileSync(huge, '');
  fs.truncateSync(huge, 9 * 1024 * 1024);
  fs.writeFileSync(path.join(docs, 'deep.html'), `${'<div><span>'.repeat(100_000)}Deep text about Qatar LNG.${'</span></div>'.repeat(100_000)}`);

  const checks: Check[] = [];
  const check = (name: string, pass: boolean, detail: string) => checks.push({ area: 'crafted documents', name, pass, detail });
  const started = Date.now();
  const plain = listInputFiles([docs, ansiName]);
  const followed = listInputFiles([docs], { followSymlinks: true });
  const names = (files: string[]) => files.map((f) => path.relative(docs, f)).sort();
  const home = fs.realpathSync(varDir);
  const named = listInputFiles([varDir]);
  const readsHome = [...plain.files, ...followed.files].some((f) => f.includes('admin-password') || f.includes('product-home') || fs.realpathSync(f).startsWith(home + path.sep));
  check('links to var/ (its secrets, the folder itself) and var/ named outright: nothing read', !readsHome && named.files.length === 0,
    `link: ${followed.skipped.find((s) => s.path.includes('product-home'))?.reason ?? 'listed!'}; named: ${named.skipped[0]?.reason ?? 'listed!'}`);
  const expected = ['<img src=x onerror=alert(1)>.txt', 'a.txt', 'deep.html', 'huge.txt', path.join('loop', 'b.md')].sort();
  check('loops (loop/up → .., two self-links) finish, each file once', JSON.stringify(names(followed.files)) === JSON.stringify(expected), `${followed.files.length} files with --follow-symlinks, ${plain.files.length} without`);
  const report = await runIngest({ inputs: [docs, ansiName], extract: false, followSymlinks: true });
  const text = reportText(report, true);
  check('escape codes in file names never reach the terminal', !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text), 'report shows \\x1b[2J… as text');
  check('file over the size limit skipped with its reason', report.skipped.some((s) => s.path === huge && /too large/.test(s.reason)), report.skipped.find((s) => s.path === huge)?.reason ?? 'not skipped');
  check('HTML nested 100,000 deep read', report.aggregate.toJson().documents.some((d) => d.path.endsWith('deep.html')), `dry run of ${report.aggregate.toJson().documents.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  fs.rmSync(root, { recursive: true, force: true });
  return checks;
}
