import crypto from 'node:crypto';
import { nameKey } from './script';

/**
 * Stable ids. An entity's id comes from its canonical key (the lexicon key, the slug of its
 * English name, or a hash of its simplified name), so the same thing named in another document
 * or a re-ingest gets the same id. A relation's id comes from subject, type, object (and date
 * when given), so annotations that point at it survive re-ingest.
 */

function hash(text: string, length = 16): string {
  // One-shot hashing (same digest as createHash) where Node has it: ids are made for every edge.
  const digest = typeof crypto.hash === 'function' ? crypto.hash('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');
  return digest.slice(0, length);
}

export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Id of an entity found in text but not in the lexicon. */
export function discoveredEntityId(englishName: string | undefined, name: string): string {
  const fromEnglish = englishName ? slug(englishName) : '';
  if (fromEnglish.length >= 2) return fromEnglish;
  return `n-${hash(nameKey(name), 12)}`;
}

/**
 * Extraction keys an edge by (subject, type, object) and calls this without a date, so one edge
 * gathers every sentence that states it; pass a date only to keep dated edges apart.
 */
export function relationId(subjectId: string, type: string, objectId: string, date?: string): string {
  const key = [subjectId, type, objectId, date ?? ''].join('\u0000');
  // The same pairs recur across documents (states, their projects and firms): ids are kept.
  let id = relationIds.get(key);
  if (id === undefined) {
    id = `r-${hash(key)}`;
    if (relationIds.size >= MAX_REMEMBERED_IDS) relationIds.clear();
    relationIds.set(key, id);
  }
  return id;
}

const relationIds = new Map<string, string>();
// Enough for the pairs a few documents share; a larger cache only makes the ingest's memory
// grow with the corpus (the keys are long) for hashes that cost microseconds.
const MAX_REMEMBERED_IDS = 10_000;
