import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../connection';
import { newId, nowIso } from './ids';

export interface AuditInput {
  actor: string;
  action: string;
  targetId: string;
  detail?: Record<string, unknown>;
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  targetId: string;
  detail: Record<string, unknown>;
}

/** Written inside the same transaction as the change it records, so neither exists alone. */
export async function recordAudit(tx: ManagedTransaction, event: AuditInput): Promise<void> {
  await tx.run(
    `CREATE (:AuditEvent {id: $id, at: $at, actor: $actor, action: $action, targetId: $targetId, detail: $detail})`,
    {
      id: newId('aud'),
      at: nowIso(),
      actor: event.actor,
      action: event.action,
      targetId: event.targetId,
      detail: JSON.stringify(event.detail ?? {}),
    },
  );
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  targetId?: string;
  /** ISO instants, both ends included. */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** Newest first; `total` counts every event the filter matches, for paging. */
export async function listAudit(graph: Graph, filter: AuditFilter): Promise<{ events: AuditEvent[]; total: number }> {
  const params = {
    actor: filter.actor ?? null,
    action: filter.action ?? null,
    targetId: filter.targetId ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    limit: neo4j.int(filter.limit),
    offset: neo4j.int(filter.offset),
  };
  const where = `WHERE ($actor IS NULL OR e.actor = $actor) AND ($action IS NULL OR e.action = $action)
                   AND ($targetId IS NULL OR e.targetId = $targetId)
                   AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at <= $to)`;
  return graph.read(async (tx) => {
    const total = await tx.run(`MATCH (e:AuditEvent) ${where} RETURN count(e) AS n`, params);
    const rows = await tx.run(
      `MATCH (e:AuditEvent) ${where}
       RETURN e {.*} AS e ORDER BY e.at DESC, e.id DESC SKIP $offset LIMIT $limit`,
      params,
    );
    return {
      total: total.records[0].get('n') as number,
      events: rows.records.map((r) => {
        const e = r.get('e') as Omit<AuditEvent, 'detail'> & { detail: string };
        return { ...e, detail: JSON.parse(e.detail || '{}') as Record<string, unknown> };
      }),
    };
  });
}

/** Everyone who acted and every kind of action, for the audit view's filters. */
export async function auditFacets(graph: Graph): Promise<{ actors: string[]; actions: string[] }> {
  const [row] = await graph.readRows<{ actors: string[]; actions: string[] }>(
    'MATCH (e:AuditEvent) RETURN collect(DISTINCT e.actor) AS actors, collect(DISTINCT e.action) AS actions',
  );
  return { actors: [...(row?.actors ?? [])].sort(), actions: [...(row?.actions ?? [])].sort() };
}
