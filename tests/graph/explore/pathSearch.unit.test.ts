import { shortestPaths, type Expand, type IdPath, type LevelAsk } from '../../../graph/explore/pathSearch';
import { Random } from '../../../bench/synthetic/random';

// The search from both ends, on graphs in memory: it finds every shortest path a plain
// breadth-first search finds, and it reads only `cap` links of a hub.

interface Edge {
  id: string;
  s: string;
  o: string;
}

function memoryGraph(edges: Edge[], direction: 'any' | 'out') {
  const links = new Map<string, Edge[]>();
  for (const e of edges) for (const n of [e.s, e.o]) links.set(n, [...(links.get(n) ?? []), e]);
  const degree = (n: string) => links.get(n)?.length ?? 0;
  const asks: LevelAsk[] = [];
  let read = 0;
  /** Edges leaving `n` as the side walks them: forward from the start, backward from the end. */
  const walk = (n: string, side: 'from' | 'to') =>
    (links.get(n) ?? []).flatMap((e) => {
      const out = e.s === n ? e.o : e.s;
      if (direction === 'out' && (side === 'from' ? e.s !== n : e.o !== n)) return [];
      return [{ rel: e.id, node: out }];
    });
  const expand: Expand = async (ask) => {
    asks.push(ask);
    const steps = ask.frontier.flatMap((from) => walk(from, ask.side).slice(0, ask.limit).map((s) => ({ ...s, from, links: degree(s.node) })));
    const into = ask.hubs.flatMap((from) => walk(from, ask.side).filter((s) => [...ask.others, ...ask.hubOthers].includes(s.node)).map((s) => ({ ...s, from, links: degree(s.node) })));
    read += steps.length;
    return [...steps, ...into];
  };
  return { expand, degree, asks, read: () => read, walk };
}

/** Every shortest path by a plain breadth-first search from the start (the reference). */
function reference(edges: Edge[], from: string, to: string, direction: 'any' | 'out', maxHops: number): string[] {
  const g = memoryGraph(edges, direction);
  let paths: IdPath[] = [{ nodes: [from], rels: [] }];
  const seen = new Set([from]);
  for (let hop = 0; hop < maxHops; hop++) {
    const next: IdPath[] = [];
    const reached = new Set<string>();
    for (const p of paths) {
      for (const s of g.walk(p.nodes.at(-1)!, 'from')) {
        if (seen.has(s.node)) continue;
        reached.add(s.node);
        next.push({ nodes: [...p.nodes, s.node], rels: [...p.rels, s.rel] });
      }
    }
    const done = next.filter((p) => p.nodes.at(-1) === to);
    if (done.length) return done.map((p) => p.rels.join(' ')).sort();
    for (const n of reached) seen.add(n);
    paths = next;
  }
  return [];
}

const key = (paths: IdPath[]) => paths.map((p) => p.rels.join(' ')).sort();

function randomEdges(random: Random, nodes: number, count: number): Edge[] {
  return Array.from({ length: count }, (_, i) => {
    const s = random.int(nodes);
    const o = (s + 1 + random.int(nodes - 1)) % nodes;
    return { id: `r${i}`, s: `n${s}`, o: `n${o}` };
  });
}

