import { edgeAsks } from '../../client/src/edgeAsks';

/** Every unordered pair an ask covers: ids with ids, ids with others. */
function coveredPairs(asks: { ids: string[]; others: string[] }[]): string[] {
  const pairs: string[] = [];
  for (const { ids, others } of asks) {
    ids.forEach((a, i) => ids.slice(i + 1).forEach((b) => pairs.push([a, b].sort().join('|'))));
    for (const a of ids) for (const b of others) pairs.push([a, b].sort().join('|'));
  }
  return pairs;
}

describe('asking for the edges of nodes that join the canvas', () => {
  it('takes one ask when the ids fit', () => {
    expect(edgeAsks(['a', 'b'], ['x', 'y'], 300)).toEqual([{ ids: ['a', 'b'], others: ['x', 'y'] }]);
    expect(edgeAsks(['a'], [], 300)).toEqual([{ ids: ['a'], others: [] }]);
  });

  it('covers every new pair, and no pair of nodes already drawn, however many asks it takes', () => {
    const fresh = Array.from({ length: 7 }, (_, i) => `f${i}`);
    const known = Array.from({ length: 5 }, (_, i) => `k${i}`);
    const asks = edgeAsks(fresh, known, 3);
    for (const ask of asks) {
      expect(ask.ids.length).toBeLessThanOrEqual(3);
      expect(ask.others.length).toBeLessThanOrEqual(3);
    }
    const pairs = coveredPairs(asks);
    const all = [...fresh, ...known];
    const wanted = all.flatMap((a, i) => all.slice(i + 1).map((b) => [a, b].sort().join('|'))).filter((p) => p.includes('f'));
    expect(new Set(pairs)).toEqual(new Set(wanted));
  });
});
