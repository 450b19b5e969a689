import type { Schema } from '../../client/src/api/types';
import { rendererFromAddress } from '../../client/src/graph/renderer';
import { buildStylesheet, NAMED } from '../../client/src/graph/style';

// The stylesheet of large views follows what draws them: with WebGL (no mid-line arrows, other
// shapes than circles costly) types are colours until the elements in view are named; on the 2D
// canvas, shapes and mid-line arrows throughout.

const schema: Schema = {
  entityTypes: [{ name: 'Firm', labelZh: '企業', description: '', color: '#117a8b', shape: 'diamond', count: 1 }],
  relationshipTypes: [{ name: 'SUPPLIES', labelEn: 'supplies', labelZh: '供應', color: '#2e86c1', symmetric: false, inferred: false, count: 1 }],
  years: null,
};

type Rule = { selector: string; style: Record<string, unknown> };
const rulesFor = (sheet: unknown, selector: string) => (sheet as Rule[]).filter((rule) => rule.selector === selector).map((rule) => rule.style);
const everything = (sheet: unknown) => JSON.stringify(sheet);

describe('large-view stylesheet', () => {
  it('with WebGL: no mid-line arrows, a type shape only once named, arrows at the target on named edges', () => {
    const sheet = buildStylesheet(schema, true, true);
    expect(everything(sheet)).not.toContain('"mid-target-arrow-shape":"triangle"');
    expect(rulesFor(sheet, 'node[type = "Firm"]')).toEqual([{ 'background-color': '#117a8b' }]);
    expect(rulesFor(sheet, `node[type = "Firm"].${NAMED}`)).toEqual([{ shape: 'diamond' }]);
    expect(rulesFor(sheet, `edge.${NAMED}`)[0]).toMatchObject({ 'curve-style': 'straight', 'target-arrow-shape': 'triangle' });
  });

  it('on the 2D canvas: shapes for every node and mid-line arrows, as before', () => {
    const sheet = buildStylesheet(schema, true, false);
    expect(rulesFor(sheet, 'node[type = "Firm"]')).toEqual([{ 'background-color': '#117a8b', shape: 'diamond' }]);
    expect(rulesFor(sheet, 'edge')[0]).toMatchObject({ 'mid-target-arrow-shape': 'triangle', 'curve-style': 'haystack' });
  });

  it('small views are the same stylesheet whatever draws them', () => {
    expect(buildStylesheet(schema, false, true)).toEqual(buildStylesheet(schema, false, false));
  });
});

describe('renderer choice from the address', () => {
  it('is WebGL unless ?renderer=canvas', () => {
    expect(rendererFromAddress('')).toBe('webgl');
    expect(rendererFromAddress('?e=a&renderer=canvas')).toBe('canvas');
    expect(rendererFromAddress('?renderer=svg')).toBe('webgl');
  });
});
