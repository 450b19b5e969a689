import { foldName } from './scripts';

/**
 * Candidates for merging, found from names alone plus the neighbours two entities share: the
 * same name in another script (俯瞰地球儀外交 / 俯瞰地球仪外交), a shared original in brackets
 * (奥拉罗兹(Olaroz)锂盐湖项目 / Olaroz), one name inside another (地球儀外交 in 俯瞰地球儀外交), names
 * made mostly of the same characters (奥拉罗兹锂盐湖项目 / 奥拉罗斯盐湖项目), and neighbours in common.
 * Pure: the graph reads the entities and neighbour counts, this ranks the pairs.
 */

export interface NamedEntity {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  mentions: number;
}

export type DuplicateReasonKind = 'same-name' | 'original' | 'contains' | 'similar' | 'neighbours';

export interface DuplicateReason {
  kind: DuplicateReasonKind;
  /** In words, with the names that match, e.g. "俯瞰地球儀外交 contains 地球儀外交". */
  detail: string;
}

export interface DuplicatePair {
  /** The one to keep by default (see keepFirst). */
  keepId: string;
  mergeId: string;
  score: number;
  reasons: DuplicateReason[];
}

/** Neighbours two entities share (hubs left out), and the share of their neighbours that is. */
export interface SharedNeighbours {
  shared: number;
  jaccard: number;
}

/** How much each kind of evidence counts; a pair's score is the sum of its reasons. */
const WEIGHT: Record<DuplicateReasonKind, number> = { 'same-name': 1, original: 0.8, contains: 0.5, similar: 0.6, neighbours: 0.4 };
/**
 * Names whose character pairs overlap this much (Dice) are "similar" on their own; down to the
 * lower figure they are only when the two also share neighbours (one differing character makes
 * 白令海峽 / 白令海盆 look alike, as it does 奥拉罗兹 / 奥拉罗斯).
 */
const SIMILAR = { alone: 0.8, withNeighbours: 0.6 };
/** Latin names are compared by whole words, a coarser measure: alone they must agree more. */
const SIMILAR_LATIN_ALONE = 0.9;
/** A contained name must be this share of the longer one (地球儀外交 in 俯瞰地球儀外交, not 印度 in 印度尼西亞). */
const CONTAINED_SHARE = { alone: 0.7, withNeighbours: 0.5 };
/** Neighbours that make a name likeness count: this share of theirs in common. */
const SUPPORTING_JACCARD = 0.3;
/** A token shared by more entities than this (項目, company) says nothing about a pair. */
const COMMON_TOKEN = 200;
/** Neighbours alone propose a pair only when they are this many and this large a share. */
const NEIGHBOURS_ALONE = { shared: 3, jaccard: 0.75 };
/** The shortest name that may count as contained in another: CJK characters, Latin letters. */
const CONTAINED_MIN = { cjk: 3, latin: 4 };

const cjkChar = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const bracketed = /[(（]([^()（）]{2,80})[)）]/g;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

interface Folded {
  entity: NamedEntity;
  /** Every name folded (simplified, lower case), without bracketed parts; original spellings kept for the reasons. */
  names: Map<string, string>;
  /** Bracketed originals, folded → as written. */
  originals: Map<string, string>;
  tokens: Set<string>;
}

function fold(entity: NamedEntity): Folded {
  const names = new Map<string, string>();
  const originals = new Map<string, string>();
  for (const raw of new Set([entity.name, entity.nameEn ?? '', ...entity.aliases])) {
    if (!raw.trim()) continue;
    for (const match of raw.matchAll(bracketed)) originals.set(foldName(match[1]), match[1].trim());
    const bare = foldName(raw.replace(bracketed, ''));
    if (bare && !names.has(bare)) names.set(bare, raw);
  }
  const tokens = new Set<string>();
  for (const name of names.keys()) for (const token of tokensOf(name)) tokens.add(token);
  return { entity, names, originals, tokens };
}

/** Character pairs of CJK runs, words of three letters or more elsewhere. */
export function tokensOf(folded: string): string[] {
  const tokens: string[] = [];
  for (const run of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (!run) continue;
    if (cjkChar.test(run)) {
      const chars = [...run];
      if (chars.length === 1) tokens.push(run);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
    } else if (run.length >= 3) tokens.push(run);
  }
  return tokens;
}

function dice(a: string, b: string): number {
  const ta = new Set(tokensOf(a));
  const tb = new Set(tokensOf(b));
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return (2 * shared) / (ta.size + tb.size);
}

/** Numbers in a name tell things apart (横须贺 1 号 / 2 号): names with different ones never match loosely. */
function sameNumbers(a: string, b: string): boolean {
  const numbers = (text: string) => (text.match(/\d+/g) ?? []).join(' ');
  return numbers(a) === numbers(b);
}

