import { hopCost, rankPath, rankWeights } from '../../../graph/explore/pathRank';
import type { EntitySummary, Relation } from '../../../graph/explore/model';

const entity = (id: string, degree: number): EntitySummary => ({ id, type: 'State', name: id, nameEn: id, aliases: [], mentions: 1, degree });
const relation = (type: string, extra: Partial<Relation> = {}): Relation => ({
  id: `r-${type}`, type, source: 'a', target: 'b', properties: {}, date: null, confidence: 1, method: null,
  origin: 'extracted', inferred: type === 'RELATED_TO', review: null, evidenceCount: 0, annotationCount: 0, ...extra,
});

describe('what a hop costs', () => {
  it('charges generic and co-occurrence links more, and dated, evidenced, confirmed ones less', () => {
    const plain = hopCost(relation('SANCTIONS'));
    expect(hopCost(relation('LOCATED_IN'))).toBeGreaterThan(plain);
    expect(hopCost(relation('RELATED_TO'))).toBeGreaterThan(hopCost(relation('LOCATED_IN')));
    const telling = hopCost(relation('SANCTIONS', { date: '2023-11', evidenceCount: 2, review: 'confirmed' }));
    expect(telling).toBeLessThan(plain);
    expect(hopCost(relation('SANCTIONS', { confidence: 0.4 }))).toBeGreaterThan(plain);
  });
});

describe('ranking a path', () => {
  it('penalises the hubs it passes through, never its ends, and says so', () => {
    const hops = [relation('HOLDS_STAKE_IN'), relation('SANCTIONS')];
    const small = rankPath([entity('a', 500), entity('project', 8), entity('b', 500)], hops);
    const hub = rankPath([entity('a', 5), entity('Japan', 276), entity('b', 5)], hops);
    expect(hub.cost).toBeGreaterThan(small.cost);
    expect(small.caveats).toEqual([]);
    expect(hub.caveats).toEqual([`through a hub: Japan (276 links)`]);
    expect(rankWeights.hubNoteDegree).toBeLessThan(276);
  });
});
