import type { Graph } from '../connection';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import type { Role } from './users';

/**
 * What a token may do: a script that only reads gets a token that cannot write, so a leaked
 * read token changes nothing. The user's role still bounds a write token.
 */
export const tokenScopes = ['read', 'write'] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** A token nobody renews stops working: 90 days unless the maker says otherwise. */
export const defaultTokenDays = 90;
const dayMs = 86_400_000;

export interface TokenTerms {
  scope: TokenScope;
  /** ISO-8601 instant after which the token is refused. */
  expiresAt: string;
}

export function tokenTerms(scope: TokenScope, days = defaultTokenDays, now = Date.now()): TokenTerms {
  return { scope, expiresAt: new Date(now + days * dayMs).toISOString() };
}

/** Stores only the token's hash; the token itself is shown once, to whoever created it. */
export async function createApiToken(graph: Graph, username: string, hash: string, name: string, actor: string, terms: TokenTerms = tokenTerms('read')): Promise<string | undefined> {
  return graph.write(async (tx) => {
    const id = newId('tok');
    const result = await tx.run(
      `MATCH (u:User {username: $username})
       CREATE (t:ApiToken {id: $id, hash: $hash, username: $username, name: $name, createdAt: $now, scope: $scope, expiresAt: $expiresAt})
       RETURN t.id AS id`,
      { username, id, hash, name, now: nowIso(), scope: terms.scope, expiresAt: terms.expiresAt },
    );
    if (result.records.length === 0) return undefined;
    await recordAudit(tx, { actor, action: 'token.create', targetId: username, detail: { tokenId: id, name, ...terms } });
    return id;
  });
}

export interface TokenHolder {
  username: string;
  role: Role;
  scope: TokenScope;
  expiresAt: string;
}

/**
 * Tokens made before scopes and expiry existed could write (they keep that) and expire
 * defaultTokenDays after they were made.
 */
function termsOf(row: { scope: string | null; expiresAt: string | null; createdAt: string | null }): TokenTerms {
  const scope: TokenScope = row.scope === 'read' ? 'read' : 'write';
  const made = Date.parse(row.createdAt ?? '');
  const expiresAt = row.expiresAt ?? new Date((Number.isFinite(made) ? made : 0) + defaultTokenDays * dayMs).toISOString();
  return { scope, expiresAt };
}

/** The token's holder and terms, expired or not (the caller refuses an expired one with a reason). */
export async function findTokenUser(graph: Graph, hash: string): Promise<TokenHolder | undefined> {
  const [row] = await graph.readRows<{ username: string; role: Role; scope: string | null; expiresAt: string | null; createdAt: string | null }>(
    `MATCH (t:ApiToken {hash: $hash}) MATCH (u:User {username: t.username})
     RETURN u.username AS username, u.role AS role, t.scope AS scope, t.expiresAt AS expiresAt, t.createdAt AS createdAt`,
    { hash },
  );
  return row && { username: row.username, role: row.role, ...termsOf(row) };
}

export async function listApiTokens(graph: Graph, username: string): Promise<({ id: string; name: string; createdAt: string } & TokenTerms)[]> {
  const rows = await graph.readRows<{ id: string; name: string; createdAt: string; scope: string | null; expiresAt: string | null }>(
    `MATCH (t:ApiToken {username: $username})
     RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt, t.scope AS scope, t.expiresAt AS expiresAt ORDER BY t.createdAt`,
    { username },
  );
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.createdAt, ...termsOf(r) }));
}

export async function revokeApiToken(graph: Graph, id: string, actor: string): Promise<boolean> {
  return graph.write(async (tx) => {
    const result = await tx.run('MATCH (t:ApiToken {id: $id}) WITH t, t.username AS username DELETE t RETURN username', { id });
    if (result.records.length === 0) return false;
    await recordAudit(tx, { actor, action: 'token.revoke', targetId: result.records[0].get('username') as string, detail: { tokenId: id } });
    return true;
  });
}
