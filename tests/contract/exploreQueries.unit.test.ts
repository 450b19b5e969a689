import { neighborhoodQuery, pathsQuery } from '../../contract/exploreQueries';

/** The year range is fromYear/toYear everywhere; neighbourhoods still read the old from/to. */
describe('year range spelling', () => {
  it('reads fromYear/toYear on neighbourhoods and paths alike', () => {
    expect(neighborhoodQuery.parse({ fromYear: '2010', toYear: '2020' })).toMatchObject({ fromYear: 2010, toYear: 2020 });
    expect(pathsQuery.parse({ from: 'a', to: 'b', fromYear: '2010', toYear: '2020' })).toMatchObject({ fromYear: 2010, toYear: 2020 });
  });

  it('still takes from/to on neighbourhoods, as fromYear/toYear', () => {
    const q = neighborhoodQuery.parse({ from: '2010', to: '2020' });
    expect(q).toMatchObject({ fromYear: 2010, toYear: 2020 });
    expect(q).not.toHaveProperty('from');
  });

  it('prefers the new name when both are given', () => {
    expect(neighborhoodQuery.parse({ from: '2000', fromYear: '2010' }).fromYear).toBe(2010);
  });

  it('names the field the caller used when the range is backwards', () => {
    const issue = (query: Record<string, string>) => neighborhoodQuery.safeParse(query).error?.issues[0].path;
    expect(issue({ from: '2023', to: '2020' })).toEqual(['to']);
    expect(issue({ fromYear: '2023', toYear: '2020' })).toEqual(['toYear']);
    expect(pathsQuery.safeParse({ from: 'a', to: 'b', fromYear: '2023', toYear: '2020' }).error?.issues[0].path).toEqual(['toYear']);
  });
});
