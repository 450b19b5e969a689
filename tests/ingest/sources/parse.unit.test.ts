import { parseCitation, parseDate } from '../../../ingest/sources/parse';

describe('reading citations', () => {
  it('reads a Chinese-style citation with 〈〉 and 《》', () => {
    expect(parseCitation('田中孝幸,〈ロシア大統領「対日関係前進に期待」年次教書演説〉,《日本経済新聞》, 2016 年 12 月 2 日,https://www.nikkei.com/article/DGXKASGM01H88_R01C16A2FF2000/。')).toEqual({
      author: '田中孝幸',
      title: 'ロシア大統領「対日関係前進に期待」年次教書演説',
      publisher: '日本経済新聞',
      date: '2016-12-02',
      url: 'https://www.nikkei.com/article/DGXKASGM01H88_R01C16A2FF2000/',
    });
  });

  it('reads a Japanese-style citation with 『』', () => {
    expect(parseCitation('小山堅『エネルギーの地政学』、朝日新聞出版、2022 年、56 頁。')).toMatchObject({
      author: '小山堅',
      title: 'エネルギーの地政学',
      publisher: '朝日新聞出版',
      date: '2022',
    });
  });

  it('reads an English citation', () => {
    expect(parseCitation('“G7 Leaders’ Statement,” The White House, May 8, 2022, https://reurl.cc/O4Ly6y.')).toMatchObject({
      title: 'G7 Leaders’ Statement',
      publisher: 'The White House',
      date: '2022-05-08',
      url: 'https://reurl.cc/O4Ly6y',
    });
  });

  it('reads dates in the forms papers write them', () => {
    expect(parseDate('2022 年 3 月')).toBe('2022-03');
    expect(parseDate('[2024-12-15]')).toBe('2024-12-15');
    expect(parseDate('8 May 2022')).toBe('2022-05-08');
    expect(parseDate('no date here')).toBeUndefined();
  });
});
