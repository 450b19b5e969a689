import { chineseNumber } from '../../../ingest/extract/percentWords';
import { matchText } from '../../../ingest/extract/script';
import { extractText } from './helpers';

/** Shares written out in words are read as the sign, in every language. */

const stakes = (text: string, file: string) =>
  extractText(text, file).relations.filter((r) => r.type === 'HOLDS_STAKE_IN').map((r) => `${r.subject} ${r.object} ${r.properties?.share}`);

describe('percentages written in words', () => {
  test('English per cent, percent and pc give the stake its share', () => {
    expect(stakes('BP holds a 30 per cent stake in the Tangguh LNG project.', 'x.en.txt')).toEqual(['bp tangguh-lng 0.3']);
    expect(stakes('Equinor owns 36.5 percent of the Johan Sverdrup field.', 'x.en.txt').map((s) => s.split(' ').pop())).toEqual(['0.365']);
  });

  test('a Russian share in any case of процент', () => {
    expect(stakes('«Газпром нефть» владеет 50 процентами проекта «Мессояха».', 'x.ru.txt').map((s) => s.split(' ').pop())).toEqual(['0.5']);
  });

  test('百分之 with a Chinese numeral', () => {
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('二十五点五')).toBe(25.5);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('一百')).toBe(100);
    expect(chineseNumber('12.5')).toBe(12.5);
    expect(chineseNumber('若干')).toBeUndefined();
    expect(stakes('中国海洋石油持有北极液化天然气2号项目百分之十的权益。', 'x.zh-Hans.txt')).toEqual(['cnooc arctic-lng-2 0.1']);
    expect(matchText('中海油持有该项目百分之三十的权益。').compact).toBe('中海油持有该项目30%的权益。');
  });

  test('percentage points are not a share, and offsets still point into the sentence', () => {
    expect(matchText('Output rose 5 percentage points.').compact).toBe('Output rose 5 percentage points.');
    expect(matchText('Рост на 3 процентных пункта.').compact).toBe('Рост на 3 процентных пункта.');
    const m = matchText('Shell holds 25 per cent of it.');
    expect(m.compact).toBe('Shell holds 25% of it.');
    const sign = m.compact.indexOf('%');
    expect('Shell holds 25 per cent of it.'.slice(m.toText[sign + 1])).toBe(' of it.');
    expect(m.toText).toHaveLength(m.compact.length + 1);
  });
});
