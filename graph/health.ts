import type { Graph } from './connection';

export interface GraphHealth {
  neo4j: { version: string; edition: string; address: string };
  database: string;
  counts: { documents: number; entities: number; relationships: number };
}

/** Server identity and the headline counts; throws when Neo4j can't be reached. */
export async function readHealth(graph: Graph): Promise<GraphHealth> {
  const [component] = await graph.readRows<{ version: string; edition: string }>(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
  );
  const [counts] = await graph.readRows<{ database: string; documents: number; entities: number; relationships: number }>(
    `CALL db.info() YIELD name AS database
     CALL () { MATCH (d:Document) RETURN count(d) AS documents }
     CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
     RETURN database, documents, entities, relationships`,
  );
  return {
    neo4j: { version: component.version, edition: component.edition, address: graph.config.uri },
    database: counts.database,
    counts: { documents: counts.documents, entities: counts.entities, relationships: counts.relationships },
  };
}
