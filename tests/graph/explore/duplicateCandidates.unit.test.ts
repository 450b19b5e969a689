import { findDuplicateCandidates, pairKey, type NamedEntity, type SharedNeighbours } from '../../../graph/explore/duplicateCandidates';

// Which pairs the duplicate review offers, and why: names across scripts, bracketed originals,
// containment, likeness backed by neighbours — and which look-alikes it leaves alone.

const entity = (id: string, type: string, name: string, aliases: string[] = [], mentions = 1): NamedEntity => ({ id, type, name, nameEn: null, aliases, mentions });
const kinds = (pairs: ReturnType<typeof findDuplicateCandidates>, a: string, b: string) =>
  pairs.find((p) => pairKey(p.keepId, p.mergeId) === pairKey(a, b))?.reasons.map((r) => r.kind) ?? null;

test('the same name in traditional, simplified and Japanese forms is a candidate of the first rank', () => {
  const pairs = findDuplicateCandidates(
    [entity('a', 'Agreement', '雙邊貿易協定', [], 3), entity('b', 'Agreement', '双边贸易协定'), entity('c', 'Policy', '地球儀外交'), entity('d', 'Policy', '俯瞰地球儀外交', [], 4)],
    new Map(),
    new Set(),
  );
  expect(pairs[0]).toMatchObject({ keepId: 'a', mergeId: 'b', reasons: [{ kind: 'same-name', detail: '雙邊貿易協定 = 双边贸易协定' }] });
  // A longer name containing a shorter one of the same type; the better-known one is kept.
  expect(pairs[1]).toMatchObject({ keepId: 'd', mergeId: 'c', reasons: [{ kind: 'contains', detail: '俯瞰地球儀外交 contains 地球儀外交' }] });
  expect(pairs[0].score).toBeGreaterThan(pairs[1].score);
});

test('a shared original in brackets, and a near-identical name backed by shared neighbours', () => {
  const neighbours = new Map<string, SharedNeighbours>([[pairKey('olaroz', 'n1'), { shared: 2, jaccard: 1 }]]);
  const pairs = findDuplicateCandidates(
    [
      entity('olaroz', 'Project', 'Olaroz lithium project', ['奥拉罗兹(Olaroz)锂盐湖项目', 'Olaroz']),
      entity('n1', 'Project', '奥拉罗斯盐湖项目'),
      entity('n2', 'Project', '奥拉罗兹锂矿（Olaroz）'),
    ],
    neighbours,
    new Set(),
  );
  expect(kinds(pairs, 'olaroz', 'n1')).toEqual(['similar', 'neighbours']);
  expect(kinds(pairs, 'olaroz', 'n2')).toContain('original');
  expect(pairs.find((p) => p.mergeId === 'n1' || p.keepId === 'n1')?.keepId).toBe('olaroz');
});

test('look-alikes that are different things are left alone', () => {
  const pairs = findDuplicateCandidates(
    [
      // One differing character and nothing in common around them.
      entity('strait', 'Place', '白令海峽'),
      entity('basin', 'Place', '白令海盆'),
      // Numbered units of one plant.
      entity('unit1', 'Project', '横须贺火力发电站 1 号'),
      entity('unit2', 'Project', '横须贺火力发电站 2 号'),
      // A short name inside a much longer one; and whole words only in Latin.
      entity('india', 'State', '印度'),
      entity('indonesia', 'State', '印度尼西亞'),
      entity('iran', 'State', 'Iran'),
      entity('tirana', 'State', 'Tirana Iranistan'),
      // The same name, different types.
      entity('lng-firm', 'Firm', 'Arctic LNG'),
      entity('lng-project', 'Project', 'Arctic LNG'),
    ],
    new Map(),
    new Set(),
  );
  expect(pairs).toEqual([]);
});

test('a dismissed pair is never offered again; neighbours alone must be many and most of theirs', () => {
  const people = [entity('p1', 'Person', 'Blinken'), entity('p2', 'Person', 'Biden'), entity('x1', 'Firm', 'Alpha Co'), entity('x2', 'Firm', 'Beta Co')];
  const neighbours = new Map<string, SharedNeighbours>([
    [pairKey('p1', 'p2'), { shared: 2, jaccard: 1 }],
    [pairKey('x1', 'x2'), { shared: 4, jaccard: 0.8 }],
  ]);
  const offered = findDuplicateCandidates(people, neighbours, new Set());
  expect(offered.map((p) => pairKey(p.keepId, p.mergeId))).toEqual([pairKey('x1', 'x2')]);
  expect(offered[0].reasons).toEqual([{ kind: 'neighbours', detail: '4 neighbours in common (80% of theirs)' }]);
  expect(findDuplicateCandidates(people, neighbours, new Set([pairKey('x2', 'x1')]))).toEqual([]);
});
