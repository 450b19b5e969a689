import type { Graph } from './connection';

export interface GraphHealth {
  neo4j: { version: string; edition: string; address: string };
  database: string;
  counts: { documents: number; entities: number; relationships: number };
}

type Facts = { version: string; edition: string; database: string } & GraphHealth['counts'];

/**
 * Health must answer quickly whatever the load: monitors and the explorer's status line ask it
 * often, and a stopped Neo4j must give a 503 in seconds, not a hang. So the liveness check is
 * one trivial query under a short client deadline, and the rest — the server's identity and the
 * counts, a scan of every edge — is read at most every few seconds, in the background once a
 * first value is known.
 */
const livenessDeadlineMs = 5_000;
const recentAnswerMs = 2_000;
const factsMaxAgeMs = 10_000;
/** Only the first health call waits for the counts. */
const factsDeadlineMs = 15_000;
const known = new WeakMap<Graph, { value?: Facts; at: number; reading?: Promise<Facts> }>();

/** Server identity and the headline counts; throws when Neo4j doesn't answer within a few seconds. */
export async function readHealth(graph: Graph): Promise<GraphHealth> {
  // A query answered within the last two seconds is proof enough that Neo4j runs: under a crowd,
  // health then costs no round trip of its own and answers as fast as the process can.
  if (Date.now() - graph.lastAnswerAt > recentAnswerMs) {
    await graph.read((tx) => tx.run('RETURN 1 AS alive'), livenessDeadlineMs, livenessDeadlineMs);
  }
  const facts = await currentFacts(graph);
  return {
    neo4j: { version: facts.version, edition: facts.edition, address: graph.config.uri },
    database: facts.database,
    counts: { documents: facts.documents, entities: facts.entities, relationships: facts.relationships },
  };
}

function currentFacts(graph: Graph): Promise<Facts> {
  const entry = known.get(graph) ?? { at: 0 };
  known.set(graph, entry);
  if (!entry.reading && Date.now() - entry.at > factsMaxAgeMs) {
    entry.reading = readFacts(graph).then(
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

async function readFacts(graph: Graph): Promise<Facts> {
  return graph.read(async (tx) => {
    const result = await tx.run<Facts>(
      `CALL dbms.components() YIELD versions, edition
       CALL db.info() YIELD name AS database
       CALL () { MATCH (d:Document) RETURN count(d) AS documents }
       CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
       CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
       RETURN versions[0] AS version, edition, database, documents, entities, relationships`,
    );
    return result.records[0].toObject();
  }, factsDeadlineMs, factsDeadlineMs);
}
