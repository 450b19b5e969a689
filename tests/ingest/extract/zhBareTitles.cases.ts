import { extractText, triples } from './helpers';

/** A head of government written with the title alone leads the state the passage is about. */

describe('Chinese bare titles of heads of state and government', () => {
  test('首相 or 时任总统 opening a clause: the state the passage is about', () => {
    expect(triples(extractText('日本政府決定開發南鳥島稀土，日本經濟將受益。首相高市早苗表示支持。', 'x.zh-Hant.txt'))).toContain('sanae-takaichi LEADS japan');
  });

  test('not a deputy, not 国家主席 (the Chinese press writes it bare for China\'s own), not a title after a word', () => {
    const leads = (text: string) => triples(extractText(text, 'x.zh-Hans.txt')).filter((t) => t.includes('LEADS'));
    expect(leads('巴西宣布新计划，巴西经济将受益。副总统阿尔克明表示支持。')).toEqual([]);
    expect(leads('巴西宣布新计划，巴西经济将受益。国家主席习近平表示祝贺。').filter((t) => t.endsWith('brazil'))).toEqual([]);
  });
});
