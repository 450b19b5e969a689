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

async function counts(graph: Graph) {
  return graph.read(async (tx) => {
    const entities = await tx.run<{ type: string; n: number }>('MATCH (n:Entity) RETURN n.type AS type, count(*) AS n');
    const rels = await tx.run<{ type: string; n: number }>('MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n');
    const years = await tx.run<{ lo: number | null; hi: number | null }>(
      `MATCH (:Entity)-[r]->(:Entity) WHERE r.date IS NOT NULL OR r.year IS NOT NULL
       WITH toInteger(left(coalesce(toString(r.date), toString(r.year)), 4)) AS y WHERE y IS NOT NULL
       RETURN min(y) AS lo, max(y) AS hi`,
    );
    const others = await tx.run<{ documents: number; evidence: number; sources: number; annotations: number }>(
      `RETURN COUNT { (:Document) } AS documents, COUNT { (:Evidence) } AS evidence, COUNT { (:Source) } AS sources,
              COUNT { MATCH (a:Annotation) WHERE coalesce(a.deleted, false) = false } AS annotations`,
    );
    return {
      entities: Object.fromEntries(entities.records.map((r) => [r.get('type'), r.get('n')])) as Record<string, number>,
      rels: Object.fromEntries(rels.records.map((r) => [r.get('type'), r.get('n')])) as Record<string, number>,
      years: years.records[0]?.toObject() ?? { lo: null, hi: null },
      others: others.records[0].toObject(),
    };
  }, limits.timeoutMs);
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
