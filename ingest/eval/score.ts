import { relationshipType } from '../../graph/ontology';
import { nameKey } from '../extract/script';
import type { IngestDocument } from '../model';
import type { Gold } from './gold';

/**
 * Scoring as the gold README states it. Entities match by any shared name (NFKC, traditional →
 * simplified, lower case, no spaces or punctuation; names under 2 characters unused) and equal
 * type. Relations match by (subject, type, object), either way round for symmetric types;
 * RELATED_TO is not scored. Evidence is exact when a matched relation's evidence sentence holds
 * the gold quote (whitespace ignored).
 */

export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentScore {
  doc: string;
  entities: Prf;
  relations: Prf;
  evidence: { exact: number; matched: number };
  missedRelations: string[];
  wrongRelations: string[];
  missedEntities: string[];
  wrongEntities: string[];
}

export function prf(tpPredicted: number, predicted: number, tpGold: number, gold: number): Prf {
  const precision = predicted ? tpPredicted / predicted : 0;
  const recall = gold ? tpGold / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp: tpGold, predicted, gold, precision, recall, f1 };
}

const keysOf = (names: string[]) => new Set(names.map(nameKey).filter((k) => k.length >= 2));
const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

export function scoreDocument(doc: IngestDocument, gold: Gold): DocumentScore {
  const goldKeys = gold.entities.map((g) => ({ g, keys: keysOf(g.names) }));
  const toGold = new Map<string, Set<string>>();
  for (const e of doc.entities) {
    const names = keysOf([e.name, ...(e.nameEn ? [e.nameEn] : []), ...e.aliases]);
    const hits = goldKeys.filter(({ g, keys }) => g.type === e.type && [...names].some((n) => keys.has(n))).map(({ g }) => g.key);
    if (hits.length) toGold.set(e.id, new Set(hits));
  }
  const foundGold = new Set([...toGold.values()].flatMap((s) => [...s]));
  const entities = prf(toGold.size, doc.entities.length, gold.entities.filter((g) => foundGold.has(g.key)).length, gold.entities.length);

  const extracted = doc.relations.filter((r) => r.type !== 'RELATED_TO');
  const matches = (r: (typeof extracted)[number], g: Gold['relations'][number]) => {
    if (r.type !== g.p) return false;
    const s = toGold.get(r.subject);
    const o = toGold.get(r.object);
    if (s?.has(g.s) && o?.has(g.o)) return true;
    return relationshipType(r.type)?.symmetric === true && s?.has(g.o) === true && o?.has(g.s) === true;
  };
  const goldRelations = dedupe(gold.relations);
  const tpPredicted = extracted.filter((r) => goldRelations.some((g) => matches(r, g)));
  const matchedGold = goldRelations.filter((g) => extracted.some((r) => matches(r, g)));
  let exact = 0;
  for (const g of matchedGold) {
    const quote = squeeze(g.quote ?? '');
    const rel = extracted.filter((r) => matches(r, g));
    if (quote && rel.some((r) => r.evidence.some((e) => squeeze(e.sentence).includes(quote) || quote.includes(squeeze(e.sentence))))) exact++;
  }
  const name = (id: string) => doc.entities.find((e) => e.id === id)?.name ?? id;
  return {
    doc: gold.doc,
    entities,
    relations: prf(tpPredicted.length, extracted.length, matchedGold.length, goldRelations.length),
    evidence: { exact, matched: matchedGold.length },
    missedEntities: gold.entities.filter((g) => !foundGold.has(g.key)).map((g) => `${g.type} ${g.names.join(' / ')}`),
    wrongEntities: doc.entities.filter((e) => !toGold.has(e.id)).map((e) => `${e.type} ${e.aliases.slice(0, 4).join(' / ')}`),
    missedRelations: goldRelations.filter((g) => !matchedGold.includes(g)).map((g) => `${g.s} ${g.p} ${g.o} | ${g.quote ?? ''}`),
    wrongRelations: extracted.filter((r) => !tpPredicted.includes(r)).map((r) => `${name(r.subject)} ${r.type} ${name(r.object)} | ${r.method} | ${r.evidence[0]?.sentence.slice(0, 80)}`),
  };
}

function dedupe(relations: Gold['relations']): Gold['relations'] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const sym = relationshipType(r.p)?.symmetric === true;
    const key = sym && r.o < r.s ? `${r.o}|${r.p}|${r.s}` : `${r.s}|${r.p}|${r.o}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Micro-averaged over documents. */
export function overall(scores: DocumentScore[]): { entities: Prf; relations: Prf; evidence: { exact: number; matched: number } } {
  const sum = (pick: (s: DocumentScore) => Prf) => {
    const predicted = scores.reduce((n, s) => n + pick(s).predicted, 0);
    const gold = scores.reduce((n, s) => n + pick(s).gold, 0);
    const tpGold = scores.reduce((n, s) => n + pick(s).tp, 0);
    const tpPredicted = scores.reduce((n, s) => n + pick(s).precision * pick(s).predicted, 0);
    return prf(Math.round(tpPredicted), predicted, tpGold, gold);
  };
  return {
    entities: sum((s) => s.entities),
    relations: sum((s) => s.relations),
    evidence: { exact: scores.reduce((n, s) => n + s.evidence.exact, 0), matched: scores.reduce((n, s) => n + s.evidence.matched, 0) },
  };
}
