import crypto from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Investigation, InvestigationAccess, InvestigationCanvas, ShareAccess } from '../../contract/investigations';

/** Who is asking: an account, and the key of a shared link when they came by one. */
export interface Caller {
  username: string;
  key?: string;
}

export interface StoredInvestigation {
  id: string;
  name: string;
  owner: string;
  notes: string;
  canvas: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  linkKey: string | null;
}

export interface Found {
  stored: StoredInvestigation;
  shares: { username: string; access: ShareAccess }[];
}

/** The investigation with its shares, or undefined; `lock` makes a writer wait for another. */
export async function findInvestigation(tx: ManagedTransaction, id: string, lock = false): Promise<Found | undefined> {
  const result = await tx.run(
    `MATCH (i:Investigation {id: $id})
      ${lock ? 'SET i.lockedAt = timestamp() WITH i' : ''}
     OPTIONAL MATCH (i)-[s:SHARED_WITH]->(u:User)
     WITH i, s, u ORDER BY u.username
     RETURN i {.id, .name, .owner, .notes, .canvas, .version, .createdAt, .updatedAt, .updatedBy, .linkKey} AS i,
            [x IN collect({username: u.username, access: s.access}) WHERE x.username IS NOT NULL] AS shares`,
    { id },
  );
  const row = result.records[0];
  if (!row) return undefined;
  return { stored: row.get('i') as StoredInvestigation, shares: row.get('shares') as Found['shares'] };
}

function sameKey(given: string, stored: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(stored);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Null when the caller may not even read it: not the owner, not shared with them, no valid link key. */
export function accessOf(found: Found, caller: Caller): InvestigationAccess | null {
  if (found.stored.owner === caller.username) return 'owner';
  const shared = found.shares.find((s) => s.username === caller.username)?.access;
  if (shared) return shared;
  if (caller.key && found.stored.linkKey && sameKey(caller.key, found.stored.linkKey)) return 'read';
  return null;
}

/** The answer shape: the link's secret and the share list are the owner's to see and hand out. */
export function present(found: Found, access: InvestigationAccess): Investigation {
  const { stored } = found;
  return {
    id: stored.id,
    name: stored.name,
    owner: stored.owner,
    notes: stored.notes,
    canvas: JSON.parse(stored.canvas) as InvestigationCanvas,
    version: stored.version,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
    access,
    shares: found.shares,
    linkKey: access === 'owner' ? stored.linkKey : null,
  };
}
