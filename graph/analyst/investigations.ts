import neo4j from 'neo4j-driver';
import type { Investigation, InvestigationCreate, InvestigationSummary, InvestigationUpdate } from '../../contract/investigations';
import type { Graph } from '../connection';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { accessOf, findInvestigation, present, type Caller } from './investigationAccess';

export type { Caller };

/** Why a read or change was refused: no such investigation, no access, or a stale version. */
export type Refusal = { ok: false; reason: 'not_found' | 'forbidden' } | { ok: false; reason: 'version_conflict'; currentVersion: number };
export type Outcome = { ok: true; investigation: Investigation } | Refusal;

const listCap = 500;

/** The canvas is kept as one JSON property: it is read and written whole, never queried inside. */
export async function createInvestigation(graph: Graph, input: InvestigationCreate, owner: string): Promise<Investigation> {
  return graph.write(async (tx) => {
    const id = newId('inv');
    const now = nowIso();
    await tx.run(
      `CREATE (:Investigation {id: $id, name: $name, owner: $owner, notes: $notes, canvas: $canvas, version: 1,
         createdAt: $now, updatedAt: $now, updatedBy: $owner, linkKey: null})`,
      { id, name: input.name, owner, notes: input.notes, canvas: JSON.stringify(input.canvas), now },
    );
    await recordAudit(tx, { actor: owner, action: 'investigation.create', targetId: id, detail: { name: input.name, nodes: input.canvas.nodes.length } });
    const found = await findInvestigation(tx, id);
    return present(found!, 'owner');
  });
}

export async function readInvestigation(graph: Graph, id: string, caller: Caller): Promise<Outcome> {
  return graph.read(async (tx) => {
    const found = await findInvestigation(tx, id);
    if (!found) return { ok: false, reason: 'not_found' } as const;
    const access = accessOf(found, caller);
    if (!access) return { ok: false, reason: 'forbidden' } as const;
    return { ok: true, investigation: present(found, access) } as const;
  });
}

/** The caller's own investigations and those shared with them, most recently changed first. */
export async function listInvestigations(graph: Graph, username: string): Promise<InvestigationSummary[]> {
  const rows = await graph.readRows<{ i: Omit<InvestigationSummary, 'nodeCount'> & { canvas: string } }>(
    `CALL (){
       MATCH (i:Investigation {owner: $username}) RETURN i, 'owner' AS access
       UNION
       MATCH (i:Investigation)-[s:SHARED_WITH]->(:User {username: $username}) RETURN i, s.access AS access
     }
     RETURN i {.id, .name, .owner, .updatedAt, .updatedBy, .version, .canvas, access: access} AS i
     ORDER BY i.updatedAt DESC, i.id LIMIT $cap`,
    { username, cap: neo4j.int(listCap) },
  );
  return rows.map(({ i }) => {
    const { canvas, ...summary } = i;
    return { ...summary, nodeCount: (JSON.parse(canvas) as { nodes: unknown[] }).nodes.length };
  });
}

/**
 * Owner or an editor; `version` must be the one they edited (else 409 with the current one),
 * so two people saving the same investigation never silently overwrite each other.
 */
export async function updateInvestigation(graph: Graph, id: string, change: InvestigationUpdate, caller: Caller): Promise<Outcome> {
  return graph.write(async (tx) => {
    const found = await findInvestigation(tx, id, true);
    if (!found) return { ok: false, reason: 'not_found' } as const;
    const access = accessOf(found, caller);
    if (access !== 'owner' && access !== 'edit') return { ok: false, reason: 'forbidden' } as const;
    if (found.stored.version !== change.version) return { ok: false, reason: 'version_conflict', currentVersion: found.stored.version } as const;
    await tx.run(
      `MATCH (i:Investigation {id: $id})
       SET i.name = coalesce($name, i.name), i.notes = coalesce($notes, i.notes), i.canvas = coalesce($canvas, i.canvas),
           i.version = i.version + 1, i.updatedAt = $now, i.updatedBy = $editor`,
      {
        id,
        name: change.name ?? null,
        notes: change.notes ?? null,
        canvas: change.canvas ? JSON.stringify(change.canvas) : null,
        now: nowIso(),
        editor: caller.username,
      },
    );
    const changed = ['name', 'notes', 'canvas'].filter((key) => change[key as keyof InvestigationUpdate] !== undefined);
    await recordAudit(tx, {
      actor: caller.username,
      action: 'investigation.update',
      targetId: id,
      detail: { version: change.version + 1, changed, ...(change.canvas ? { nodes: change.canvas.nodes.length } : {}) },
    });
    const after = await findInvestigation(tx, id);
    return { ok: true, investigation: present(after!, access) } as const;
  });
}

/** Only the owner deletes; the audit keeps its name. */
export async function deleteInvestigation(graph: Graph, id: string, caller: Caller): Promise<{ ok: true } | Refusal> {
  return graph.write(async (tx) => {
    const found = await findInvestigation(tx, id, true);
    if (!found) return { ok: false, reason: 'not_found' } as const;
    if (accessOf(found, caller) !== 'owner') return { ok: false, reason: 'forbidden' } as const;
    await tx.run('MATCH (i:Investigation {id: $id}) DETACH DELETE i', { id });
    await recordAudit(tx, { actor: caller.username, action: 'investigation.delete', targetId: id, detail: { name: found.stored.name } });
    return { ok: true } as const;
  });
}
