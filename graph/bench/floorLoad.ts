import type { Graph } from '../connection';
import { isEntityType, isRelationshipType } from '../ontology';

type Props = Record<string, unknown>;

/**
 * The floor for end-to-end ingest: the same final graph (read back from the database the ingest
 * wrote), written again into an empty database with plain batched UNWIND + CREATE — no
 * per-document transactions, no MERGE, no replacement of earlier evidence. Labels and types are
 * checked against the ontology before being spliced.
 */
export interface FinalGraph {
  documents: Props[];
  entities: { type: string; props: Props }[];
  mentions: { d: string; e: string; count: number | null }[];
  relations: { type: string; s: string; o: string; props: Props }[];
  evidence: { d: string; props: Props }[];
  sources: { d: string; props: Props }[];
  cites: { ev: string; src: string }[];
}

export async function readFinalGraph(graph: Graph): Promise<FinalGraph> {
  const rows = async <T extends Record<string, unknown>>(cypher: string) => graph.readRows<T>(cypher);
  return {
    documents: (await rows<{ p: Props }>('MATCH (d:Document) RETURN properties(d) AS p')).map((r) => r.p),
    entities: (await rows<{ type: string; props: Props }>('MATCH (e:Entity) RETURN e.type AS type, properties(e) AS props')),
    mentions: await rows<{ d: string; e: string; count: number | null }>('MATCH (d:Document)-[m:MENTIONS]->(e:Entity) RETURN d.id AS d, e.id AS e, m.count AS count'),
    relations: await rows<{ type: string; s: string; o: string; props: Props }>('MATCH (s:Entity)-[r]->(o:Entity) RETURN type(r) AS type, s.id AS s, o.id AS o, properties(r) AS props'),
    evidence: await rows<{ d: string; props: Props }>('MATCH (ev:Evidence)-[:IN]->(d:Document) RETURN d.id AS d, properties(ev) AS props'),
    sources: await rows<{ d: string; props: Props }>('MATCH (d:Document)-[:CITES]->(s:Source) RETURN d.id AS d, properties(s) AS props'),
    cites: await rows<{ ev: string; src: string }>('MATCH (ev:Evidence)-[:CITES]->(s:Source) RETURN ev.id AS ev, s.id AS src'),
  };
}

async function batched<T>(graph: Graph, rows: T[], size: number, cypher: string): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await graph.writeRows(cypher, { rows: rows.slice(i, i + size) });
}

export async function writeFloorGraph(graph: Graph, g: FinalGraph): Promise<void> {
  await batched(graph, g.documents, 50, 'UNWIND $rows AS row CREATE (d:Document) SET d = row');
  for (const type of new Set(g.entities.map((e) => e.type))) {
    if (!isEntityType(type)) throw new Error(`Unknown entity type ${type}`);
    await batched(graph, g.entities.filter((e) => e.type === type).map((e) => e.props), 5000, `UNWIND $rows AS row CREATE (e:Entity:${type}) SET e = row`);
  }
  await batched(graph, g.mentions, 10000,
    'UNWIND $rows AS row MATCH (d:Document {id: row.d}), (e:Entity {id: row.e}) CREATE (d)-[:MENTIONS {count: row.count}]->(e)');
  for (const type of new Set(g.relations.map((r) => r.type))) {
    if (!isRelationshipType(type)) throw new Error(`Unknown relationship type ${type}`);
    await batched(graph, g.relations.filter((r) => r.type === type), 10000,
      `UNWIND $rows AS row MATCH (s:Entity {id: row.s}), (o:Entity {id: row.o}) CREATE (s)-[r:${type}]->(o) SET r = row.props`);
  }
  await batched(graph, g.evidence, 10000, 'UNWIND $rows AS row MATCH (d:Document {id: row.d}) CREATE (ev:Evidence)-[:IN]->(d) SET ev = row.props');
  await batched(graph, g.sources, 10000, 'UNWIND $rows AS row MATCH (d:Document {id: row.d}) CREATE (d)-[:CITES]->(s:Source) SET s = row.props');
  await batched(graph, g.cites, 10000, 'UNWIND $rows AS row MATCH (ev:Evidence {id: row.ev}), (s:Source {id: row.src}) CREATE (ev)-[:CITES]->(s)');
}

/** Empty the benchmark's own ingest database (never the product's): batched DETACH DELETE. */
export async function emptyDatabase(graph: Graph): Promise<void> {
  for (;;) {
    const [row] = await graph.writeRows<{ n: number }>('MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n');
    if (!row || row.n === 0) return;
  }
}

/** What the graph holds, to compare the ingest's graph with the floor's and to find duplicates. */
export async function graphCounts(graph: Graph): Promise<Record<string, number>> {
  const [row] = await graph.readRows<Record<string, number>>(
    `CALL { MATCH (d:Document) RETURN count(d) AS documents }
     CALL { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL { MATCH (:Document)-[m:MENTIONS]->() RETURN count(m) AS mentions }
     CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
     CALL { MATCH (ev:Evidence) RETURN count(ev) AS evidence }
     CALL { MATCH (s:Source) RETURN count(s) AS sources }
     RETURN documents, entities, mentions, relations, evidence, sources`,
  );
  return row;
}

/** How many of these documents the graph holds. */
export async function documentsPresent(graph: Graph, ids: string[]): Promise<number> {
  const [row] = await graph.readRows<{ n: number }>('UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN count(d) AS n', { ids });
  return row?.n ?? 0;
}

/** Duplicates a crash could leave: two nodes or edges with one id, one sentence's evidence twice. */
export async function duplicateCounts(graph: Graph): Promise<Record<string, number>> {
  const [row] = await graph.readRows<Record<string, number>>(
    `CALL { MATCH (e:Entity) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS entities }
     CALL { MATCH (:Entity)-[r]->(:Entity) WITH r.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS relations }
     CALL { MATCH (s:Entity)-[r]->(o:Entity) WITH s, type(r) AS t, o, r.date AS date, count(*) AS c WHERE c > 1 RETURN count(*) AS parallelEdges }
     CALL { MATCH (ev:Evidence) WITH ev.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS evidence }
     CALL { MATCH (ev:Evidence) WITH ev.relId AS rel, ev.documentId AS doc, ev.start AS s, ev.end AS e, count(*) AS c WHERE c > 1 RETURN count(*) AS evidenceSpans }
     CALL { MATCH (d:Document) WITH d.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS documents }
     CALL { MATCH (d:Document)-[m:MENTIONS]->(e:Entity) WITH d, e, count(m) AS c WHERE c > 1 RETURN count(*) AS mentions }
     RETURN entities, relations, parallelEdges, evidence, evidenceSpans, documents, mentions`,
  );
  return row;
}
