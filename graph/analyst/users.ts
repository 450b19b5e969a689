import type { Graph } from '../connection';
import { recordAudit } from './audit';
import { nowIso } from './ids';

export const roles = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface UserRecord {
  username: string;
  role: Role;
  createdAt: string;
}

export interface UserWithHash extends UserRecord {
  passwordHash: string;
}

export async function findUser(graph: Graph, username: string): Promise<UserWithHash | undefined> {
  const [row] = await graph.readRows<{ u: UserWithHash }>(
    'MATCH (u:User {username: $username}) RETURN u {.username, .role, .createdAt, .passwordHash} AS u',
    { username },
  );
  return row?.u;
}

export async function listUsers(graph: Graph): Promise<UserRecord[]> {
  const rows = await graph.readRows<{ u: UserRecord }>(
    'MATCH (u:User) RETURN u {.username, .role, .createdAt} AS u ORDER BY u.username',
  );
  return rows.map((r) => r.u);
}

export async function countAdmins(graph: Graph): Promise<number> {
  const [row] = await graph.readRows<{ n: number }>("MATCH (u:User {role: 'admin'}) RETURN count(u) AS n");
  return row.n;
}

/** False when the username is taken (the uniqueness constraint decides, so races can't double it). */
export async function createUser(graph: Graph, user: { username: string; role: Role; passwordHash: string }, actor: string): Promise<boolean> {
  return graph.write(async (tx) => {
    const result = await tx.run(
      `MERGE (u:User {username: $username})
       ON CREATE SET u.role = $role, u.passwordHash = $passwordHash, u.createdAt = $now, u.created = true
       WITH u, coalesce(u.created, false) AS created
       REMOVE u.created
       RETURN created`,
      { ...user, now: nowIso() },
    );
    const created = result.records[0].get('created') as boolean;
    if (created) await recordAudit(tx, { actor, action: 'user.add', targetId: user.username, detail: { role: user.role } });
    return created;
  });
}

/** Changing a password ends the user's sessions: whoever held the old one is logged out. */
export async function setPassword(graph: Graph, username: string, passwordHash: string, actor: string): Promise<boolean> {
  return graph.write(async (tx) => {
    const result = await tx.run(
      `MATCH (u:User {username: $username}) SET u.passwordHash = $passwordHash
       WITH u OPTIONAL MATCH (s:Session {username: u.username}) DETACH DELETE s
       RETURN count(*) AS n`,
      { username, passwordHash },
    );
    const found = (result.records[0]?.get('n') as number | undefined) ?? 0;
    if (found > 0) await recordAudit(tx, { actor, action: 'user.passwd', targetId: username });
    return found > 0;
  });
}

export async function setRole(graph: Graph, username: string, role: Role, actor: string): Promise<boolean> {
  return graph.write(async (tx) => {
    const result = await tx.run('MATCH (u:User {username: $username}) SET u.role = $role RETURN u.username AS u', { username, role });
    if (result.records.length === 0) return false;
    await recordAudit(tx, { actor, action: 'user.role', targetId: username, detail: { role } });
    return true;
  });
}

/** Removes the account, its sessions and API tokens; what the user wrote stays (authored by name). */
export async function removeUser(graph: Graph, username: string, actor: string): Promise<boolean> {
  return graph.write(async (tx) => {
    const result = await tx.run(
      `MATCH (u:User {username: $username})
       OPTIONAL MATCH (s:Session {username: $username})
       OPTIONAL MATCH (t:ApiToken {username: $username})
       DETACH DELETE s, t, u
       RETURN count(*) AS n`,
      { username },
    );
    const removed = result.records.length > 0 && (result.records[0].get('n') as number) > 0;
    if (removed) await recordAudit(tx, { actor, action: 'user.remove', targetId: username });
    return removed;
  });
}
