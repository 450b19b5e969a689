import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../connection';
import { isEntityType, isRelationshipType } from '../ontology';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { lockTargets } from './locks';

/** An edge of the merged entity as it was before the merge, enough to put it back. */
interface MovedEdge {
  id: string;
  type: string;
  /** 'out': merged -[r]-> other; 'in': other -[r]-> merged; 'self': between keep and merged. */
  direction: 'out' | 'in';
  otherId: string;
  /** Both ends were the two merged entities: removed (it would be a self-loop), restored on undo. */
  between: boolean;
  properties: Record<string, unknown>;
}

interface MergeSnapshot {
  merged: { type: string; labels: string[]; properties: Record<string, unknown> };
  keep: { aliases: string[]; mentions: number; searchText: string | null };
  edges: MovedEdge[];
  mentions: { documentId: string; count: number; keepHad: number | null }[];
  redirectsRepointed: string[];
  /** Notes on the merged entity follow it to the kept one, and go back on unmerge. */
  entityAnnotations?: string[];
}

export type MergeResult =
  | { ok: true; mergeId: string; keepId: string; mergedId: string; movedEdges: number }
  | { ok: false; reason: 'same' | 'not_found'; field: 'keepId' | 'mergeId' };

/**
 * Merge `mergeId` into `keepId`: aliases combined, edges (with their ids, so evidence and
 * annotations still point at them) and mentions moved, an EntityRedirect left for the next
 * ingest, and a snapshot kept on a (:Merge) node so unmerge can restore the entity exactly.
 * Community Neo4j has no APOC, so edges are moved one ontology type at a time.
 */
export async function mergeEntities(graph: Graph, keepId: string, mergeId: string, actor: string): Promise<MergeResult> {
  if (keepId === mergeId) return { ok: false, reason: 'same', field: 'mergeId' };
  return graph.write(async (tx) => {
    // Two merges of one entity at once: the second waits here, then finds it gone (not_found).
    await lockTargets(tx, [keepId, mergeId]);
    const found = await tx.run(
      `OPTIONAL MATCH (k:Entity {id: $keepId}) OPTIONAL MATCH (m:Entity {id: $mergeId})
       RETURN k {.*} AS keep, m {.*} AS merged, labels(m) AS labels`,
      { keepId, mergeId },
    );
    const row = found.records[0];
    const keep = row.get('keep') as Record<string, unknown> | null;
    const merged = row.get('merged') as Record<string, unknown> | null;
    if (!keep) return { ok: false, reason: 'not_found', field: 'keepId' } as const;
    if (!merged) return { ok: false, reason: 'not_found', field: 'mergeId' } as const;

    const edges = await readEdges(tx, mergeId, keepId);
    const mentions = await tx.run(
      `MATCH (d:Document)-[mm:MENTIONS]->(:Entity {id: $mergeId})
       OPTIONAL MATCH (d)-[km:MENTIONS]->(:Entity {id: $keepId})
       RETURN d.id AS documentId, coalesce(mm.count, 0) AS count, km.count AS keepHad`,
      { keepId, mergeId },
    );
    const redirects = await tx.run('MATCH (r:EntityRedirect {toId: $mergeId}) RETURN r.mergeId AS id', { mergeId });
    const notes = await tx.run(
      `MATCH (a:Annotation {targetId: $mergeId}) WHERE a.targetKind = 'entity' SET a.targetId = $keepId RETURN collect(a.id) AS ids`,
      { keepId, mergeId },
    );
    const snapshot: MergeSnapshot = {
      merged: { type: String(merged.type), labels: row.get('labels') as string[], properties: merged },
      keep: {
        aliases: (keep.aliases as string[] | undefined) ?? [],
        mentions: Number(keep.mentions ?? 0),
        searchText: (keep.searchText as string | undefined) ?? null,
      },
      edges,
      mentions: mentions.records.map((r) => r.toObject() as MergeSnapshot['mentions'][number]),
      redirectsRepointed: redirects.records.map((r) => r.get('id') as string),
      entityAnnotations: notes.records[0].get('ids') as string[],
    };

    for (const type of new Set(edges.filter((e) => !e.between).map((e) => e.type))) {
      if (!isRelationshipType(type)) continue; // only ontology types are ever spliced in
      await tx.run(
        `MATCH (m:Entity {id: $mergeId})-[r:${type}]->(o:Entity) WHERE o.id <> $keepId
         MATCH (k:Entity {id: $keepId})
         CREATE (k)-[n:${type}]->(o) SET n = properties(r) DELETE r`,
        { keepId, mergeId },
      );
      await tx.run(
        `MATCH (o:Entity)-[r:${type}]->(m:Entity {id: $mergeId}) WHERE o.id <> $keepId
         MATCH (k:Entity {id: $keepId})
         CREATE (o)-[n:${type}]->(k) SET n = properties(r) DELETE r`,
        { keepId, mergeId },
      );
    }
    const id = newId('mrg');
    await tx.run(
      `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
       OPTIONAL MATCH (d:Document)-[mm:MENTIONS]->(m)
       FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END |
         MERGE (d)-[km:MENTIONS]->(k) SET km.count = coalesce(km.count, 0) + coalesce(mm.count, 0))
       WITH DISTINCT k, m
       WITH k, m, [x IN coalesce(k.aliases, []) + coalesce(m.aliases, []) + [m.name] WHERE x IS NOT NULL] AS all
       SET k.aliases = reduce(acc = [], x IN all | CASE WHEN x IN acc OR x = k.name THEN acc ELSE acc + x END),
           k.mentions = coalesce(k.mentions, 0) + coalesce(m.mentions, 0),
           k.searchText = CASE WHEN m.searchText IS NULL THEN k.searchText
                               ELSE coalesce(k.searchText + ' | ', '') + m.searchText END
       DETACH DELETE m
       WITH k
       OPTIONAL MATCH (old:EntityRedirect {toId: $mergeId}) SET old.toId = $keepId
       WITH DISTINCT k
       CREATE (:EntityRedirect {fromId: $mergeId, toId: $keepId, mergeId: $id})
       CREATE (:Merge {id: $id, keepId: $keepId, mergedId: $mergeId, author: $actor, at: $at, snapshot: $snapshot})`,
      { keepId, mergeId, id, actor, at: nowIso(), snapshot: JSON.stringify(snapshot) },
    );
    await recordAudit(tx, { actor, action: 'entity.merge', targetId: keepId, detail: { mergeId: id, merged: mergeId, movedEdges: edges.length } });
    return { ok: true, mergeId: id, keepId, mergedId: mergeId, movedEdges: edges.length } as const;
  });
}

