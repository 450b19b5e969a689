import type { Graph } from '../graph/connection';
import { readSignatures, recordNearDuplicates, type NearDuplicateRow } from '../graph/nearDuplicates';

/**
 * Near-duplicate documents: the same article saved twice with a different banner, a paper and
 * its preprint. Each document gets a MinHash signature of its normalised text (5-character
 * shingles, so it works for Chinese and Japanese as for English) that estimates the Jaccard
 * similarity of two texts' shingle sets (within about ±0.05 with 128 hashes). A document
 * at or above the threshold with one ingested before it is flagged — and still ingested.
 */

export const SIGNATURE_SLOTS = 128;
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
const SHINGLE = 5;

/** Case, width, spacing and punctuation say nothing of what a text is. */
function normalised(raw: string): string {
  return raw.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** 32-bit FNV-1a of a shingle, mixed once more so similar shingles spread. */
function hash32(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * A bottom-k MinHash sketch: the SIGNATURE_SLOTS smallest distinct shingle hashes, ascending.
 * One hash per shingle, so a text of millions of characters is signed in one quick pass.
 */
export function textSignature(raw: string): number[] {
  const text = normalised(raw);
  // Candidates below the current k-th smallest, each once (a register repeats its shingles).
  let kept = new Set<number>();
  let ceiling = Infinity;
  const last = text.length - SHINGLE;
  for (let i = 0; i <= Math.max(0, last); i++) {
    const end = Math.min(text.length, i + SHINGLE);
    if (end <= i) break;
    const h = hash32(text, i, end);
    if (h >= ceiling || kept.has(h)) continue;
    kept.add(h);
    if (kept.size >= SIGNATURE_SLOTS * 8) {
      const smallest = smallestDistinct([...kept]);
      kept = new Set(smallest);
      ceiling = smallest.length === SIGNATURE_SLOTS ? smallest[SIGNATURE_SLOTS - 1] : Infinity;
    }
  }
  return smallestDistinct([...kept]);
}

function smallestDistinct(values: number[]): number[] {
  return [...new Set(values)].sort((x, y) => x - y).slice(0, SIGNATURE_SLOTS);
}

/** Of the k smallest hashes of both texts together, the share both texts hold: their Jaccard similarity, estimated. */
export function similarity(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inA = new Set(a);
  const inB = new Set(b);
  const union = smallestDistinct([...a, ...b]);
  let both = 0;
  for (const h of union) if (inA.has(h) && inB.has(h)) both++;
  return both / union.length;
}

export interface NearDuplicate {
  documentId: string;
  /** The file it was read from (in an ingest run). */
  path?: string;
  of: { id: string; title: string | null; fileName: string | null };
  /** Estimated Jaccard similarity, two decimals. */
  similarity: number;
}

/** "near-duplicate of X (similarity 0.93)": the words the report and the library use. */
export function nearDuplicateNote(n: Pick<NearDuplicate, 'of' | 'similarity'>): string {
  return `near-duplicate of ${n.of.title ?? n.of.fileName ?? n.of.id} (similarity ${n.similarity.toFixed(2)})`;
}

/**
 * Compares each of these documents (in the order they were ingested) with every document there
 * before it, and records the closest at or above the threshold on the document (or clears an old
 * flag). Later documents of the same run count as "after".
 */
export async function flagNearDuplicates(graph: Graph, documentIds: string[]): Promise<NearDuplicate[]> {
  if (documentIds.length === 0) return [];
  const all = await readSignatures(graph);
  const order = new Map(documentIds.map((id, i) => [id, i]));
  const found: NearDuplicate[] = [];
  const rows: NearDuplicateRow[] = [];
  for (const id of documentIds) {
    const mine = all.find((d) => d.id === id);
    if (!mine) continue;
    let best: { doc: (typeof all)[number]; score: number } | undefined;
    for (const other of all) {
      if (other.id === id) continue;
      const later = order.has(other.id) && (order.get(other.id) as number) > (order.get(id) as number);
      if (later) continue;
      const score = similarity(mine.signature, other.signature);
      if (score >= NEAR_DUPLICATE_THRESHOLD && (!best || score > best.score)) best = { doc: other, score };
    }
    if (best) {
      const flagged = { documentId: id, of: { id: best.doc.id, title: best.doc.title, fileName: best.doc.fileName }, similarity: Math.round(best.score * 100) / 100 };
      found.push(flagged);
      rows.push({ id, of: best.doc.id, similarity: flagged.similarity });
    } else rows.push({ id, of: null, similarity: null });
  }
  await recordNearDuplicates(graph, rows);
  return found;
}
