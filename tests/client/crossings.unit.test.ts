import { clearingMove, edgesThroughNodes, segmentHitsBox, type NodeBox } from '../../client/src/graph/crossings';

// The check behind "layouts never draw an edge through an unrelated node": which line passes
// over which box, and how far a node must move to clear it.

const box = (id: string, x: number, y: number, size = 20): NodeBox => ({ id, x1: x - size / 2, y1: y - size / 2, x2: x + size / 2, y2: y + size / 2 });

test('a segment through, beside, ending short of and grazing a box', () => {
  const b = box('n', 50, 0);
  expect(segmentHitsBox({ x: 0, y: 0 }, { x: 100, y: 0 }, b)).toBe(true);
  expect(segmentHitsBox({ x: 0, y: 30 }, { x: 100, y: 30 }, b)).toBe(false);
  expect(segmentHitsBox({ x: 0, y: 0 }, { x: 30, y: 0 }, b)).toBe(false);
  expect(segmentHitsBox({ x: 0, y: -40 }, { x: 100, y: 40 }, b)).toBe(true);
  expect(segmentHitsBox({ x: 50, y: -100 }, { x: 50, y: 100 }, b)).toBe(true);
  expect(segmentHitsBox({ x: 61, y: -100 }, { x: 61, y: 100 }, b)).toBe(false);
});

test('an edge through a node it does not join is found; its own ends and curves around are not', () => {
  const nodes = [box('a', 0, 0), box('b', 200, 0), box('middle', 100, 0), box('above', 100, 60)];
  const straight = { id: 'ab', source: 'a', target: 'b', points: [{ x: 0, y: 0 }, { x: 200, y: 0 }] };
  const curved = { id: 'ab2', source: 'a', target: 'b', points: [{ x: 0, y: 0 }, { x: 100, y: 30 }, { x: 200, y: 0 }] };
  const toMiddle = { id: 'am', source: 'a', target: 'middle', points: [{ x: 0, y: 0 }, { x: 100, y: 0 }] };
  expect(edgesThroughNodes(nodes, [straight, curved, toMiddle])).toEqual([{ edge: 'ab', node: 'middle' }]);
});

test('a long diagonal over a wide canvas finds the one node on its way', () => {
  const nodes = [box('s', 0, 0), box('t', 3000, 3000)];
  for (let i = 1; i < 30; i++) nodes.push(box(`off${i}`, i * 100, i * 100 + 40));
  nodes.push(box('on', 1505, 1500));
  expect(edgesThroughNodes(nodes, [{ id: 'e', source: 's', target: 't', points: [{ x: 0, y: 0 }, { x: 3000, y: 3000 }] }])).toEqual([{ edge: 'e', node: 'on' }]);
});

test('the clearing move takes the box off the line by the margin, away from it', () => {
  const p = { x: 0, y: 0 };
  const q = { x: 100, y: 0 };
  const move = clearingMove(p, q, box('n', 50, 4), 5);
  expect(move.x).toBeCloseTo(0);
  expect(move.y).toBeCloseTo(11); // from centre 4 to 15: half the box (10) and the margin
  const moved = box('n', 50, 4 + move.y);
  expect(segmentHitsBox(p, q, moved)).toBe(false);
  // Dead centre: pushed to one side, the same for any edge drawn the same way.
  expect(Math.abs(clearingMove(p, q, box('n', 50, 0), 5).y)).toBeCloseTo(15);
  expect(clearingMove(p, q, box('n', 50, 40), 5)).toEqual({ x: 0, y: 0 });
});
