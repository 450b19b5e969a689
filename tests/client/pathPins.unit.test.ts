import { comparePaths, pathKey, type PinnedPath } from '../../client/src/pathPins/compare';
import type { GraphPath } from '../../client/src/api/types';

// Comparing pinned paths: which entities and edges every path shares, which hops differ.

const entity = (id: string) => ({ id, name: id, nameEn: id, type: 'Company', aliases: [] }) as unknown as GraphPath['nodes'][number];
const hop = (id: string, from: string, to: string, type = 'SANCTIONS') =>
  ({ relation: { id, type }, from, to, explanation: '', evidence: [] }) as unknown as GraphPath['hops'][number];

function pin(rank: number, chain: string[], edges: string[], cost: number): PinnedPath {
  const path: GraphPath = {
    length: edges.length,
    nodes: chain.map(entity),
    hops: edges.map((id, index) => hop(id, chain[index]!, chain[index + 1]!)),
    cost,
    caveats: [],
  };
  return { key: pathKey(path), rank, path };
}

const viaArctic = pin(1, ['mitsui', 'arctic', 'us'], ['r-mitsui-arctic', 'r-us-arctic'], 2);
const viaJapan = pin(2, ['mitsui', 'japan', 'us'], ['r-mitsui-japan', 'r-japan-us'], 5);
const viaArcticAndJapan = pin(3, ['mitsui', 'arctic', 'japan', 'us'], ['r-mitsui-arctic', 'r-arctic-japan', 'r-japan-us'], 7);

test('two paths with no edge in common: every hop differs, only the ends are shared', () => {
  const result = comparePaths([viaArctic, viaJapan]);
  expect(result.sharedEntities).toEqual(['mitsui', 'us']);
  expect(result.sharedEdges).toEqual([]);
  expect(result.paths.map((path) => path.hops.map((h) => h.differs))).toEqual([[true, true], [true, true]]);
  expect(result.paths.map((path) => path.ownEntities)).toEqual([['arctic'], ['japan']]);
  expect(result.paths.map((path) => [path.rank, path.length, path.cost])).toEqual([[1, 2, 2], [2, 2, 5]]);
});

test('a shared first hop is not marked; the hops after it are', () => {
  const result = comparePaths([viaArctic, viaArcticAndJapan]);
  expect(result.sharedEdges).toEqual(['r-mitsui-arctic']);
  expect(result.sharedEntities).toEqual(['mitsui', 'arctic', 'us']);
  expect(result.paths[0]!.hops.map((h) => [h.relationId, h.differs])).toEqual([['r-mitsui-arctic', false], ['r-us-arctic', true]]);
  expect(result.paths[1]!.hops.map((h) => h.differs)).toEqual([false, true, true]);
  expect(result.paths[1]!.ownEntities).toEqual(['japan']);
});

test('with three paths an edge is shared only when all three use it', () => {
  const result = comparePaths([viaArctic, viaJapan, viaArcticAndJapan]);
  expect(result.sharedEdges).toEqual([]);
  expect(result.paths[2]!.hops.every((h) => h.differs)).toBe(true);
  expect(result.sharedEntities).toEqual(['mitsui', 'us']);
});

test('the same chain gives the same key; another chain another', () => {
  expect(pathKey(viaArctic.path)).toBe(pin(4, ['mitsui', 'arctic', 'us'], ['r-mitsui-arctic', 'r-us-arctic'], 9).key);
  expect(pathKey(viaArctic.path)).not.toBe(pathKey(viaJapan.path));
  expect(comparePaths([]).sharedEntities).toEqual([]);
});