async function readEdges(tx: ManagedTransaction, mergeId: string, keepId: string): Promise<MovedEdge[]> {
  const result = await tx.run(
    `MATCH (m:Entity {id: $mergeId})-[r]-(o:Entity)
     RETURN r.id AS id, type(r) AS type, CASE WHEN startNode(r) = m THEN 'out' ELSE 'in' END AS direction,
            o.id AS otherId, o.id = $keepId AS between, properties(r) AS properties`,
    { mergeId, keepId },
  );
  return result.records.map((r) => r.toObject() as MovedEdge);
}

export type UnmergeResult =
  | { ok: true; mergeId: string; keepId: string; restoredId: string }
  | { ok: false; reason: 'not_found' | 'conflict' };

/**
 * Undo the newest live merge that involved `entityId` (as the merged-away or the kept entity):
 * recreate the merged entity from its snapshot, move its edges and mentions back, restore the
 * kept entity's aliases and mentions, and drop the redirect.
 */
export async function unmergeEntity(graph: Graph, entityId: string, actor: string): Promise<UnmergeResult> {
  return graph.write(async (tx) => {
    await lockTargets(tx, [entityId]);
    const found = await tx.run(
      `MATCH (g:Merge) WHERE g.undoneAt IS NULL AND (g.mergedId = $entityId OR g.keepId = $entityId)
       RETURN g.id AS id, g.keepId AS keepId, g.mergedId AS mergedId, g.snapshot AS snapshot
       ORDER BY CASE WHEN g.mergedId = $entityId THEN 0 ELSE 1 END, g.at DESC LIMIT 1`,
      { entityId },
    );
    const row = found.records[0];
    if (!row) return { ok: false, reason: 'not_found' } as const;
    const mergeId = row.get('id') as string;
    const keepId = row.get('keepId') as string;
    const mergedId = row.get('mergedId') as string;
    const snapshot = JSON.parse(row.get('snapshot') as string) as MergeSnapshot;
    // The other end of the merge too; then make sure nobody undid it while we waited.
    await lockTargets(tx, [keepId, mergedId]);
    const live = await tx.run('MATCH (g:Merge {id: $mergeId}) WHERE g.undoneAt IS NULL RETURN g.id AS id', { mergeId });
    if (live.records.length === 0) return { ok: false, reason: 'conflict' } as const;
    const type = snapshot.merged.type;
    if (!isEntityType(type)) return { ok: false, reason: 'conflict' } as const;
    const clash = await tx.run('MATCH (e:Entity {id: $mergedId}) RETURN e.id AS id', { mergedId });
    if (clash.records.length > 0) return { ok: false, reason: 'conflict' } as const;

    await tx.run(`CREATE (m:Entity:${type}) SET m = $properties`, { properties: snapshot.merged.properties });
    for (const edge of snapshot.edges) {
      if (!isRelationshipType(edge.type)) continue;
      const otherId = edge.between ? keepId : edge.otherId;
      const pattern = edge.direction === 'out' ? `(m)-[n:${edge.type}]->(o)` : `(o)-[n:${edge.type}]->(m)`;
      // Moved edges are found on the kept entity by id; edges that would have been self-loops are recreated.
      await tx.run(
        `MATCH (m:Entity {id: $mergedId}), (o:Entity {id: $otherId})
         OPTIONAL MATCH (:Entity {id: $keepId})-[old:${edge.type} {id: $id}]-(o)
         WITH m, o, old WHERE old IS NOT NULL OR $between
         CREATE ${pattern} SET n = CASE WHEN old IS NULL THEN $properties ELSE properties(old) END
         DELETE old`,
        { mergedId, otherId, keepId, id: edge.id, between: edge.between, properties: edge.properties },
      );
    }
    // Mentions go back by the counts the merge moved, taken off what the kept entity has now
    // (documents ingested since the merge may have changed it), never below zero.
    await tx.run(
      `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergedId})
       UNWIND $mentions AS mention
       MATCH (d:Document {id: mention.documentId})
       CREATE (d)-[:MENTIONS {count: mention.count}]->(m)
       WITH k, d, mention
       MATCH (d)-[km:MENTIONS]->(k)
       WITH km, coalesce(km.count, 0) - mention.count AS left
       FOREACH (_ IN CASE WHEN left <= 0 THEN [1] ELSE [] END | DELETE km)
       FOREACH (_ IN CASE WHEN left <= 0 THEN [] ELSE [1] END | SET km.count = left)`,
      { keepId, mergedId, mentions: snapshot.mentions },
    );
    // Derived values are recomputed from the graph as it is now, not restored from the snapshot:
    // totals from the MENTIONS edges, and the kept entity loses only the names and search forms
    // the merge brought to it.
    const broughtNames = namesBrought(snapshot);
    await tx.run(
      `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergedId})
       CALL (k) { OPTIONAL MATCH (:Document)-[x:MENTIONS]->(k) RETURN sum(coalesce(x.count, 0)) AS kn }
       CALL (m) { OPTIONAL MATCH (:Document)-[x:MENTIONS]->(m) RETURN sum(coalesce(x.count, 0)) AS mn }
       SET k.aliases = [a IN coalesce(k.aliases, []) WHERE NOT a IN $brought],
           k.searchText = CASE WHEN k.searchText IS NULL THEN NULL
             ELSE reduce(acc = '', t IN [x IN split(k.searchText, ' | ') WHERE NOT x IN $broughtForms] |
                         CASE WHEN acc = '' THEN t ELSE acc + ' | ' + t END) END,
           k.mentions = kn, m.mentions = mn
       WITH DISTINCT k
       OPTIONAL MATCH (r:EntityRedirect {mergeId: $mergeId}) DELETE r
       WITH DISTINCT k
       OPTIONAL MATCH (old:EntityRedirect) WHERE old.mergeId IN $repointed SET old.toId = $mergedId
       WITH DISTINCT k
       MATCH (g:Merge {id: $mergeId}) SET g.undoneAt = $at, g.undoneBy = $actor`,
      {
        keepId,
        mergedId,
        mergeId,
        brought: broughtNames.names,
        broughtForms: broughtNames.forms,
        repointed: snapshot.redirectsRepointed,
        at: nowIso(),
        actor,
      },
    );
    await tx.run('MATCH (a:Annotation) WHERE a.id IN $ids SET a.targetId = $mergedId', { ids: snapshot.entityAnnotations ?? [], mergedId });
    await recordAudit(tx, { actor, action: 'entity.unmerge', targetId: mergedId, detail: { mergeId, keepId } });
    return { ok: true, mergeId, keepId, restoredId: mergedId } as const;
  });
}

/** The names and search forms a merge added to the kept entity (those it did not have before). */
function namesBrought(snapshot: MergeSnapshot): { names: string[]; forms: string[] } {
  const had = new Set(snapshot.keep.aliases);
  const merged = snapshot.merged.properties;
  const mergedNames = [...((merged.aliases as string[] | undefined) ?? []), ...(typeof merged.name === 'string' ? [merged.name] : [])];
  const hadForms = new Set((snapshot.keep.searchText ?? '').split(' | '));
  const mergedForms = typeof merged.searchText === 'string' ? merged.searchText.split(' | ') : [];
  return { names: mergedNames.filter((n) => !had.has(n)), forms: mergedForms.filter((f) => !hadForms.has(f)) };
}

/** The redirects the ingest applies: fromId → toId for every live merge. */
export async function listRedirects(graph: Graph): Promise<{ fromId: string; toId: string; mergeId: string }[]> {
  return graph.readRows('MATCH (r:EntityRedirect) RETURN r.fromId AS fromId, r.toId AS toId, r.mergeId AS mergeId');
}
