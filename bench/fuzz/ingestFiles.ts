import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { Random } from '../synthetic/random';

export interface FuzzFile {
  name: string;
  /** What the ingest should do with it. */
  expect: 'skip' | 'ingest' | 'either';
  what: string;
}

const goodText = '日本與俄羅斯的能源合作。\n\n三井物產持有北極液化天然氣2號10%的股權。美國於2023年11月宣布對北極液化天然氣2號實施制裁。\n';

/**
 * Broken and hostile inputs for the ingest, written to DIR next to one good file, so a run
 * shows each bad file skipped (or ingested) with a clear message and the good one unaffected.
 * `bigLineMB` sizes the single-line file (50 in the full run; small in CI).
 */
export function writeIngestFuzzFiles(dir: string, bigLineMB: number, seed = 99): FuzzFile[] {
  const random = new Random(seed);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files: FuzzFile[] = [];
  const put = (name: string, data: string | Buffer, expect: FuzzFile['expect'], what: string) => {
    fs.writeFileSync(path.join(dir, name), data);
    files.push({ name, expect, what });
  };
  put('a-good.txt', goodText, 'ingest', 'a well-formed UTF-8 paper (must go in whatever the others do)');
  put('random-bytes.txt', Buffer.from(Array.from({ length: 64 * 1024 }, () => random.int(256))), 'skip', '64 KB of random bytes');
  const utf8 = Buffer.from(goodText.repeat(20));
  // Cut inside a three-byte character: the last character is incomplete.
  put('truncated-utf8.txt', utf8.subarray(0, utf8.length - 2), 'either', 'UTF-8 cut in the middle of a character');
  put('mixed-encodings.txt', Buffer.concat([iconv.encode(goodText, 'gbk'), iconv.encode(goodText, 'big5'), Buffer.from(goodText)]), 'either', 'GBK, Big5 and UTF-8 in one file');
  put('zero-bytes.txt', Buffer.alloc(0), 'skip', 'an empty (0-byte) file');
  put('only-whitespace.md', ' \n\t\n   \n', 'skip', 'whitespace only');
  put('nul-bytes.txt', Buffer.concat([Buffer.from(goodText), Buffer.alloc(4096), Buffer.from(goodText)]), 'either', 'text with a run of NUL bytes');
  put('deep-nesting.html', `<html><body>${'<div>'.repeat(20000)}日本與俄羅斯的能源合作。${'</div>'.repeat(20000)}</body></html>`, 'either', 'HTML nested 20,000 levels deep');
  put('unclosed.html', `<html><body>${'<p><b><i>'.repeat(5000)}三井物產持有北極液化天然氣2號10%的股權。<script>alert(1)</script>`, 'either', 'HTML with 15,000 unclosed tags and a script');
  put('utf16-no-bom.txt', iconv.encode(goodText, 'utf16-le'), 'either', 'UTF-16LE without a BOM');
  put('binary.txt', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 8192 }, () => random.int(256)))]), 'skip', 'a PDF body renamed .txt');
  // Written in chunks: one 50 MB line without holding it in this process twice.
  const big = path.join(dir, 'single-line.txt');
  const fd = fs.openSync(big, 'w');
  const chunk = Buffer.from('能源合作與制裁，'.repeat(4096));
  for (let written = 0; written < bigLineMB * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  files.push({ name: 'single-line.txt', expect: 'either', what: `${bigLineMB} MB on a single line` });
  return files;
}
