import { UsageError } from '../../graph/neo4j/errors';
import { parseArgs } from '../../ingest/cliArgs';
import { shareOf } from '../../ingest/run';

describe('npm run ingest options for many cores and many processes', () => {
  it('reads --workers and --shard', () => {
    expect(parseArgs(['--workers', '3', 'papers/']).workers).toBe(3);
    expect(parseArgs(['--workers=1']).workers).toBe(1);
    expect(parseArgs(['papers/']).workers).toBeUndefined();
    expect(parseArgs(['--shard', '2/4', 'papers/']).shard).toEqual({ index: 2, count: 4 });
    expect(parseArgs(['--shard=1/1']).shard).toEqual({ index: 1, count: 1 });
    expect(parseArgs(['--bulk', 'archive/'])).toMatchObject({ bulk: true, inputs: ['archive/'] });
    expect(parseArgs(['archive/']).bulk).toBe(false);
  });

  it.each([
    [['--workers', '0']],
    [['--workers', 'two']],
    [['--workers']],
    [['--shard', '0/2']],
    [['--shard', '3/2']],
    [['--shard', '1-2']],
    [['--shard']],
    [['--shard', '1/2', '--reset']],
    [['--bulk', '--dry-run']],
    [['--bulk', '--reset']],
    [['--bulk', '--shard', '1/2']],
  ])('refuses %p with a usage message', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });

  it('shares the files out so that the shards together hold each file exactly once', () => {
    const files = Array.from({ length: 11 }, (_, i) => `doc-${String(i).padStart(2, '0')}.txt`);
    const shares = [1, 2, 3].map((index) => shareOf(files, { index, count: 3 }));
    expect(shares.map((s) => s.length)).toEqual([4, 4, 3]);
    expect(shares.flat().sort()).toEqual(files);
    expect(shareOf(files, { index: 1, count: 1 })).toEqual(files);
  });
});
