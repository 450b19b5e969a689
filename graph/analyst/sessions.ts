import neo4j from 'neo4j-driver';
import type { Graph } from '../connection';
import { recordAudit } from './audit';
import { nowIso } from './ids';
import type { Role } from './users';

export interface SessionRecord {
  username: string;
  role: Role;
  csrfToken: string;
  expiresAt: string;
}

/** `id` is the hash of the cookie value, so a leaked database does not leak live sessions. */
export async function createSession(
  graph: Graph,
  session: { id: string; username: string; csrfToken: string; expiresAt: string },
): Promise<void> {
  await graph.write(async (tx) => {
    await tx.run(
      `MATCH (u:User {username: $username})
       CREATE (:Session {id: $id, username: $username, csrfToken: $csrfToken, createdAt: $now, expiresAt: $expiresAt})`,
      { ...session, now: nowIso() },
    );
    await recordAudit(tx, { actor: session.username, action: 'auth.login', targetId: session.username });
  });
}

/** The live session and its user's current role (a role change applies at once). */
export async function findSession(graph: Graph, id: string): Promise<SessionRecord | undefined> {
  const [row] = await graph.readRows<{ s: SessionRecord }>(
    `MATCH (s:Session {id: $id}) WHERE s.expiresAt > $now
     MATCH (u:User {username: s.username})
     RETURN {username: u.username, role: u.role, csrfToken: s.csrfToken, expiresAt: s.expiresAt} AS s`,
    { id, now: nowIso() },
  );
  return row?.s;
}

export async function deleteSession(graph: Graph, id: string, actor: string): Promise<void> {
  await graph.write(async (tx) => {
    await tx.run('MATCH (s:Session {id: $id}) DELETE s', { id });
    await recordAudit(tx, { actor, action: 'auth.logout', targetId: actor });
  });
}

/** Expired sessions are useless; drop a batch of them now and then. */
export async function deleteExpiredSessions(graph: Graph): Promise<void> {
  await graph.writeRows('MATCH (s:Session) WHERE s.expiresAt <= $now WITH s LIMIT $limit DELETE s', {
    now: nowIso(),
    limit: neo4j.int(1000),
  });
}
