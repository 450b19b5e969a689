import { lockTargets } from './locks';
import type { Graph } from '../connection';
import { isRelationshipType } from '../ontology';
import { propertyDef } from '../../contract/relationProperties';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { findRelationEnds, type RelationEnds } from './relationLookup';

export interface AnalystRelationInput {
  type: string;
  source: string;
  target: string;
  justification: string;
  sourceUrl: string | null;
  /** Checked against the ontology by the contract: names the type takes, values of their kind. */
  properties?: Record<string, string | number>;
}

export type CreateResult =
  | { ok: true; relation: AnalystRelationRecord }
  | { ok: false; reason: 'unknown_type' | 'missing_entity'; field: 'type' | 'source' | 'target' | `properties.${string}`; id: string };

export interface AnalystRelationRecord {
  id: string;
  type: string;
  source: string;
  target: string;
  justification: string;
  sourceUrl: string | null;
  properties: Record<string, string | number>;
  date: string | null;
  author: string;
  createdAt: string;
  origin: 'analyst';
  method: 'analyst';
  confidence: 1;
}

/** An analyst's assertion: origin 'analyst', so no ingest or --reset ever removes it. */
export async function createAnalystRelation(graph: Graph, input: AnalystRelationInput, author: string): Promise<CreateResult> {
  // The relationship type is spliced into Cypher, so it must come from the closed ontology list.
  if (!isRelationshipType(input.type)) return { ok: false, reason: 'unknown_type', field: 'type', id: input.type };
  const { date, ...properties } = input.properties ?? {};
  // Properties that name an entity (the resource of a SUPPLIES edge) must name one that exists.
  const entityProperties = Object.entries(properties).filter(([name]) => propertyDef(name).type === 'entity');
  return graph.write(async (tx) => {
    const ends = await tx.run(
      'OPTIONAL MATCH (s:Entity {id: $source}) OPTIONAL MATCH (o:Entity {id: $target}) RETURN s IS NOT NULL AS s, o IS NOT NULL AS o',
      { source: input.source, target: input.target },
    );
    if (!ends.records[0].get('s')) return { ok: false, reason: 'missing_entity', field: 'source', id: input.source } as const;
    if (!ends.records[0].get('o')) return { ok: false, reason: 'missing_entity', field: 'target', id: input.target } as const;
    for (const [name, value] of entityProperties) {
      const named = await tx.run('OPTIONAL MATCH (e:Entity {id: $id}) RETURN e IS NOT NULL AS found', { id: String(value) });
      if (!named.records[0].get('found')) return { ok: false, reason: 'missing_entity', field: `properties.${name}`, id: String(value) } as const;
    }
    const relation: AnalystRelationRecord = {
      id: newId('rel_analyst'),
      type: input.type,
      source: input.source,
      target: input.target,
      justification: input.justification,
      sourceUrl: input.sourceUrl,
      properties,
      date: date === undefined ? null : String(date),
      author,
      createdAt: nowIso(),
      origin: 'analyst',
      method: 'analyst',
      confidence: 1,
    };
    await tx.run(
      `MATCH (s:Entity {id: $source}), (o:Entity {id: $target})
       CREATE (s)-[r:${input.type} {id: $id, origin: 'analyst', method: 'analyst', confidence: 1.0, inferred: false,
         evidenceCount: 0, justification: $justification, sourceUrl: $sourceUrl, author: $author, createdAt: $createdAt, date: $date}]->(o)
       WITH r SET r += $properties`,
      relation as unknown as Record<string, unknown>,
    );
    await recordAudit(tx, {
      actor: author,
      action: 'relation.create',
      targetId: relation.id,
      detail: { type: input.type, source: input.source, target: input.target, ...input.properties },
    });
    return { ok: true, relation } as const;
  });
}

export type RetractResult = { ok: true; retractedAt: string } | { ok: false; reason: 'not_found' | 'not_analyst' | 'already_retracted' | 'forbidden' };

/** Retracting keeps the edge (with retractedAt/retractedBy) so the history stays readable, and hides it. */
export async function retractAnalystRelation(graph: Graph, id: string, actor: string, isAdmin: boolean): Promise<RetractResult> {
  return graph.write(async (tx) => {
    await lockTargets(tx, [id]);
    const ends: RelationEnds | undefined = await findRelationEnds(tx, id);
    if (!ends) return { ok: false, reason: 'not_found' } as const;
    if (ends.origin !== 'analyst') return { ok: false, reason: 'not_analyst' } as const;
    if (ends.retractedAt) return { ok: false, reason: 'already_retracted' } as const;
    const at = nowIso();
    const result = await tx.run(
      `MATCH ()-[r:${ends.type} {id: $id}]->() WHERE r.retractedAt IS NULL AND (r.author = $actor OR $isAdmin)
       SET r.retractedAt = $at, r.retractedBy = $actor, r.review = 'rejected' RETURN r.id AS id`,
      { id, actor, isAdmin, at },
    );
    if (result.records.length === 0) return { ok: false, reason: 'forbidden' } as const;
    // A retracted edge is hidden exactly like a rejected one: every traversal already leaves out
    // edges whose newest review rejects them (r.review above), so a review says it (and the
    // history shows why).
    await tx.run(
      `CREATE (:Review {id: $reviewId, relId: $id, state: 'rejected', author: $actor, comment: 'Retracted by the analyst who asserted it.', at: $at})`,
      { reviewId: newId('rev'), id, actor, at },
    );
    await recordAudit(tx, { actor, action: 'relation.retract', targetId: id, detail: { type: ends.type } });
    return { ok: true, retractedAt: at } as const;
  });
}
