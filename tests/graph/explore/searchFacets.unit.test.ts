import { countFacets, type FacetCandidate } from '../../../graph/explore/searchFacets';

const candidate = (id: string, type: string, documents: [string, string | null][]): FacetCandidate => ({
  entity: { id, type, name: id, nameEn: null, aliases: [], mentions: 1, degree: 1, score: 1 },
  documents: documents.map(([docId, lang]) => ({ id: docId, title: `Paper ${docId}`, lang })),
});
const candidates = [
  candidate('mitsui', 'Firm', [['d1', 'ja'], ['d2', 'zh-Hant']]),
  candidate('mitsubishi', 'Firm', [['d1', 'ja']]),
  candidate('japan', 'State', [['d2', 'zh-Hant'], ['d3', 'zh-Hant']]),
  candidate('orphan', 'Firm', []),
];

test('counts each match once per value, most first', () => {
  const facets = countFacets(candidates, { types: [], langs: [], documents: [] });
  expect(facets.types).toEqual([{ value: 'Firm', label: 'Firm', count: 3 }, { value: 'State', label: 'State', count: 1 }]);
  expect(facets.langs).toEqual([{ value: 'ja', label: 'ja', count: 2 }, { value: 'zh-Hant', label: 'zh-Hant', count: 2 }]);
  expect(facets.documents[0]).toEqual({ value: 'd1', label: 'Paper d1', count: 2 });
});

test('each facet is counted under the other facets’ choices, not its own', () => {
  const facets = countFacets(candidates, { types: ['State'], langs: ['ja'], documents: [] });
  // Types under the language choice: the two firms in Japanese papers, no state.
  expect(facets.types).toEqual([{ value: 'Firm', label: 'Firm', count: 2 }, { value: 'State', label: 'State', count: 0 }]);
  // Languages under the type choice: Japan's papers only, and the chosen 'ja' kept at 0.
  expect(facets.langs).toEqual([{ value: 'zh-Hant', label: 'zh-Hant', count: 1 }, { value: 'ja', label: 'ja', count: 0 }]);
});
