import neo4j, { type Integer } from 'neo4j-driver';
import { relationshipTypeNames } from '../ontology';
import { relationProperty, type RelationPropertyType } from '../../contract/ontology';
import { relationPropertyNames, type EntitySummary, type Relation } from './model';

/** LIMIT and SKIP need Cypher integers; plain JS numbers travel as floats. */
export function cypherInt(n: number): Integer {
  return neo4j.int(Math.trunc(n));
}

/**
 * Cypher fragments shared by the explore queries. They take a variable name only (never a
 * value); every value still travels as a parameter.
 */

/**
 * An entity node as the API's entity summary; degree counts edges to other entities. An entity's
 * only other edges are the documents' MENTIONS, so the degree is the node's stored total minus
 * its stored MENTIONS count — two lookups instead of walking every edge of a hub.
 */
export function entitySummary(n: string): string {
  return `{id: ${n}.id, type: ${n}.type, name: ${n}.name, nameEn: ${n}.nameEn,
    aliases: coalesce(${n}.aliases, []), mentions: coalesce(${n}.mentions, 0),
    degree: ${entityDegree(n)}}`;
}

/** Edges to other entities: the node's stored total less its stored MENTIONS count. */
export function entityDegree(n: string): string {
  return `COUNT { (${n})--() } - COUNT { (${n})<-[:MENTIONS]-() }`;
}

/**
 * A relationship with the analyst state that lives beside it: the newest review (kept on the
 * edge by the review itself, see graph/analyst/reviews.ts), the number
 * of live annotations, the number of evidence records (all point at the edge by its id; the
 * ingest keeps the evidence count on the edge, so only edges without one are counted here).
 * The inner variables end in _ so they never capture a variable of the enclosing query.
 */
export function relationRecord(r: string, ends?: { source: string; target: string }): string {
  // With the end nodes at hand (a directed pattern), their ids come from them directly (or from
  // whatever expression the caller has for them).
  const source = ends ? ends.source : `startNode(${r}).id`;
  const target = ends ? ends.target : `endNode(${r}).id`;
  return `{id: ${r}.id, type: type(${r}), source: ${source}, target: ${target},
    props: properties(${r}),
    review: ${r}.review,
    annotationCount: COUNT { MATCH (ann_:Annotation {targetId: ${r}.id}) WHERE coalesce(ann_.deleted, false) = false },
    evidenceCount: CASE WHEN ${r}.evidenceCount IS NULL THEN COUNT { MATCH (ev_:Evidence {relId: ${r}.id}) } ELSE ${r}.evidenceCount END}`;
}

export interface RelationRow {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
  review: string | null;
  annotationCount: number;
  evidenceCount: number;
}

export function toRelation(row: RelationRow): Relation {
  const properties: Relation['properties'] = {};
  for (const name of relationPropertyNames) {
    const value = row.props[name];
    if (fitsType(relationProperty(name).type, value)) properties[name] = value;
  }
  const date = row.props.date;
  const confidence = row.props.confidence;
  return {
    id: row.id,
    type: row.type,
    source: row.source,
    target: row.target,
    properties,
    date: typeof date === 'string' ? date : typeof date === 'number' ? String(date) : null,
    confidence: typeof confidence === 'number' ? confidence : 1,
    method: typeof row.props.method === 'string' ? row.props.method : null,
    origin: row.props.origin === 'analyst' ? 'analyst' : 'extracted',
    inferred: row.props.inferred === true || row.type === 'RELATED_TO',
    review: row.review === 'confirmed' || row.review === 'rejected' ? row.review : null,
    evidenceCount: row.evidenceCount,
    annotationCount: row.annotationCount,
  };
}

/** Only values of the type the ontology gives a property reach the API (the contract promises them). */
function fitsType(type: RelationPropertyType, value: unknown): value is string | number {
  if (type === 'fraction' || type === 'number') return typeof value === 'number';
  if (type === 'text' || type === 'entity') return typeof value === 'string';
  return typeof value === 'string' || typeof value === 'number';
}

export function toEntity(row: EntitySummary): EntitySummary {
  return { ...row, nameEn: row.nameEn ?? null, aliases: row.aliases ?? [] };
}

/**
 * A relationship type alternation for a pattern (`SANCTIONS|BANS`). The names come from the
 * closed ontology list only — Cypher cannot take relationship types as parameters, and a type
 * in the pattern lets the planner skip every other edge (and never walk MENTIONS/IN/CITES).
 */
export function relTypeAlternation(types: string[]): string {
  const known = types.filter((t) => relationshipTypeNames.includes(t));
  if (known.length === 0) throw new Error('relTypeAlternation needs at least one ontology type');
  return known.join('|');
}

/**
 * The relationship types a traversal may use: the ones asked for by name (RELATED_TO too, when
 * named), or every type but the inferred RELATED_TO unless inferred edges are wanted.
 */
export function traversableTypes(rels: string[] | undefined, inferred: boolean): string[] {
  if (rels && rels.length > 0) return rels.filter((t) => relationshipTypeNames.includes(t));
  return relationshipTypeNames.filter((t) => inferred || t !== 'RELATED_TO');
}

/**
 * Relationships by id, as `r`: one branch per ontology type, so each is a seek in that type's
 * id index (a pattern without a type would scan every relationship — seconds on a graph of a
 * million edges). The plan is made once and cached. The types come from the closed ontology list.
 */
export function matchRelationsById(idsParam: string, r = 'r'): string {
  return `CALL () {
${relationshipTypeNames.map((t) => `    UNWIND $${idsParam} AS id_ MATCH ()-[${r}:${t} {id: id_}]->() RETURN ${r}`).join('\n    UNION ALL\n')}
  }`;
}
