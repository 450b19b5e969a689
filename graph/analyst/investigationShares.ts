import crypto from 'node:crypto';
import type { ShareAccess } from '../../contract/investigations';
import type { Graph } from '../connection';
import { recordAudit } from './audit';
import { accessOf, findInvestigation, type Caller, type Found } from './investigationAccess';

export interface Shares {
  shares: Found['shares'];
  linkKey: string | null;
}

export type ShareOutcome = { ok: true; value: Shares } | { ok: false; reason: 'not_found' | 'forbidden' | 'no_user' | 'self' };

/** Only the owner hands out access: share, unshare, and make or revoke the link. */
async function asOwner(
  graph: Graph,
  id: string,
  caller: Caller,
  change: (found: Found, tx: Parameters<Parameters<Graph['write']>[0]>[0]) => Promise<ShareOutcome | null>,
): Promise<ShareOutcome> {
  return graph.write(async (tx) => {
    const found = await findInvestigation(tx, id, true);
    if (!found) return { ok: false, reason: 'not_found' } as const;
    if (accessOf(found, caller) !== 'owner') return { ok: false, reason: 'forbidden' } as const;
    const refused = await change(found, tx);
    if (refused) return refused;
    const after = (await findInvestigation(tx, id))!;
    return { ok: true, value: { shares: after.shares, linkKey: after.stored.linkKey } } as const;
  });
}

export async function shareInvestigation(graph: Graph, id: string, username: string, access: ShareAccess, caller: Caller): Promise<ShareOutcome> {
  return asOwner(graph, id, caller, async (found, tx) => {
    if (username === found.stored.owner) return { ok: false, reason: 'self' };
    const result = await tx.run(
      `MATCH (i:Investigation {id: $id}), (u:User {username: $username})
       MERGE (i)-[s:SHARED_WITH]->(u) SET s.access = $access, s.at = timestamp()
       RETURN u.username AS u`,
      { id, username, access },
    );
    if (result.records.length === 0) return { ok: false, reason: 'no_user' };
    await recordAudit(tx, { actor: caller.username, action: 'investigation.share', targetId: id, detail: { username, access } });
    return null;
  });
}

export async function unshareInvestigation(graph: Graph, id: string, username: string, caller: Caller): Promise<ShareOutcome> {
  return asOwner(graph, id, caller, async (_found, tx) => {
    const result = await tx.run('MATCH (:Investigation {id: $id})-[s:SHARED_WITH]->(:User {username: $username}) DELETE s RETURN count(*) AS n', { id, username });
    if ((result.records[0]?.get('n') as number | undefined) === 0) return { ok: false, reason: 'no_user' };
    await recordAudit(tx, { actor: caller.username, action: 'investigation.unshare', targetId: id, detail: { username } });
    return null;
  });
}

/**
 * A new secret link (any earlier link stops working). Kept in plain: it only opens what a
 * leaked database would show anyway, and its owner must be able to copy it again.
 */
export async function makeInvestigationLink(graph: Graph, id: string, caller: Caller): Promise<ShareOutcome> {
  return asOwner(graph, id, caller, async (_found, tx) => {
    await tx.run('MATCH (i:Investigation {id: $id}) SET i.linkKey = $key', { id, key: crypto.randomBytes(24).toString('base64url') });
    await recordAudit(tx, { actor: caller.username, action: 'investigation.link', targetId: id });
    return null;
  });
}

export async function revokeInvestigationLink(graph: Graph, id: string, caller: Caller): Promise<ShareOutcome> {
  return asOwner(graph, id, caller, async (_found, tx) => {
    await tx.run('MATCH (i:Investigation {id: $id}) SET i.linkKey = null', { id });
    await recordAudit(tx, { actor: caller.username, action: 'investigation.unlink', targetId: id });
    return null;
  });
}
