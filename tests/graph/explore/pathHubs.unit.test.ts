import { selectAroundHubs } from '../../../graph/explore/pathHubs';
import type { EntitySummary } from '../../../graph/explore/model';

// Paths through hubs are capped: the ranked order stands, hub paths past the cap give way to
// the next paths that avoid hubs, and the hubs are named with how many paths they carry.

const node = (id: string, degree: number): EntitySummary => ({ id, type: 'State', name: id, nameEn: null, aliases: [], mentions: 1, degree });
const from = node('mitsui', 12);
const to = node('us', 30);
const japan = node('japan', 61);
const russia = node('russia', 55);
const arctic = node('arctic', 9);
const path = (...middle: EntitySummary[]) => ({ nodes: [from, ...middle, to] });

const ranked = [path(japan), path(arctic), path(japan, russia), path(russia), path(arctic, node('novatek', 8))];

test('without a cap the ranked paths are listed as they come, hubs named and counted', () => {
  const { kept, hubs, heldBack } = selectAroundHubs(ranked, 3, undefined);
  expect(kept).toEqual(ranked.slice(0, 3));
  expect(hubs.map((h) => [h.entity.id, h.paths])).toEqual([['japan', 2], ['russia', 2]]);
  expect(heldBack).toBe(0);
});

test('with a cap of one, the second and third hub paths give way to paths around hubs', () => {
  const { kept, heldBack } = selectAroundHubs(ranked, 3, 1);
  expect(kept).toEqual([ranked[0], ranked[1], ranked[4]]);
  expect(heldBack).toBe(1);
  // Nothing but hub paths, and none allowed: nothing listed, all of them counted.
  const onlyHubs = [path(japan), path(russia)];
  expect(selectAroundHubs(onlyHubs, 5, 0)).toMatchObject({ kept: [], heldBack: 2 });
  // The ends are never hubs of their own path.
  expect(selectAroundHubs([{ nodes: [japan, arctic, russia] }], 1, 0).kept).toHaveLength(1);
});
