import { extractText, triples } from './helpers';

/** Where a buyer's commodity comes from, every source of a list. */

describe('Chinese import sources written after the commodity', () => {
  test('南韩的LNG主要来自澳洲、卡达和马来西亚: each state is a source', () => {
    const found = triples(extractText('2024年南韓的LNG主要來自澳洲、卡達和馬來西亞。', 'x.zh-Hant.txt')).filter((t) => t.includes('IMPORTS_FROM'));
    expect(found.sort()).toEqual(['south-korea IMPORTS_FROM australia', 'south-korea IMPORTS_FROM malaysia', 'south-korea IMPORTS_FROM qatar']);
  });

  test('a producer\'s gas from its own field is production, not an import', () => {
    expect(triples(extractText('阿塞拜疆的天然气主要来自里海的沙阿德尼兹气田。', 'x.zh-Hans.txt')).filter((t) => t.includes('IMPORTS_FROM'))).toEqual([]);
  });
});
