import ontologyData from '../data/ontology.json';
import { relationProperty, type RelationPropertyDef, type RelationPropertyName } from './ontology';

/**
 * Which properties each relationship type carries (data/ontology.json: `properties`) and
 * whether a value fits one: what an analyst may put on an edge they assert. `date` is a field
 * of every relation that lists it, the rest are its properties. Plain code, no zod, so the
 * explorer can build its form from it.
 */

const byType = new Map<string, string[]>(ontologyData.relationshipTypes.map((t) => [t.name, t.properties]));

/** The property names a relationship type takes, `date` included when it does ([] for an unknown type). */
export function propertiesOf(type: string): string[] {
  return byType.get(type) ?? [];
}

export function propertyDef(name: string): RelationPropertyDef {
  if (name === 'date') return ontologyData.relationProperties.date as RelationPropertyDef;
  return relationProperty(name as RelationPropertyName);
}

const isoDatePrefix = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const idPattern = /^[A-Za-z0-9._:-]{1,200}$/;
export const propertyTextMax = 500;

/** Null when `value` fits property `name`; else what was expected, in words. */
export function propertyProblem(name: string, value: unknown): string | null {
  const def = propertyDef(name);
  const isNumber = typeof value === 'number' && Number.isFinite(value);
  const isText = typeof value === 'string' && value.trim().length > 0 && value.length <= propertyTextMax;
  switch (def.type) {
    case 'date':
      return typeof value === 'string' && isoDatePrefix.test(value) ? null : 'expected a date like 2024, 2024-06 or 2024-06-30';
    case 'fraction':
      return isNumber && (value as number) >= 0 && (value as number) <= 1 ? null : 'expected a fraction from 0 to 1 (10% is 0.1)';
    case 'number':
      return isNumber ? null : 'expected a number';
    case 'entity':
      return typeof value === 'string' && idPattern.test(value) ? null : 'expected an entity id';
    case 'numberOrText':
      return isNumber || isText ? null : `expected a number or a text of at most ${propertyTextMax} characters`;
    case 'text':
      return isText ? null : `expected a text of 1 to ${propertyTextMax} characters`;
  }
}
