import type { Graph } from '../connection';
import { entitySummary, relationRecord, matchRelationsById, toEntity, toRelation, type RelationRow } from './fragments';
import { evidenceFor } from './evidence';
import { methodReading } from './reading';
import { limits, type EntitySummary, type Evidence, type Relation } from './model';
import type { Assertion } from '../../contract/exploreAnswers';

export interface RelationDetail {
  relation: Relation;
  subject: EntitySummary;
  object: EntitySummary;
  evidence: Evidence[];
  /** How the edge was read, in words (the rule and the words that fired it). */
  reading: string;
  assertion: Assertion | null;
}

const textOrNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** The analyst's own words on an edge they asserted (stored on the edge), or null. */
function assertionOf(props: Record<string, unknown>): Assertion | null {
  if (props.origin !== 'analyst') return null;
  return {
    justification: typeof props.justification === 'string' ? props.justification : '',
    sourceUrl: textOrNull(props.sourceUrl),
    author: textOrNull(props.author),
    createdAt: textOrNull(props.createdAt),
  };
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
      assertion: assertionOf(row.get('rel').props),
      subject: toEntity(row.get('subject')),
      object: toEntity(row.get('object')),
      evidence,
      reading: methodReading(relation.method, relation.type, evidence[0]?.sentence),
    };
  }, limits.timeoutMs);
}
