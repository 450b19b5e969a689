import type { Graph } from '../connection';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import type { Role } from './users';

/** Stores only the token's hash; the token itself is shown once, to whoever created it. */
export async function createApiToken(graph: Graph, username: string, hash: string, name: string, actor: string): Promise<string | undefined> {
  return graph.write(async (tx) => {
    const id = newId('tok');
    const result = await tx.run(
      `MATCH (u:User {username: $username})
       CREATE (t:ApiToken {id: $id, hash: $hash, username: $username, name: $name, createdAt: $now})
       RETURN t.id AS id`,
      { username, id, hash, name, now: nowIso() },
    );
    if (result.records.length === 0) return undefined;
    await recordAudit(tx, { actor, action: 'token.create', targetId: username, detail: { tokenId: id, name } });
    return id;
  });
}

export async function findTokenUser(graph: Graph, hash: string): Promise<{ username: string; role: Role } | undefined> {
  const [row] = await graph.readRows<{ username: string; role: Role }>(
    `MATCH (t:ApiToken {hash: $hash}) MATCH (u:User {username: t.username})
     RETURN u.username AS username, u.role AS role`,
    { hash },
  );
  return row;
}

export async function listApiTokens(graph: Graph, username: string): Promise<{ id: string; name: string; createdAt: string }[]> {
  return graph.readRows(
    'MATCH (t:ApiToken {username: $username}) RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt ORDER BY t.createdAt',
    { username },
  );
}

export async function revokeApiToken(graph: Graph, id: string, actor: string): Promise<boolean> {
  return graph.write(async (tx) => {
    const result = await tx.run('MATCH (t:ApiToken {id: $id}) WITH t, t.username AS username DELETE t RETURN username', { id });
    if (result.records.length === 0) return false;
    await recordAudit(tx, { actor, action: 'token.revoke', targetId: result.records[0].get('username') as string, detail: { tokenId: id } });
    return true;
  });
}
