import ontologyData from '../data/ontology.json';

/** The vocabulary every room shares (see data/ontology.json). Names are a contract. */
export interface EntityTypeDef {
  name: string;
  labelZh: string;
  description: string;
  color: string;
  shape: string;
}

export interface RelationshipTypeDef {
  name: string;
  labelEn: string;
  labelZh: string;
  /** Allowed subject / object entity types; ["*"] = any. */
  subject: string[];
  object: string[];
  symmetric?: boolean;
  /** Co-occurrence only, never from a trigger word. */
  inferred?: boolean;
  properties: string[];
  color: string;
  /**
   * Sentence templates by language, tried in order before the ontology's defaults: the first
   * whose every {placeholder} has a value is used ({subject}, {object}, {label}, property names).
   */
  sentences?: Partial<Record<SentenceLang, string[]>>;
}

export type SentenceLang = 'en' | 'zh';


export const ontology: {
  entityTypes: EntityTypeDef[];
  relationshipTypes: RelationshipTypeDef[];
  /** The templates every relationship type falls back on, by language. */
  sentenceDefaults: Record<SentenceLang, string[]>;
} = ontologyData;
export const entityTypeNames: string[] = ontology.entityTypes.map((t) => t.name);
export const relationshipTypeNames: string[] = ontology.relationshipTypes.map((t) => t.name);

export function isEntityType(name: string): boolean {
  return entityTypeNames.includes(name);
}

export function isRelationshipType(name: string): boolean {
  return relationshipTypeNames.includes(name);
}

export function relationshipType(name: string): RelationshipTypeDef | undefined {
  return ontology.relationshipTypes.find((t) => t.name === name);
}
