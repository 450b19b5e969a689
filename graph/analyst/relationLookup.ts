import type { ManagedTransaction } from 'neo4j-driver';
import { relationshipTypeNames } from '../ontology';

export interface RelationEnds {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  origin: string;
  retractedAt: string | null;
}

/**
 * One branch per ontology type so each uses that type's id index (a type-less pattern would
 * scan every relationship). The types come from the closed ontology list, never from input.
 */
const findByIdCypher = `CALL () {
${relationshipTypeNames.map((t) => `  MATCH ()-[r:${t}]->() WHERE r.id = $id RETURN r`).join('\n  UNION ALL\n')}
}
RETURN r.id AS id, type(r) AS type, startNode(r).id AS sourceId, endNode(r).id AS targetId,
       coalesce(r.origin, 'extracted') AS origin, r.retractedAt AS retractedAt
LIMIT 1`;

export async function findRelationEnds(tx: ManagedTransaction, id: string): Promise<RelationEnds | undefined> {
  const result = await tx.run(findByIdCypher, { id });
  const record = result.records[0];
  return record ? (record.toObject() as RelationEnds) : undefined;
}

export async function entityExists(tx: ManagedTransaction, id: string): Promise<boolean> {
  const result = await tx.run('MATCH (e:Entity {id: $id}) RETURN e.id AS id', { id });
  return result.records.length > 0;
}
