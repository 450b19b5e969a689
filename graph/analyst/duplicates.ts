import type { Graph } from '../connection';
import { findDuplicateCandidates, pairKey, type DuplicateReason, type NamedEntity, type SharedNeighbours } from '../explore/duplicateCandidates';
import { entitiesById } from '../explore/entities';
import { cypherInt, entitySummary, toEntity } from '../explore/fragments';
import { limits, type EntitySummary, type Evidence } from '../explore/model';
import { evidenceFor } from '../explore/evidence';
import { recordAudit } from './audit';
import { nowIso } from './ids';
import { lockTargets } from './locks';

/**
 * Duplicate review: candidate pairs for merging, ranked with their reasons (names across
 * scripts, bracketed originals, containment, likeness, shared neighbours); two entities side by
 * side with their evidence; and dismissals, kept as (:DuplicateDismissal {pair}) nodes so a
 * dismissed pair never comes back, each one audited.
 */

/** Neighbours with more edges than this (a state, a resource) make no two entities alike. */
const HUB_DEGREE = 40;
/** Entities read for names, most mentioned first: enough for any corpus the review is for. */
const ENTITIES_READ = 50_000;
const SHARED_PAIRS_READ = 20_000;
const EVIDENCE_SHOWN = 5;
const NEIGHBOURS_SHOWN = 12;

export interface DuplicateCandidate {
  keep: EntitySummary;
  merge: EntitySummary;
  score: number;
  reasons: DuplicateReason[];
}

/** The ranked candidates (dismissed pairs and entities of different types left out). */
export async function listDuplicateCandidates(graph: Graph, options: { limit: number; type?: string }): Promise<{ candidates: DuplicateCandidate[]; total: number }> {
  const [entities, shared, dismissed] = await Promise.all([readNames(graph, options.type), readSharedNeighbours(graph, options.type), readDismissed(graph)]);
  const pairs = findDuplicateCandidates(entities, shared, dismissed);
  const shown = pairs.slice(0, options.limit);
  const summaries = new Map((await entitiesById(graph, [...new Set(shown.flatMap((p) => [p.keepId, p.mergeId]))])).map((e) => [e.id, e]));
  const candidates = shown.flatMap((p) => {
    const keep = summaries.get(p.keepId);
    const merge = summaries.get(p.mergeId);
    return keep && merge ? [{ keep, merge, score: p.score, reasons: p.reasons }] : [];
  });
  return { candidates, total: pairs.length };
}

async function readNames(graph: Graph, type: string | undefined): Promise<NamedEntity[]> {
  const rows = await graph.read(
    (tx) =>
      tx.run<NamedEntity>(
        `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
         RETURN e.id AS id, e.type AS type, coalesce(e.name, e.id) AS name, e.nameEn AS nameEn,
                coalesce(e.aliases, []) AS aliases, coalesce(e.mentions, 0) AS mentions
         ORDER BY mentions DESC, id LIMIT $max`,
        { type: type ?? null, max: cypherInt(ENTITIES_READ) },
      ),
    limits.timeoutMs,
  );
  return rows.records.map((r) => ({ ...(r.toObject() as NamedEntity), nameEn: (r.get('nameEn') as string | null) ?? null }));
}

/**
 * Pairs of one type that share neighbours other than hubs, over stated edges (co-occurrence
 * links say two names stand near each other, not that they are one thing).
 */
async function readSharedNeighbours(graph: Graph, type: string | undefined): Promise<Map<string, SharedNeighbours>> {
  const rows = await graph.read(
    (tx) =>
      tx.run<{ a: string; b: string; shared: number; jaccard: number }>(
        `MATCH (n:Entity) WHERE COUNT { (n)-[r]-(:Entity) WHERE coalesce(r.inferred, false) = false } <= $hub
         MATCH (a:Entity)-[r1]-(n)-[r2]-(b:Entity)
         WHERE a.type = b.type AND a.id < b.id AND ($type IS NULL OR a.type = $type)
           AND coalesce(r1.inferred, false) = false AND coalesce(r2.inferred, false) = false
         WITH a, b, count(DISTINCT n) AS shared
         WITH a, b, shared,
              COUNT { MATCH (a)-[r]-(x:Entity) WHERE coalesce(r.inferred, false) = false RETURN DISTINCT x } AS da,
              COUNT { MATCH (b)-[r]-(x:Entity) WHERE coalesce(r.inferred, false) = false RETURN DISTINCT x } AS db
         RETURN a.id AS a, b.id AS b, shared, toFloat(shared) / (da + db - shared) AS jaccard
         ORDER BY jaccard DESC LIMIT $max`,
        { hub: cypherInt(HUB_DEGREE), type: type ?? null, max: cypherInt(SHARED_PAIRS_READ) },
      ),
    limits.timeoutMs,
  );
  return new Map(rows.records.map((r) => [pairKey(r.get('a'), r.get('b')), { shared: r.get('shared'), jaccard: r.get('jaccard') }]));
}

