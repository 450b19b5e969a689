import crypto from 'node:crypto';
import path from 'node:path';
import type { Lang } from './model';
import { readCatalog } from './corpus';
import { simplifiedText as simplified } from './extract/script';

/** Document identity, language and title: what the Document node says about a file. */

const projectRoot = path.resolve(__dirname, '..');

/**
 * Stable per file location (not content), so a changed file replaces its own evidence.
 * Files inside the project are named by their project-relative path, so it doesn't matter
 * from which folder the ingest was started.
 */
export function documentId(filePath: string): string {
  return crypto.createHash('sha256').update(documentKey(filePath)).digest('hex').slice(0, 16);
}

export function documentKey(filePath: string): string {
  const abs = path.resolve(filePath);
  const rel = path.relative(projectRoot, abs);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
}

export function contentHash(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

export { simplified };

/** The dominant script decides; traditional vs simplified by how much t→s conversion changes. */
export function detectLang(text: string): Lang {
  const sample = text.slice(0, 20000);
  let han = 0;
  let kana = 0;
  let cyrillic = 0;
  let latin = 0;
  // Code units, not regexes per character: this runs on every document. Surrogates fall in none
  // of the ranges, as the astral characters they form did not.
  const hanChars: string[] = [];
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      han++;
      hanChars.push(sample[i]);
    } else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  const total = han + kana + cyrillic + latin;
  if (total === 0) return 'und';
  if (kana > han * 0.15 && kana > 20) return 'ja';
  if (han >= Math.max(cyrillic, latin / 3)) {
    const hanOnly = hanChars.join('');
    const changed = countDifferences(hanOnly, simplified(hanOnly));
    return changed / Math.max(1, hanOnly.length) > 0.02 ? 'zh-Hant' : 'zh-Hans';
  }
  if (cyrillic > latin) return 'ru';
  return 'en';
}

function countDifferences(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n;
}

export interface DocumentMeta {
  title: string;
  author: string | null;
  lang?: Lang;
}

/**
 * catalog.json beside the file names known papers; otherwise what the file's own metadata says
 * (PDF information, <meta> tags); otherwise the first heading or line.
 */
export function documentMeta(filePath: string, firstLine: string, given: { title?: string; author?: string } = {}): DocumentMeta {
  const entry = readCatalog(path.dirname(path.resolve(filePath))).get(path.basename(filePath));
  if (entry) return { title: entry.title, author: entry.author, lang: entry.lang as Lang };
  if (given.title) return { title: given.title.slice(0, 200), author: given.author ?? null };
  const title = firstLine.replace(/^#+\s*/, '').replace(/\*\*|__/g, '').trim().slice(0, 200);
  return { title: ownCopy(title) || path.basename(filePath), author: given.author ?? null };
}

/**
 * A string that holds only its own characters. A slice of the first line is a view into the
 * whole document text, and the title outlives the document (the report keeps it): without a
 * copy every document's full text would stay in memory until the run ends.
 */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
