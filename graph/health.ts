import type { Graph } from './connection';

export interface GraphHealth {
  neo4j: { version: string; edition: string; address: string };
  database: string;
  counts: { documents: number; entities: number; relationships: number };
}

type Facts = { version: string; edition: string; database: string } & GraphHealth['counts'];

/**
 * Health must answer quickly whatever the load: monitors and the explorer's status line ask it
 * often, and a stopped Neo4j must give a 503 in seconds, not a hang. Under a crowd of deep reads
 * even `RETURN 1` waited seconds for a busy Neo4j, so health does not ask Neo4j itself: a watch
 * in the background proves every second that Neo4j answers (any query of the handle that
 * answered counts), and health answers from that proof while it is recent. Only when the proof
 * is older than `trustMs` (Neo4j slow or stopped) does health wait, for the check under way and
 * its short deadline. The server's identity and counts, a scan of every edge, are read at most
 * every few seconds, in the background once a first value is known.
 */
export const healthTiming = {
  /** How often the watch looks; it asks Neo4j when nothing answered since the last look. */
  everyMs: 1_000,
  /** How old a proof that Neo4j answers may be for health to answer from it at once. */
  trustMs: 5_000,
  /** A liveness check that takes longer than this is a failure (a stopped server never answers). */
  deadlineMs: 5_000,
  /** The watch stops when health has not been asked for this long, and starts again when asked. */
  idleMs: 60_000,
};
const factsMaxAgeMs = 10_000;
/** Only the first health call waits for the counts. */
const factsDeadlineMs = 15_000;

/** Server identity and the headline counts; throws when Neo4j did not answer recently nor within a few seconds. */
export async function readHealth(graph: Graph): Promise<GraphHealth> {
  await watchOf(graph).alive();
  const facts = await currentFacts(graph);
  return {
    neo4j: { version: facts.version, edition: facts.edition, address: graph.config.uri },
    database: facts.database,
    counts: { documents: facts.documents, entities: facts.entities, relationships: facts.relationships },
  };
}

/** The background proof that one Graph's Neo4j answers. */
class LivenessWatch {
  private timer?: NodeJS.Timeout;
  private askedAt = 0;
  private checking?: Promise<void>;
  /** The last check's failure, and when it came; cleared by any answer after it. */
  private failure?: { error: unknown; at: number };

  constructor(private readonly graph: Graph) {}

  /** Resolves when Neo4j answered recently (at once) or answers the check under way; else throws why not. */
  alive(): Promise<void> {
    const now = Date.now();
    const answeredAt = this.graph.lastAnswerAt;
    this.askedAt = now;
    this.start();
    // A recent failure with no answer since is the answer; an old one is asked again.
    if (this.failure && this.failure.at > answeredAt && now - this.failure.at <= healthTiming.trustMs) return Promise.reject(this.failure.error);
    if (now - answeredAt <= healthTiming.trustMs) return Promise.resolve();
    return this.check();
  }

  private start(): void {
    if (this.timer) return;
    // Unref'd: the watch never keeps a process alive that has nothing else to do.
    this.timer = setInterval(() => this.tick(), healthTiming.everyMs).unref();
  }

  private tick(): void {
    // Idle, or the handle was closed on purpose (a shutdown): nothing left to prove.
    if (Date.now() - this.askedAt > healthTiming.idleMs || this.graph.isClosed) {
      clearInterval(this.timer);
      this.timer = undefined;
      return;
    }
    try {
      if (Date.now() - this.graph.lastAnswerAt >= healthTiming.everyMs) void this.check().catch(() => undefined);
    } catch {
      // A closed handle: its failure is health's answer when next asked.
    }
  }

  /** One `RETURN 1` under the short deadline; callers arriving meanwhile share it. */
  private check(): Promise<void> {
    this.checking ??= this.graph
      .read((tx) => tx.run('RETURN 1 AS alive'), healthTiming.deadlineMs, healthTiming.deadlineMs)
      .then(
        () => {
          this.failure = undefined;
        },
        (error: unknown) => {
          this.failure = { error, at: Date.now() };
          throw error;
        },
      )
      .finally(() => {
        this.checking = undefined;
      });
    return this.checking;
  }
}

/**
 * Starts the watch and the first read of the counts as the server starts, so that the first
 * health answer, which a monitor may ask in the middle of a crowd, waits for neither.
 */
export function watchHealth(graph: Graph): void {
  try {
    watchOf(graph).alive().catch(() => undefined);
    currentFacts(graph).catch(() => undefined);
  } catch {
    // A handle that cannot even be asked fails the first health call instead, with its reason.
  }
}

const watches = new WeakMap<Graph, LivenessWatch>();

function watchOf(graph: Graph): LivenessWatch {
  let watch = watches.get(graph);
  if (!watch) {
    watch = new LivenessWatch(graph);
    watches.set(graph, watch);
  }
  return watch;
}

const known = new WeakMap<Graph, { value?: Facts; at: number; reading?: Promise<Facts> }>();

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
