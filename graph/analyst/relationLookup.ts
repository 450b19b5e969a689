import type { ManagedTransaction } from 'neo4j-driver';
import { matchRelationsById } from '../explore/fragments';

export interface RelationEnds {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  origin: string;
  retractedAt: string | null;
}

/** Found through the per-type id indexes (see matchRelationsById). */
const findByIdCypher = `${matchRelationsById('ids')}
RETURN r.id AS id, type(r) AS type, startNode(r).id AS sourceId, endNode(r).id AS targetId,
       coalesce(r.origin, 'extracted') AS origin, r.retractedAt AS retractedAt
LIMIT 1`;

export async function findRelationEnds(tx: ManagedTransaction, id: string): Promise<RelationEnds | undefined> {
  const result = await tx.run(findByIdCypher, { ids: [id] });
  const record = result.records[0];
  return record ? (record.toObject() as RelationEnds) : undefined;
}

export async function entityExists(tx: ManagedTransaction, id: string): Promise<boolean> {
  const result = await tx.run('MATCH (e:Entity {id: $id}) RETURN e.id AS id', { id });
  return result.records.length > 0;
}
