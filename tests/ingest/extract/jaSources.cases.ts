import { extractText, triples } from './helpers';

/** Import sources in a Japanese clause that leaves its importer unwritten. */

describe('Japanese sources with the importer left unwritten', () => {
  test('the importer is the state the sentence before opened with, not a source it named', () => {
    const found = triples(extractText('日本はLNGの約4割を豪州に依存した。マレーシアやカタール、米国からも調達しているが、批判も根強い。', 'x.ja.txt')).filter((t) => t.includes('IMPORTS_FROM'));
    expect(found).toEqual(expect.arrayContaining(['japan IMPORTS_FROM malaysia', 'japan IMPORTS_FROM qatar', 'japan IMPORTS_FROM united-states']));
    expect(found.filter((t) => t.startsWith('australia'))).toEqual([]);
  });
});

describe('where a Japanese topic lies', () => {
  test('XはYの沖合約375キロに位置し: X lies off Y; a distance between is no other name', () => {
    expect(triples(extractText('スカボロー・ガス田は西オーストラリア州の沖合約375キロに位置し、ウッドサイドが開発する。', 'x.ja.txt'))).toContain('scarborough-gas LOCATED_IN western-australia');
  });
});
