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

describe('Chinese builders of the project a passage is about', () => {
  test('作为工程的建设和运营主体 and 等央企将参与工程建设: each firm develops the passage\'s project', () => {
    const doc = extractText('雅鲁藏布江下游水电工程开工。雅鲁藏布江下游水电工程投资巨大。中国华能集团有限公司和中国电力建设集团有限公司等央企将参与工程建设。', 'x.zh-Hans.txt');
    const builders = triples(doc).filter((t) => t.includes('DEVELOPS')).map((t) => t.split(' ')[0]).sort();
    expect(builders).toEqual(['china-huaneng-group', 'powerchina']);
  });
});
