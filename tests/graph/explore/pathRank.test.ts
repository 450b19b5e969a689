import type { Graph } from '../../../graph/connection';
import { findPaths, type FoundPath, type PathOptions } from '../../../graph/explore/paths';
import { ensureSampleCorpus } from '../../helpers/corpus';
import { testGraph } from '../../helpers/graph';

// Paths ranked by what they tell, on the sample corpus: Mitsui's stake in Arctic LNG 2, which
// the United States sanctions, comes before "Mitsui is located in Japan, which imports from the
// United States".

let graph: Graph;

beforeAll(async () => {
  graph = testGraph();
  await ensureSampleCorpus(graph);
}, 600000);

afterAll(async () => {
  await graph?.close();
});

const MITSUI = 'mitsui-and-co';
const US = 'united-states';

async function paths(options: Partial<PathOptions> = {}): Promise<FoundPath[]> {
  const answer = await findPaths(graph, {
    from: MITSUI, to: US, maxHops: 3, direction: 'any', mode: 'all-shortest', k: 5, limit: 10, lang: 'en',
    inferred: false, includeRejected: false, ...options,
  });
  if (!('paths' in answer)) throw new Error(`missing ${answer.missing}`);
  return answer.paths;
}

const chain = (path: FoundPath) => path.nodes.map((n) => n.id);
const types = (path: FoundPath) => path.hops.map((h) => h.relation.type);

describe('path ranking by specificity', () => {
  it('lists Mitsui → Arctic LNG 2 ← United States (sanctions) before the paths through Japan', async () => {
    const found = await paths();
    expect(found.length).toBeGreaterThan(1);
    expect(chain(found[0])).toEqual([MITSUI, 'arctic-lng-2', US]);
    expect(types(found[0])).toEqual(['HOLDS_STAKE_IN', 'SANCTIONS']);
    expect(found[0].caveats).toEqual([]);
    const throughJapan = found.filter((p) => chain(p).includes('japan'));
    expect(throughJapan.length).toBeGreaterThan(0);
    for (const path of throughJapan) {
      expect(path.cost).toBeGreaterThan(found[0].cost);
      expect(path.caveats).toEqual(expect.arrayContaining(['generic link: LOCATED_IN', expect.stringMatching(/^through a hub: Japan/)]));
    }
    // Costs never fall down the list.
    for (let i = 1; i < found.length; i += 1) expect(found[i].cost).toBeGreaterThanOrEqual(found[i - 1].cost);
  });

  it('gives the sanctions path as the one shortest path and first of the k best', async () => {
    expect(chain((await paths({ mode: 'shortest' }))[0])).toEqual([MITSUI, 'arctic-lng-2', US]);
    const best = await paths({ mode: 'k', k: 3 });
    expect(best).toHaveLength(3);
    expect(chain(best[0])).toEqual([MITSUI, 'arctic-lng-2', US]);
  });

  it('leaves out the entities and entity types the analyst excludes (never the ends)', async () => {
    const withoutArctic = await paths({ exclude: ['arctic-lng-2'] });
    expect(withoutArctic.length).toBeGreaterThan(0);
    for (const path of withoutArctic) expect(chain(path)).not.toContain('arctic-lng-2');
    const withoutStates = await paths({ excludeTypes: ['State'], maxHops: 4 });
    expect(withoutStates.length).toBeGreaterThan(0);
    for (const path of withoutStates) {
      expect(path.nodes.slice(1, -1).map((n) => n.type)).not.toContain('State');
      expect(chain(path).at(-1)).toBe(US);
    }
  });

  it('finds Mitsui → Mitsubishi through co-occurrence only when asked to', async () => {
    const typed = await findPaths(graph, { from: MITSUI, to: 'mitsubishi-corp', maxHops: 1, direction: 'any', mode: 'all-shortest', k: 3, limit: 10, lang: 'en', inferred: false, includeRejected: false });
    expect('paths' in typed && typed.paths).toEqual([]);
    const cooccurring = await findPaths(graph, { from: MITSUI, to: 'mitsubishi-corp', maxHops: 1, direction: 'any', mode: 'all-shortest', k: 3, limit: 10, lang: 'en', inferred: true, includeRejected: false });
    if (!('paths' in cooccurring)) throw new Error('missing end');
    expect(types(cooccurring.paths[0])).toEqual(['RELATED_TO']);
    expect(cooccurring.paths[0].caveats).toContain('generic link: RELATED_TO');
  });
});
