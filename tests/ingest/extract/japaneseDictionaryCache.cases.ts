import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { dictionaryCacheDir, unzippedDictionaryFile } from '../../../ingest/extract/japanese/dictionaryCache';

/** The Japanese dictionary is unzipped once per machine; every later read gives the same bytes. */
describe('the unzipped dictionary kept between processes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dictionary-'));
  const file = path.join(dir, `test-${process.pid}.dat.gz`);
  const content = Buffer.from(Array.from({ length: 50_000 }, (_, i) => i % 251));

  beforeAll(() => fs.writeFileSync(file, zlib.gzipSync(content)));
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const kept of fs.readdirSync(dictionaryCacheDir()).filter((f) => f.startsWith(`test-${process.pid}.dat.`))) fs.rmSync(path.join(dictionaryCacheDir(), kept), { force: true });
  });

  test('the first read unzips and keeps a copy; later reads give the same bytes', () => {
    expect(Buffer.from(unzippedDictionaryFile(file)).equals(content)).toBe(true);
    expect(Buffer.from(unzippedDictionaryFile(file)).equals(content)).toBe(true);
  });

  test('a copy of the wrong size (cut short) is not used', () => {
    unzippedDictionaryFile(file);
    const kept = fs.readdirSync(dictionaryCacheDir()).filter((f) => f.startsWith(`test-${process.pid}.dat.`));
    expect(kept.length).toBe(1);
    const copy = path.join(dictionaryCacheDir(), kept[0]);
    fs.writeFileSync(copy, content.subarray(0, 1000));
    expect(Buffer.from(unzippedDictionaryFile(file)).equals(content)).toBe(true);
    fs.rmSync(copy, { force: true });
  });
});
