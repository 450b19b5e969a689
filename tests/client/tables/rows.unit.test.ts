import { emptyFilter, filterEdges, filterEntities, sortRows, type EdgeRow, type EntityRow } from '../../../client/src/tables/rows';

const entities: EntityRow[] = [
  { id: 'a', name: '三井物產', type: 'Firm', degree: 12, drawn: 3, mentions: 40 },
  { id: 'b', name: 'Japan', type: 'State', degree: 61, drawn: 1, mentions: 90 },
  { id: 'c', name: 'Arctic LNG 2', type: 'Project', degree: 7, drawn: 2, mentions: 15 },
];
const edge = (id: string, date: string | null, review: string | null): EdgeRow => ({
  id, type: 'SANCTIONS', source: 'x', target: 'y', date, confidence: 0.8, review, evidence: 1,
});
const edges = [edge('e1', '2019', null), edge('e2', '2023-11', 'confirmed'), edge('e3', null, 'rejected')];

test('entities filter by type, least links and document', () => {
  expect(filterEntities(entities, { ...emptyFilter(), type: 'State' }).map((r) => r.id)).toEqual(['b']);
  expect(filterEntities(entities, { ...emptyFilter(), minDegree: 10 }).map((r) => r.id)).toEqual(['a', 'b']);
  expect(filterEntities(entities, { ...emptyFilter(), inDocument: new Set(['c']) }).map((r) => r.id)).toEqual(['c']);
});

test('edges filter by years (undated ones only pass without bounds) and review state', () => {
  expect(filterEdges(edges, emptyFilter())).toHaveLength(3);
  expect(filterEdges(edges, { ...emptyFilter(), from: 2020 }).map((r) => r.id)).toEqual(['e2']);
  expect(filterEdges(edges, { ...emptyFilter(), to: 2020 }).map((r) => r.id)).toEqual(['e1']);
  expect(filterEdges(edges, { ...emptyFilter(), review: 'unreviewed' }).map((r) => r.id)).toEqual(['e1']);
  expect(filterEdges(edges, { ...emptyFilter(), review: 'rejected' }).map((r) => r.id)).toEqual(['e3']);
});

test('sorting by a column either way keeps missing values last', () => {
  expect(sortRows(entities, { key: 'degree', descending: true }).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  expect(sortRows(entities, { key: 'name', descending: false }).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  expect(sortRows(edges, { key: 'date', descending: true }).map((r) => r.id)).toEqual(['e2', 'e1', 'e3']);
  expect(sortRows(edges, { key: 'date', descending: false }).map((r) => r.id)).toEqual(['e1', 'e2', 'e3']);
});
