import type { ManagedTransaction } from 'neo4j-driver';
import type { Stance, TargetKind } from '../../contract/limits';
import type { Graph } from '../connection';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { entityExists, findRelationEnds } from './relationLookup';

export type { Stance, TargetKind };

export interface AnnotationContent {
  text: string;
  stance: Stance;
  confidence: number | null;
  tags: string[];
}

export interface Annotation extends AnnotationContent {
  id: string;
  targetId: string;
  targetKind: TargetKind;
  author: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AnnotationRevision extends AnnotationContent {
  id: string;
  annotationId: string;
  version: number;
  editor: string;
  at: string;
  action: 'create' | 'update' | 'delete';
}

const annotationFields = 'a {.id, .targetId, .targetKind, .text, .stance, .confidence, .tags, .author, .version, .createdAt, .updatedAt}';

async function targetExists(tx: ManagedTransaction, kind: TargetKind, id: string): Promise<boolean> {
  return kind === 'relation' ? (await findRelationEnds(tx, id)) !== undefined : entityExists(tx, id);
}

/** Undefined when the target does not exist. Annotation, first revision and audit in one transaction. */
export async function createAnnotation(
  graph: Graph,
  target: { kind: TargetKind; id: string },
  content: AnnotationContent,
  author: string,
): Promise<Annotation | undefined> {
  return graph.write(async (tx) => {
    if (!(await targetExists(tx, target.kind, target.id))) return undefined;
    const now = nowIso();
    const result = await tx.run(
      `CREATE (a:Annotation {id: $id, targetId: $targetId, targetKind: $targetKind, text: $text, stance: $stance,
         confidence: $confidence, tags: $tags, author: $author, version: 1, createdAt: $now, updatedAt: $now, deleted: false})
       CREATE (:AnnotationRevision {id: $revId, annotationId: $id, version: 1, text: $text, stance: $stance,
         confidence: $confidence, tags: $tags, editor: $author, at: $now, action: 'create'})
       RETURN ${annotationFields} AS a`,
      { id: newId('ann'), revId: newId('anr'), targetId: target.id, targetKind: target.kind, ...content, author, now },
    );
    const annotation = result.records[0].get('a') as Annotation;
    await recordAudit(tx, { actor: author, action: 'annotation.create', targetId: annotation.id, detail: { on: target.id, stance: content.stance } });
    return annotation;
  });
}

export async function listAnnotations(graph: Graph, targetId: string): Promise<Annotation[]> {
  const rows = await graph.readRows<{ a: Annotation }>(
    `MATCH (a:Annotation {targetId: $targetId}) WHERE NOT coalesce(a.deleted, false)
     RETURN ${annotationFields} AS a ORDER BY a.createdAt, a.id`,
    { targetId },
  );
  return rows.map((r) => r.a);
}

export async function annotationHistory(graph: Graph, annotationId: string): Promise<AnnotationRevision[] | undefined> {
  return graph.read(async (tx) => {
    const found = await tx.run('MATCH (a:Annotation {id: $id}) RETURN a.id AS id', { id: annotationId });
    if (found.records.length === 0) return undefined;
    const rows = await tx.run(
      'MATCH (r:AnnotationRevision {annotationId: $id}) RETURN r {.*} AS r ORDER BY r.version, r.at',
      { id: annotationId },
    );
    return rows.records.map((r) => r.get('r') as AnnotationRevision);
  });
}

export type ChangeResult =
  | { ok: true; annotation: Annotation }
  | { ok: false; reason: 'not_found' | 'forbidden' | 'conflict'; currentVersion?: number };

/**
 * Edit or delete with optimistic concurrency. `SET a._lock` takes the node's write lock before
 * the version is read, so of two writers holding the same version exactly one passes the check;
 * the other waits for the lock, then sees the new version and gets a conflict.
 */
export async function changeAnnotation(
  graph: Graph,
  change: { id: string; version: number; editor: string; isAdmin: boolean; action: 'update' | 'delete'; content?: Partial<AnnotationContent> },
): Promise<ChangeResult> {
  return graph.write(async (tx) => {
    const content = change.content ?? {};
    const result = await tx.run(
      `MATCH (a:Annotation {id: $id}) WHERE NOT coalesce(a.deleted, false)
       SET a._lock = true
       WITH a, a.version AS current, (a.author = $editor OR $isAdmin) AS allowed
       WITH a, current, allowed, allowed AND current = $version AS applies
       CALL (a, applies) {
         WITH a WHERE applies
         SET a.text = coalesce($text, a.text), a.stance = coalesce($stance, a.stance),
             a.confidence = CASE WHEN $setConfidence THEN $confidence ELSE a.confidence END,
             a.tags = coalesce($tags, a.tags), a.version = a.version + 1, a.updatedAt = $now,
             a.deleted = $deleting
         CREATE (:AnnotationRevision {id: $revId, annotationId: a.id, version: a.version, text: a.text, stance: a.stance,
           confidence: a.confidence, tags: a.tags, editor: $editor, at: $now, action: $action})
       }
       REMOVE a._lock
       RETURN allowed, applies, current, ${annotationFields} AS a`,
      {
        id: change.id,
        version: change.version,
        editor: change.editor,
        isAdmin: change.isAdmin,
        text: content.text ?? null,
        stance: content.stance ?? null,
        setConfidence: content.confidence !== undefined,
        confidence: content.confidence ?? null,
        tags: content.tags ?? null,
        deleting: change.action === 'delete',
        action: change.action,
        revId: newId('anr'),
        now: nowIso(),
      },
    );
    const record = result.records[0];
    if (!record) return { ok: false, reason: 'not_found' } as const;
    if (!record.get('allowed')) return { ok: false, reason: 'forbidden' } as const;
    if (!record.get('applies')) return { ok: false, reason: 'conflict', currentVersion: record.get('current') as number } as const;
    const annotation = record.get('a') as Annotation;
    await recordAudit(tx, { actor: change.editor, action: `annotation.${change.action}`, targetId: change.id, detail: { version: annotation.version } });
    return { ok: true, annotation } as const;
  });
}

/** Live annotations per target id, for badges: count and the stances present. */
export async function annotationSummaries(graph: Graph, targetIds: string[]): Promise<Record<string, { count: number; stances: Stance[] }>> {
  const rows = await graph.readRows<{ id: string; count: number; stances: Stance[] }>(
    `UNWIND $ids AS id MATCH (a:Annotation {targetId: id}) WHERE NOT coalesce(a.deleted, false)
     RETURN id, count(a) AS count, collect(DISTINCT a.stance) AS stances`,
    { ids: targetIds },
  );
  return Object.fromEntries(rows.map((r) => [r.id, { count: r.count, stances: r.stances }]));
}