describe('shortest paths from both ends', () => {
  it.each(['any', 'out'] as const)('finds every shortest path a breadth-first search finds (%s)', async (direction) => {
    const random = new Random(5);
    for (let trial = 0; trial < 200; trial++) {
      const edges = randomEdges(random, 30, 20 + random.int(40));
      const from = `n${random.int(30)}`;
      let to = `n${random.int(30)}`;
      if (to === from) to = from === 'n0' ? 'n1' : 'n0';
      const g = memoryGraph(edges, direction);
      const ends = { from: { node: from, links: g.degree(from) }, to: { node: to, links: g.degree(to) } };
      const found = await shortestPaths(ends.from, ends.to, g.expand, { maxHops: 5, cap: 1000, hubReads: 1000, paths: 10_000, budget: 1e9, intoPairs: 1000 });
      expect(key(found)).toEqual(reference(edges, from, to, direction, 5));
      for (const p of found) {
        expect(p.nodes[0]).toBe(from);
        expect(p.nodes.at(-1)).toBe(to);
        expect(p.rels).toHaveLength(p.nodes.length - 1);
      }
    }
  });

  it('meets at a hub, and past it, without reading more than the cap of its links', async () => {
    // a ─ hub ─ b, and hub ─ x ─ c; the hub has 5,000 spokes.
    const spokes = Array.from({ length: 5000 }, (_, i) => ({ id: `s${i}`, s: `spoke${i}`, o: 'hub' }));
    const edges = [...spokes, { id: 'ra', s: 'a', o: 'hub' }, { id: 'rb', s: 'b', o: 'hub' }, { id: 'rx', s: 'x', o: 'hub' }, { id: 'rc', s: 'c', o: 'x' }];
    const g = memoryGraph(edges, 'any');
    const end = (n: string) => ({ node: n, links: g.degree(n) });
    const limits = { maxHops: 6, cap: 100, hubReads: 50, paths: 100, budget: 1e9, intoPairs: 1000 };
    expect(key(await shortestPaths(end('a'), end('b'), g.expand, limits))).toEqual(['ra rb']);
    expect(key(await shortestPaths(end('a'), end('c'), g.expand, limits))).toEqual(['ra rx rc']);
    // The hub as an end: met from the other side.
    expect(key(await shortestPaths(end('hub'), end('c'), g.expand, limits))).toEqual(['rx rc']);
    expect(g.read()).toBeLessThan(400);
    // With the other side's links read instead of pairs checked, the same paths.
    const blind = { ...limits, intoPairs: 0 };
    expect(key(await shortestPaths(end('a'), end('c'), g.expand, blind))).toEqual(['ra rx rc']);
    expect(key(await shortestPaths(end('c'), end('b'), g.expand, blind))).toEqual(['rc rx rb']);
  });

  it('finds the edge between two hubs by checking the pair', async () => {
    const spokes = (hub: string) => Array.from({ length: 3000 }, (_, i) => ({ id: `${hub}${i}`, s: `${hub}-spoke${i}`, o: hub }));
    const edges = [...spokes('h1'), ...spokes('h2'), { id: 'r12', s: 'h1', o: 'h2' }, { id: 'ra', s: 'a', o: 'h1' }, { id: 'rb', s: 'b', o: 'h2' }];
    const g = memoryGraph(edges, 'any');
    const end = (n: string) => ({ node: n, links: g.degree(n) });
    const limits = { maxHops: 6, cap: 100, hubReads: 50, paths: 100, budget: 1e9, intoPairs: 1000 };
    expect(key(await shortestPaths(end('a'), end('b'), g.expand, limits))).toEqual(['ra r12 rb']);
    expect(key(await shortestPaths(end('a'), end('h2'), g.expand, limits))).toEqual(['ra r12']);
  });

  it('gives up past its budget and beyond maxHops, and says only the budget cut it', async () => {
    const edges = [{ id: 'r1', s: 'a', o: 'm' }, { id: 'r2', s: 'm', o: 'n' }, { id: 'r3', s: 'n', o: 'b' }];
    const g = memoryGraph(edges, 'any');
    const end = (n: string) => ({ node: n, links: g.degree(n) });
    const beyondHops = { cut: false };
    expect(await shortestPaths(end('a'), end('b'), g.expand, { maxHops: 2, cap: 100, hubReads: 50, paths: 10, budget: 1e9, intoPairs: 1000 }, beyondHops)).toEqual([]);
    expect(beyondHops.cut).toBe(false);
    expect(key(await shortestPaths(end('a'), end('b'), g.expand, { maxHops: 3, cap: 100, hubReads: 50, paths: 10, budget: 1e9, intoPairs: 1000 }))).toEqual(['r1 r2 r3']);
    const overBudget = { cut: false };
    expect(await shortestPaths(end('a'), end('b'), g.expand, { maxHops: 3, cap: 100, hubReads: 50, paths: 10, budget: 0, intoPairs: 1000 }, overBudget)).toEqual([]);
    expect(overBudget.cut).toBe(true);
  });
});