async function readDismissed(graph: Graph): Promise<Set<string>> {
  const rows = await graph.readRows<{ pair: string }>('MATCH (d:DuplicateDismissal) RETURN d.pair AS pair');
  return new Set(rows.map((r) => r.pair));
}

export interface DuplicateSide {
  entity: EntitySummary;
  documents: { id: string; title: string | null; mentions: number }[];
  /** Sentences of its stated edges, most evidenced first. */
  evidence: Evidence[];
  neighbours: EntitySummary[];
}

/** Two entities side by side: names, documents, evidence, neighbours (shared ones marked by id). Null when one is unknown. */
export async function compareEntities(graph: Graph, a: string, b: string): Promise<{ sides: [DuplicateSide, DuplicateSide]; sharedNeighbours: string[] } | null> {
  return graph.read(async (tx) => {
    const found = await tx.run<{ id: string; entity: EntitySummary; documents: DuplicateSide['documents']; relIds: string[]; neighbours: EntitySummary[] }>(
      `UNWIND $ids AS id
       MATCH (n:Entity {id: id})
       RETURN id, ${entitySummary('n')} AS entity,
         COLLECT { MATCH (d:Document)-[m:MENTIONS]->(n) RETURN {id: d.id, title: d.title, mentions: coalesce(m.count, 1)} AS doc ORDER BY doc.mentions DESC LIMIT 10 } AS documents,
         COLLECT { MATCH (n)-[r]-(:Entity) WHERE coalesce(r.inferred, false) = false AND r.id IS NOT NULL
                   RETURN r.id ORDER BY coalesce(r.evidenceCount, 0) DESC, r.id LIMIT $evidence } AS relIds,
         COLLECT { MATCH (n)-[r]-(x:Entity) WHERE coalesce(r.inferred, false) = false
                   WITH DISTINCT x RETURN ${entitySummary('x')} AS nb ORDER BY x.mentions DESC, x.id LIMIT $neighbours } AS neighbours`,
      { ids: [a, b], evidence: cypherInt(EVIDENCE_SHOWN), neighbours: cypherInt(NEIGHBOURS_SHOWN) },
    );
    const rows = new Map(found.records.map((r) => [r.get('id'), r]));
    if (!rows.has(a) || !rows.has(b)) return null;
    const evidence = await evidenceFor(tx, found.records.flatMap((r) => r.get('relIds')), 1);
    const side = (id: string): DuplicateSide => {
      const row = rows.get(id)!;
      return {
        entity: toEntity(row.get('entity')),
        documents: row.get('documents').map((d) => ({ ...d, title: d.title ?? null })),
        evidence: row.get('relIds').flatMap((relId) => evidence.get(relId) ?? []),
        neighbours: row.get('neighbours').map(toEntity),
      };
    };
    const sides: [DuplicateSide, DuplicateSide] = [side(a), side(b)];
    const ofB = new Set(sides[1].neighbours.map((n) => n.id));
    return { sides, sharedNeighbours: sides[0].neighbours.filter((n) => ofB.has(n.id)).map((n) => n.id) };
  }, limits.timeoutMs);
}

export interface Dismissal {
  pair: [string, string];
  author: string;
  at: string;
}

/**
 * Marks a pair as not duplicates, for good: the review list never offers it again. Dismissing it
 * twice keeps the first verdict. Null when either entity is unknown.
 */
export async function dismissDuplicate(graph: Graph, a: string, b: string, actor: string): Promise<Dismissal | null> {
  const pair = pairKey(a, b);
  return graph.write(async (tx) => {
    await lockTargets(tx, [pair]);
    const known = await tx.run('MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n', { ids: [a, b] });
    if (Number(known.records[0].get('n')) < 2) return null;
    const saved = await tx.run(
      `MERGE (d:DuplicateDismissal {pair: $pair})
       ON CREATE SET d.a = $first, d.b = $second, d.author = $actor, d.at = $at
       RETURN d.author AS author, d.at AS at`,
      { pair, first: pair.split('|')[0], second: pair.split('|')[1], actor, at: nowIso() },
    );
    const row = saved.records[0];
    await recordAudit(tx, { actor, action: 'duplicate.dismiss', targetId: a, detail: { pair: [a, b] } });
    return { pair: pair.split('|') as [string, string], author: row.get('author') as string, at: row.get('at') as string };
  });
}
