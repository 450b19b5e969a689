import { ontology } from '../../graph/ontology';
import { relationProperty, relationPropertyNames } from '../../contract/ontology';
import { relation } from '../../contract/explore';
import { openApiDocument } from '../../server/openapi';

/** The relation properties the API names are the ontology's, each typed and labelled. */
describe('relation properties from the ontology', () => {
  it('types and labels every property a relationship type lists', () => {
    const listed = new Set(ontology.relationshipTypes.flatMap((t) => t.properties));
    for (const name of listed) {
      if (name === 'date') continue; // a field of every relation
      expect(relationPropertyNames).toContain(name);
    }
    for (const name of relationPropertyNames) {
      const def = relationProperty(name);
      expect([def.labelEn, def.labelZh, def.description].every((s) => s.length > 0)).toBe(true);
    }
  });

  it('describes each one, typed, in the OpenAPI Relation', () => {
    const doc = openApiDocument() as { components: { schemas: { Relation: { properties: { properties: { properties: Record<string, { type: unknown }> } } } } } };
    const described = doc.components.schemas.Relation.properties.properties.properties;
    expect(Object.keys(described)).toEqual(relationPropertyNames);
    expect(described.share.type).toBe('number');
    expect(described.resource.type).toBe('string');
  });

  it('checks values by their type: a share is a fraction, a role is text', () => {
    const base = { id: 'r', type: 'HOLDS_STAKE_IN', source: 'a', target: 'b', date: null, confidence: 1, method: null, origin: 'extracted', inferred: false, review: null, evidenceCount: 0, annotationCount: 0 };
    expect(relation.safeParse({ ...base, properties: { share: 0.1, role: 'observer', amount: '3 bcm' } }).success).toBe(true);
    expect(relation.safeParse({ ...base, properties: { share: 10 } }).success).toBe(false);
    expect(relation.safeParse({ ...base, properties: { role: 3 } }).success).toBe(false);
  });

  it('has sentence templates only with placeholders it can fill', () => {
    const fillable = new Set(['subject', 'object', 'label', ...relationPropertyNames]);
    const templates = [...Object.values(ontology.sentenceDefaults).flat(), ...ontology.relationshipTypes.flatMap((t) => Object.values(t.sentences ?? {}).flat())];
    for (const template of templates) {
      for (const [, name] of template.matchAll(/\{(\w+)\}/g)) expect(fillable).toContain(name);
    }
  });
});
