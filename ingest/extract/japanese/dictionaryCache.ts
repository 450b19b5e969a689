import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { varDir } from '../../../graph/neo4j/paths';

/**
 * The Japanese dictionary's files, unzipped. kuromoji ships them gzipped (17 MB → 100 MB);
 * unzipping costs about a second of CPU in every process that reads Japanese. The first process
 * keeps the unzipped copy in the product's own var/cache folder (not the shared temporary folder,
 * where another account could leave a doctored copy), and later ones read that (a few tens of
 * milliseconds). A copy is used only when its size is the one the gzip file records,
 * and is written under a temporary name and renamed, so a reader never sees half a file;
 * anything that fails falls back to unzipping.
 */
export function unzippedDictionaryFile(file: string): ArrayBuffer {
  const zipped = fs.readFileSync(file);
  const cached = cachePath(file, zipped);
  if (cached) {
    try {
      const bytes = fs.readFileSync(cached);
      if (bytes.byteLength === recordedSize(zipped)) return wholeBuffer(bytes);
    } catch {
      // Not cached yet (or unreadable): unzip below.
    }
  }
  const bytes = zlib.gunzipSync(zipped, { chunkSize: 1 << 22 });
  if (cached) keep(cached, bytes);
  return wholeBuffer(bytes);
}

/** ISIZE, the last four bytes of a gzip file: the unzipped size modulo 2^32. */
function recordedSize(zipped: Buffer): number {
  return zipped.readUInt32LE(zipped.byteLength - 4);
}

/** Where the unzipped copies are kept. */
export function dictionaryCacheDir(): string {
  return path.join(varDir, 'cache', 'japanese-dictionary');
}

/** One cache folder per dictionary build: named by the zipped files' sizes and times. */
function cachePath(file: string, zipped: Buffer): string | undefined {
  try {
    const stat = fs.statSync(file);
    return path.join(dictionaryCacheDir(), `${path.basename(file, '.gz')}.${zipped.byteLength}.${Math.floor(stat.mtimeMs)}`);
  } catch {
    return undefined;
  }
}

function keep(target: string, bytes: Buffer): void {
  const partial = `${target}.${process.pid}.partial`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, target);
  } catch {
    // A read-only or full disk: the next process unzips again.
    fs.rmSync(partial, { force: true });
  }
}

/** The bytes as an ArrayBuffer of their own (no copy when the Buffer already owns one). */
function wholeBuffer(bytes: Buffer): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer as ArrayBuffer;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
