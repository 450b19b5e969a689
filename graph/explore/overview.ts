import type { Graph } from '../connection';
import { ontology } from '../ontology';
import { limits } from './model';

export interface SchemaView {
  entityTypes: { name: string; labelZh: string; description: string; color: string; shape: string; count: number }[];
  relationshipTypes: { name: string; labelEn: string; labelZh: string; color: string; symmetric: boolean; inferred: boolean; count: number }[];
  years: [number, number] | null;
}

export interface Stats {
  documents: number;
  entities: { total: number; byType: Record<string, number> };
  relationships: { total: number; byType: Record<string, number> };
  evidence: number;
  sources: number;
  annotations: number;
}

// The span of years scans every dated edge, so it is remembered for a minute; the slider it
// feeds does not need to-the-second freshness, and the counts below stay exact.
const yearsTtlMs = 60_000;
let yearsCache: { graph: Graph; at: number; value: { lo: number | null; hi: number | null } } | undefined;

async function yearSpan(graph: Graph): Promise<{ lo: number | null; hi: number | null }> {
  if (yearsCache && yearsCache.graph === graph && Date.now() - yearsCache.at < yearsTtlMs) return yearsCache.value;
  const [value] = await graph.readRows<{ lo: number | null; hi: number | null }>(
    `MATCH (:Entity)-[r]->(:Entity) WHERE r.date IS NOT NULL OR r.year IS NOT NULL
     WITH toInteger(left(coalesce(toString(r.date), toString(r.year)), 4)) AS y WHERE y IS NOT NULL
     RETURN min(y) AS lo, max(y) AS hi`,
  );
  yearsCache = { graph, at: Date.now(), value: value ?? { lo: null, hi: null } };
  return yearsCache.value;
}

/**
 * Counts per entity label and relationship type. Each is a single-label (single-type) count,
 * which Neo4j answers from its count store instead of scanning the graph. Labels and types come
 * from the closed ontology list, never from input.
 */
async function counts(graph: Graph) {
  const byType = await graph.read(async (tx) => {
    const entities: Record<string, number> = {};
    for (const t of ontology.entityTypes) {
      const r = await tx.run<{ n: number }>(`MATCH (n:${t.name}) RETURN count(n) AS n`);
      entities[t.name] = r.records[0].get('n');
    }
    const rels: Record<string, number> = {};
    for (const t of ontology.relationshipTypes) {
      const r = await tx.run<{ n: number }>(`MATCH ()-[r:${t.name}]->() RETURN count(r) AS n`);
      rels[t.name] = r.records[0].get('n');
    }
    const others = await tx.run<{ documents: number; evidence: number; sources: number; annotations: number }>(
      `CALL () { MATCH (d:Document) RETURN count(d) AS documents }
       CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
       CALL () { MATCH (s:Source) RETURN count(s) AS sources }
       CALL () { MATCH (a:Annotation) WHERE coalesce(a.deleted, false) = false RETURN count(a) AS annotations }
       RETURN documents, evidence, sources, annotations`,
    );
    return { entities, rels, others: others.records[0].toObject() };
  }, limits.timeoutMs);
  return { ...byType, years: await yearSpan(graph) };
}

/** The ontology with its styles and how many of each type the graph holds, plus the span of years. */
export async function readSchema(graph: Graph): Promise<SchemaView> {
  const c = await counts(graph);
  return {
    entityTypes: ontology.entityTypes.map((t) => ({ name: t.name, labelZh: t.labelZh, description: t.description, color: t.color, shape: t.shape, count: c.entities[t.name] ?? 0 })),
    relationshipTypes: ontology.relationshipTypes.map((t) => ({
      name: t.name,
      labelEn: t.labelEn,
      labelZh: t.labelZh,
      color: t.color,
      symmetric: t.symmetric === true,
      inferred: t.inferred === true,
      count: c.rels[t.name] ?? 0,
    })),
    years: c.years.lo != null && c.years.hi != null ? [c.years.lo, c.years.hi] : null,
  };
}

export async function readStats(graph: Graph): Promise<Stats> {
  const c = await counts(graph);
  const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
  return {
    documents: c.others.documents,
    entities: { total: sum(c.entities), byType: c.entities },
    relationships: { total: sum(c.rels), byType: c.rels },
    evidence: c.others.evidence,
    sources: c.others.sources,
    annotations: c.others.annotations,
  };
}
