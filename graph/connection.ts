import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session } from 'neo4j-driver';
import { SetupError } from './neo4j/errors';
import { withDeadline } from './deadline';
import { autoCommitReads, retryTransient } from './autoCommit';
import './packstreamMaps';

export interface GraphConfig {
  uri: string;
  user: string;
  password: string;
  /** undefined = the server's default database. */
  database?: string;
}

/**
 * The one handle every room uses to reach Neo4j. Reads go through read sessions (auto-commit
 * queries, autoCommit.ts) and writes through executeWrite, so a cluster or Aura routes them;
 * transient failures are retried either way.
 */
export class Graph {
  readonly driver: Driver;
  /**
   * How much longer than its transaction timeout a query may take before the client gives up:
   * room for the driver's retries (maxTransactionRetryTime) and the answer's transfer.
   */
  static readonly clientGraceMs = 15_000;
  /** How long transient failures are retried (the driver's maxTransactionRetryTime). */
  static readonly maxRetryMs = 10_000;
  /** When Neo4j last answered a query of this handle (Date.now()); 0 before the first. */
  lastAnswerAt = 0;

  constructor(readonly config: GraphConfig) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: Graph.maxRetryMs,
    });
  }

  get database(): string | undefined {
    return this.config.database;
  }

  /**
   * deadlineMs: when the client stops waiting for an answer (the server's timeout and grace by
   * default). The work's queries run as auto-commit queries (autoCommit.ts: one round trip each),
   * retried as a managed transaction would be.
   */
  async read<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = 30_000, deadlineMs = timeoutMs + Graph.clientGraceMs): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const answer = retryTransient(() => work(autoCommitReads(session, timeoutMs)), Graph.maxRetryMs);
    return this.bounded(session, answer, deadlineMs, 'a read');
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = 120_000): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    return this.bounded(session, session.executeWrite(work, { timeout: timeoutMs }), timeoutMs + Graph.clientGraceMs, 'a write');
  }

  /**
   * The work's answer, or a deadline error once the server's own timeout and the grace have
   * passed without one. A session that timed out is closed without waiting: a stopped server
   * would never let the close finish.
   */
  private async bounded<T>(session: Session, work: Promise<T>, deadlineMs: number, what: string): Promise<T> {
    let timedOut = false;
    try {
      const answer = await withDeadline(work, deadlineMs, what, () => {
        timedOut = true;
      });
      this.lastAnswerAt = Date.now();
      return answer;
    } finally {
      if (timedOut) void session.close().catch(() => undefined);
      else await session.close();
    }
  }

  /** One read query, records as plain objects. */
  async readRows<R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<R[]> {
    const result: QueryResult<R> = await this.read((tx) => tx.run<R>(cypher, params));
    return result.records.map((r) => r.toObject());
  }

  /** One write query, records as plain objects. */
  async writeRows<R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<R[]> {
    const result: QueryResult<R> = await this.write((tx) => tx.run<R>(cypher, params));
    return result.records.map((r) => r.toObject());
  }

  /** Fail with a remedy when the server can't be reached or refuses the credentials. */
  async verify(deadlineMs = 20_000): Promise<void> {
    try {
      await withDeadline(
        (async () => {
          await this.driver.verifyAuthentication();
          await this.driver.getServerInfo({ database: this.database });
        })(),
        deadlineMs,
        'a connection check',
      );
    } catch (err) {
      throw describeConnectionError(err, this.config);
    }
  }

  /** True once close() was called: failures after that are the shutdown's, not the database's. */
  get isClosed(): boolean {
    return this.closing;
  }

  private closing = false;

  async close(): Promise<void> {
    this.closing = true;
    await this.driver.close();
  }
}

export function describeConnectionError(err: unknown, config: GraphConfig): SetupError {
  const code = (err as { code?: string }).code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (/Unauthorized|AuthenticationRateLimit/.test(code) || /authentication failure|unauthorized/i.test(message)) {
    return new SetupError(
      `Neo4j at ${config.uri} refused the credentials for user "${config.user}".`,
      'Check NEO4J_USER and NEO4J_PASSWORD (for the local server: var/secrets/neo4j-password).',
    );
  }
  if (/DatabaseNotFound/.test(code) || /database does not exist/i.test(message)) {
    return new SetupError(`Neo4j at ${config.uri} has no database "${config.database}".`, 'Check NEO4J_DATABASE or create the database.');
  }
  return new SetupError(
    `Neo4j at ${config.uri} is unreachable: ${message}`,
    'Check NEO4J_URI (bolt://, neo4j:// or neo4j+s://), that the server is running, and the network; unset NEO4J_URI to use the local Neo4j.',
  );
}
