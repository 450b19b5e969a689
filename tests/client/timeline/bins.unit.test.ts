import { histogram, playSteps, shownInPeriod, yearOf } from '../../../client/src/timeline/bins';

test('edges are counted per year from the first to the last, empty years included, undated apart', () => {
  const result = histogram([
    { date: '2019', evidence: 2 },
    { date: '2021-06', evidence: 1 },
    { date: '2021-11-30', evidence: 0 },
    { date: null, evidence: 3 },
    { date: 'unknown', evidence: 1 },
  ]);
  expect(result.years).toEqual([
    { year: 2019, edges: 1, evidence: 2 },
    { year: 2020, edges: 0, evidence: 0 },
    { year: 2021, edges: 2, evidence: 1 },
  ]);
  expect(result.undated).toEqual({ edges: 2, evidence: 4 });
  expect(histogram([]).years).toEqual([]);
});

test('a period keeps its own years, inclusive; undated edges follow the analyst’s choice', () => {
  const period = { from: 2020, to: 2021 };
  expect(shownInPeriod('2019-12', period, true)).toBe(false);
  expect(shownInPeriod('2020', period, true)).toBe(true);
  expect(shownInPeriod('2021-12-31', period, true)).toBe(true);
  expect(shownInPeriod(null, period, true)).toBe(true);
  expect(shownInPeriod(null, period, false)).toBe(false);
  expect(shownInPeriod('1990', null, true)).toBe(true);
  expect(yearOf('2023-11')).toBe(2023);
  expect(yearOf('')).toBeNull();
});

test('play steps a window of the brush’s width through the years', () => {
  expect(playSteps(2019, 2022, 1)).toEqual([{ from: 2019, to: 2019 }, { from: 2020, to: 2020 }, { from: 2021, to: 2021 }, { from: 2022, to: 2022 }]);
  expect(playSteps(2019, 2022, 2)).toEqual([{ from: 2019, to: 2020 }, { from: 2020, to: 2021 }, { from: 2021, to: 2022 }]);
  expect(playSteps(2019, 2019, 5)).toEqual([{ from: 2019, to: 2019 }]);
});
