import type { Graph } from './connection';

export interface GraphHealth {
  neo4j: { version: string; edition: string; address: string };
  database: string;
  counts: { documents: number; entities: number; relationships: number };
}

type Counts = { database: string } & GraphHealth['counts'];

/**
 * Health must answer quickly whatever the load: monitors and the explorer's status line ask it
 * often, and a stopped Neo4j must give a 503 in seconds, not a hang. So the liveness check is one
 * cheap procedure call under a short client deadline, and the counts — a scan of every edge — are
 * read at most every few seconds, in the background once a first value is known.
 */
const livenessDeadlineMs = 3_000;
const countsMaxAgeMs = 10_000;
/** Only the first health call waits for the counts. */
const countsDeadlineMs = 10_000;
const counted = new WeakMap<Graph, { value?: Counts; at: number; reading?: Promise<Counts> }>();

/** Server identity and the headline counts; throws when Neo4j can't be reached in a few seconds. */
export async function readHealth(graph: Graph): Promise<GraphHealth> {
  const component = await graph.read(async (tx) => {
    const result = await tx.run<{ version: string; edition: string }>('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
    return result.records[0].toObject();
  }, livenessDeadlineMs, livenessDeadlineMs);
  const counts = await currentCounts(graph);
  return {
    neo4j: { version: component.version, edition: component.edition, address: graph.config.uri },
    database: counts.database,
    counts: { documents: counts.documents, entities: counts.entities, relationships: counts.relationships },
  };
}

function currentCounts(graph: Graph): Promise<Counts> {
  const entry = counted.get(graph) ?? { at: 0 };
  counted.set(graph, entry);
  if (!entry.reading && Date.now() - entry.at > countsMaxAgeMs) {
    entry.reading = readCounts(graph).then(
      (value) => {
        Object.assign(entry, { value, at: Date.now(), reading: undefined });
        return value;
      },
      (err: unknown) => {
        entry.reading = undefined;
        throw err;
      },
    );
    // A refresh that fails in the background is retried on the next call; nobody waits on it.
    entry.reading.catch(() => undefined);
  }
  if (entry.value) return Promise.resolve(entry.value);
  return entry.reading!;
}

async function readCounts(graph: Graph): Promise<Counts> {
  return graph.read(async (tx) => {
    const result = await tx.run<Counts>(
      `CALL db.info() YIELD name AS database
     CALL () { MATCH (d:Document) RETURN count(d) AS documents }
     CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
     RETURN database, documents, entities, relationships`,
    );
    return result.records[0].toObject();
  }, countsDeadlineMs, countsDeadlineMs);
}
