import { explainRelation, formatShare } from '../../../graph/explore/explain';
import type { EntitySummary, Relation } from '../../../graph/explore/model';

const entity = (id: string, name: string, nameEn: string | null, type = 'Firm'): EntitySummary => ({ id, type, name, nameEn, aliases: [], mentions: 1, degree: 1 });
const mitsui = entity('mitsui', '三井物產', 'Mitsui & Co.');
const arctic = entity('arctic', '北極液化天然氣2號', 'Arctic LNG 2', 'Project');
const us = entity('us', '美國', 'United States', 'State');
const japan = entity('japan', '日本', 'Japan', 'State');

function relation(type: string, source: string, target: string, properties: Relation['properties'] = {}, date: string | null = null): Relation {
  return { id: 'r', type, source, target, properties, date, confidence: 0.9, method: 'test', origin: 'extracted', inferred: false, review: null, evidenceCount: 1, annotationCount: 0 };
}

describe('explainRelation', () => {
  it('says a stake with its share and year', () => {
    const r = relation('HOLDS_STAKE_IN', 'mitsui', 'arctic', { share: 0.1 }, '2023');
    expect(explainRelation(r, mitsui, arctic, 'en')).toBe('Mitsui & Co. holds 10% of Arctic LNG 2 (2023)');
    expect(explainRelation(r, mitsui, arctic, 'zh')).toBe('三井物產持有北極液化天然氣2號 10%股權（2023）');
  });

  it('says a sanction with its month', () => {
    const r = relation('SANCTIONS', 'us', 'arctic', {}, '2023-11');
    expect(explainRelation(r, us, arctic, 'en')).toBe('United States sanctions Arctic LNG 2 (2023-11)');
    expect(explainRelation(r, us, arctic, 'zh')).toBe('美國制裁北極液化天然氣2號（2023-11）');
  });

  it('adds the resource and leaves out what is unknown', () => {
    expect(explainRelation(relation('IMPORTS_FROM', 'japan', 'us', { resource: 'LNG' }), japan, us, 'en')).toBe('Japan imports from United States (LNG)');
    expect(explainRelation(relation('COOPERATES_WITH', 'japan', 'us'), japan, us, 'en')).toBe('Japan cooperates with United States');
  });

  it('falls back to the Chinese name, then the id, when no English name is known', () => {
    const noEn = entity('x', '北村貿易', null);
    expect(explainRelation(relation('HOLDS_STAKE_IN', 'x', 'arctic'), noEn, arctic, 'en')).toBe('北村貿易 holds a stake in Arctic LNG 2');
    expect(explainRelation(relation('SANCTIONS', 'us', 'gone'), us, undefined, 'en')).toBe('United States sanctions gone');
  });
});

describe('formatShare', () => {
  it.each([
    [0.1, '10%'],
    [0.125, '12.5%'],
    [1, '100%'],
    [0.0333, '3.33%'],
  ])('%s → %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });
});