function containedIn(short: string, long: string, minShare: number): boolean {
  if (short === long || !long.includes(short) || !sameNumbers(short, long)) return false;
  if ([...short].length < minShare * [...long].length) return false;
  if (cjkChar.test(short)) return [...short].length >= CONTAINED_MIN.cjk;
  // Latin: whole words only, so "Iran" is not found in "Tirana".
  return short.length >= CONTAINED_MIN.latin && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(short)}($|[^\\p{L}\\p{N}])`, 'u').test(long);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What the names of two entities of one type have in common, strongest first (at most one per kind). */
function nameReasons(a: Folded, b: Folded, supported: boolean): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  for (const [name, raw] of a.names) {
    if (b.names.has(name)) {
      reasons.push({ kind: 'same-name', detail: `${raw} = ${b.names.get(name)}` });
      break;
    }
  }
  const originalOf = (x: Folded, y: Folded) => [...x.originals].find(([o]) => y.originals.has(o) || y.names.has(o));
  const original = originalOf(a, b) ?? originalOf(b, a);
  if (original) reasons.push({ kind: 'original', detail: `both name the original ${original[1]}` });
  if (reasons.length === 0) {
    const share = supported ? CONTAINED_SHARE.withNeighbours : CONTAINED_SHARE.alone;
    const contains = findContainment(a, b, share) ?? findContainment(b, a, share);
    if (contains) reasons.push({ kind: 'contains', detail: `${contains[0]} contains ${contains[1]}` });
  }
  if (reasons.length === 0) {
    const least = supported ? SIMILAR.withNeighbours : SIMILAR.alone;
    let best: { score: number; a: string; b: string } | null = null;
    for (const [na, ra] of a.names) for (const [nb, rb] of b.names) {
      const score = sameNumbers(na, nb) ? dice(na, nb) : 0;
      const latin = !cjkChar.test(na) && !cjkChar.test(nb);
      if (score >= (latin && !supported ? SIMILAR_LATIN_ALONE : least) && (!best || score > best.score)) best = { score, a: ra, b: rb };
    }
    if (best) reasons.push({ kind: 'similar', detail: `${best.a} ≈ ${best.b} (${Math.round(best.score * 100)}% of the characters)` });
  }
  return reasons;
}

function findContainment(long: Folded, short: Folded, minShare: number): [string, string] | null {
  for (const [ns, rs] of short.names) for (const [nl, rl] of long.names) if (containedIn(ns, nl, minShare)) return [rl, rs];
  return null;
}

/**
 * Ranked candidate pairs (same entity type), leaving out dismissed pairs. Pairs are looked for
 * through shared tokens and shared originals only, so the work grows with the pairs that could
 * match, not with the square of the entities.
 */
export function findDuplicateCandidates(
  entities: NamedEntity[],
  neighbours: Map<string, SharedNeighbours>,
  dismissed: Set<string>,
): DuplicatePair[] {
  const folded = new Map(entities.map((e) => [e.id, fold(e)]));
  const byToken = new Map<string, string[]>();
  const index = (key: string, id: string) => {
    const list = byToken.get(key) ?? [];
    list.push(id);
    byToken.set(key, list);
  };
  for (const f of folded.values()) {
    for (const token of f.tokens) index(`${f.entity.type}\u0000${token}`, f.entity.id);
    for (const name of new Set([...f.names.keys(), ...f.originals.keys()])) index(`${f.entity.type}\u0001${name}`, f.entity.id);
  }
  const pairs = new Set<string>();
  for (const ids of byToken.values()) {
    if (ids.length < 2 || ids.length > COMMON_TOKEN) continue;
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.add(pairKey(ids[i], ids[j]));
  }
  for (const key of neighbours.keys()) pairs.add(key);

  const found: DuplicatePair[] = [];
  for (const key of pairs) {
    if (dismissed.has(key)) continue;
    const [idA, idB] = key.split('|');
    const a = folded.get(idA);
    const b = folded.get(idB);
    if (!a || !b || a.entity.type !== b.entity.type) continue;
    const shared = neighbours.get(key);
    // Reasons read from the entity kept to the one merged into it.
    const [keep, merge] = keepFirst(a.entity, b.entity)[0] === a.entity ? [a, b] : [b, a];
    const reasons = nameReasons(keep, merge, (shared?.jaccard ?? 0) >= SUPPORTING_JACCARD);
    const alone = shared && shared.shared >= NEIGHBOURS_ALONE.shared && shared.jaccard >= NEIGHBOURS_ALONE.jaccard;
    if (reasons.length === 0 && !alone) continue;
    if (shared && shared.shared > 0) {
      reasons.push({ kind: 'neighbours', detail: `${shared.shared} neighbour${shared.shared === 1 ? '' : 's'} in common (${Math.round(shared.jaccard * 100)}% of theirs)` });
    }
    const score = reasons.reduce((sum, r) => sum + (r.kind === 'neighbours' ? WEIGHT.neighbours * (shared?.jaccard ?? 0) : WEIGHT[r.kind]), 0);
    found.push({ keepId: keep.entity.id, mergeId: merge.entity.id, score: Math.round(score * 1000) / 1000, reasons });
  }
  return found.sort((x, y) => y.score - x.score || pairKey(x.keepId, x.mergeId).localeCompare(pairKey(y.keepId, y.mergeId)));
}

/** The better-known record stays: more mentions, then more names (the one the lexicon knows). */
function keepFirst(a: NamedEntity, b: NamedEntity): [NamedEntity, NamedEntity] {
  if (a.mentions !== b.mentions) return a.mentions > b.mentions ? [a, b] : [b, a];
  if (a.aliases.length !== b.aliases.length) return a.aliases.length > b.aliases.length ? [a, b] : [b, a];
  return a.id <= b.id ? [a, b] : [b, a];
}
