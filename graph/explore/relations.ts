import type { Graph } from '../connection';
import { entitySummary, relationRecord, matchRelationsById, toEntity, toRelation, type RelationRow } from './fragments';
import { evidenceFor } from './evidence';
import { methodReading } from './reading';
import { limits, type EntitySummary, type Evidence, type Relation } from './model';

export interface RelationDetail {
  relation: Relation;
  subject: EntitySummary;
  object: EntitySummary;
  evidence: Evidence[];
  /** How the edge was read, in words (the rule and the words that fired it). */
  reading: string;
}

/** One edge with both ends and all its evidence (capped at 200 records); null if unknown. */
export async function getRelation(graph: Graph, id: string): Promise<RelationDetail | null> {
  return graph.read(async (tx) => {
    const found = await tx.run<{ rel: RelationRow; subject: EntitySummary; object: EntitySummary }>(
      `${matchRelationsById('ids')}
       WITH r LIMIT 1
       WITH r, startNode(r) AS s, endNode(r) AS o
       RETURN ${relationRecord('r')} AS rel, ${entitySummary('s')} AS subject, ${entitySummary('o')} AS object`,
      { ids: [id] },
    );
    const row = found.records[0];
    if (!row) return null;
    const evidence = (await evidenceFor(tx, [id], 200)).get(id) ?? [];
    const relation = toRelation(row.get('rel'));
    return {
      relation,
      subject: toEntity(row.get('subject')),
      object: toEntity(row.get('object')),
      evidence,
      reading: methodReading(relation.method, relation.type, evidence[0]?.sentence),
    };
  }, limits.timeoutMs);
}
