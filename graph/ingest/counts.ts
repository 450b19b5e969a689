import type { Graph } from '../connection';

/** What the ingest put in the graph for a set of documents, counted the way the JSON counts. */
export interface DocumentGraphCounts {
  documents: number;
  entities: number;
  relations: number;
  evidence: number;
  sources: number;
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
}

export async function countDocumentGraph(graph: Graph, documentIds: string[]): Promise<DocumentGraphCounts> {
  const [base] = await graph.readRows<{ documents: number; evidence: number; sources: number }>(
    `MATCH (d:Document) WHERE d.id IN $ids
     OPTIONAL MATCH (d)<-[:IN]-(ev:Evidence)
     WITH collect(DISTINCT d) AS ds, count(ev) AS evidence
     UNWIND ds AS d
     OPTIONAL MATCH (d)-[:CITES]->(s:Source)
     RETURN size(ds) AS documents, evidence, count(s) AS sources`,
    { ids: documentIds },
  );
  const entityRows = await graph.readRows<{ type: string; n: number }>(
    `MATCH (d:Document)-[:MENTIONS]->(e:Entity) WHERE d.id IN $ids
     WITH DISTINCT e RETURN e.type AS type, count(e) AS n`,
    { ids: documentIds },
  );
  const relationRows = await graph.readRows<{ type: string; n: number }>(
    `MATCH (d:Document)<-[:IN]-(ev:Evidence) WHERE d.id IN $ids
     WITH DISTINCT ev.relId AS rid
     MATCH (:Entity)-[r]->(:Entity) WHERE r.id = rid
     RETURN type(r) AS type, count(DISTINCT r) AS n`,
    { ids: documentIds },
  );
  const entitiesByType = Object.fromEntries(entityRows.map((r) => [r.type, r.n]));
  const relationsByType = Object.fromEntries(relationRows.map((r) => [r.type, r.n]));
  const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
  return {
    documents: base?.documents ?? 0,
    evidence: base?.evidence ?? 0,
    sources: base?.sources ?? 0,
    entities: sum(entitiesByType),
    relations: sum(relationsByType),
    entitiesByType,
    relationsByType,
  };
}
