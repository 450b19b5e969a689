import ontologyData from '../data/ontology.json';

/**
 * The part of the ontology (data/ontology.json) the API contract names: entity and
 * relationship types, and the typed relation properties. Plain values, no zod.
 */

/** How a relation property's value is written: fraction 0–1, number, text, an entity id, or either. */
export type RelationPropertyType = 'date' | 'fraction' | 'number' | 'text' | 'entity' | 'numberOrText';

export interface RelationPropertyDef {
  type: RelationPropertyType;
  labelEn: string;
  labelZh: string;
  description: string;
  /** Shown after a relation's sentence, in brackets, when the sentence itself does not name it. */
  detail?: boolean;
}

type PropertyTable = typeof ontologyData.relationProperties;
/** `date` is a field of every relation, not one of its properties. */
export type RelationPropertyName = Exclude<keyof PropertyTable, 'date'>;

const table = ontologyData.relationProperties as Record<keyof PropertyTable, RelationPropertyDef>;

export const entityTypeNames: string[] = ontologyData.entityTypes.map((t) => t.name);
export const relationshipTypeNames: string[] = ontologyData.relationshipTypes.map((t) => t.name);

export const relationPropertyNames = (Object.keys(table) as (keyof PropertyTable)[]).filter(
  (name): name is RelationPropertyName => table[name].type !== 'date',
);

export function relationProperty(name: RelationPropertyName): RelationPropertyDef {
  return table[name];
}
