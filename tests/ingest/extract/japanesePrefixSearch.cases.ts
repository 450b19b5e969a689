import { useIncrementalPrefixSearch } from '../../../ingest/extract/japanese/prefixSearch';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const doublearray = require('doublearray') as { builder(size?: number): { build(keys: { k: string; v: number }[]): never } };

/** The trie kuromoji's dictionary uses, built from a few words, with and without the faster search. */
function tries(words: string[]) {
  const keys = words.map((k, v) => ({ k, v }));
  const original = doublearray.builder(0).build(keys.map((k) => ({ ...k })));
  const incremental = doublearray.builder(0).build(keys.map((k) => ({ ...k })));
  useIncrementalPrefixSearch(incremental);
  return { original: original as { commonPrefixSearch(s: string): unknown }, incremental: incremental as { commonPrefixSearch(s: string): unknown } };
}

describe('the Japanese dictionary lookup', () => {
  const words = ['東京', '東京電力', '東', 'アークティック', 'LNG', 'LN', 'é', 'éa', '新潟県', '柏崎刈羽原子力発電所'];
  const { original, incremental } = tries(words);

  it.each([
    '東京電力にとって最大の課題は',
    '東京都',
    'アークティックLNG2',
    'LNG',
    'éa',
    '柏崎刈羽原子力発電所である。',
    '',
    'xyz',
    '𠮷野家',
    '東京𠮷',
  ])('finds the same words as kuromoji at the start of %p', (text) => {
    expect(incremental.commonPrefixSearch(text)).toEqual(original.commonPrefixSearch(text));
  });

  it('looks no further than the longest word the text could start with', () => {
    // The whole rest of a long sentence is never encoded: time stays flat as the text grows.
    const long = `東京${'あ'.repeat(200_000)}`;
    const t = performance.now();
    for (let i = 0; i < 200; i++) incremental.commonPrefixSearch(long);
    expect(performance.now() - t).toBeLessThan(500);
    expect(incremental.commonPrefixSearch(long)).toEqual(original.commonPrefixSearch(long));
  });
});
