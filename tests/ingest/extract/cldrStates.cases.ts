import { loadLexicon } from '../../../ingest/extract/lexicon';
import { entityId, extractText } from './helpers';

/** Every sovereign state in every script, from the CLDR territory names, under the common keys. */

describe('states from CLDR', () => {
  test('states the hand list lacks are found in Chinese, Japanese, English and Russian', () => {
    expect(entityId(extractText('2023年，莫桑比克与坦桑尼亚签署协议。'), '坦桑尼亚')).toBe('tanzania');
    expect(entityId(extractText('ウズベキスタンとアゼルバイジャンが合意した。'), 'アゼルバイジャン')).toBe('azerbaijan');
    expect(entityId(extractText('The deal was signed by Tanzania and Eswatini.'), 'Eswatini')).toBe('eswatini');
    expect(entityId(extractText('Соглашение подписали Танзания и Мозамбик.', 'x.ru.txt'), 'Танзания')).toBe('tanzania');
  });

  test('hand keys stay the keys, and short and variant forms join them', () => {
    const lexicon = loadLexicon();
    expect(lexicon.entries.get('united-states')?.names).toEqual(expect.arrayContaining(['US', 'アメリカ合衆国', 'Соединенные Штаты']));
    expect(lexicon.entries.get('turkey')?.names).toContain('Türkiye');
    expect(lexicon.entries.get('european-union')?.type).toBe('Organization');
  });

  test('a name two states share (Congo) and names that are ordinary words (Chad, Того) name no state', () => {
    const lexicon = loadLexicon();
    const all = [...lexicon.entries.values()].filter((e) => e.type === 'State').flatMap((e) => e.names);
    for (const n of ['Congo', 'Chad', 'Того']) expect(all).not.toContain(n);
  });

  test('Russian long and colloquial forms, in any case, where CLDR gives only an abbreviation or one form', () => {
    const states = (text: string) => extractText(text, 'x.ru.txt').entities.filter((e) => e.type === 'State').map((e) => e.id);
    expect(states('Сделку одобрили в Объединённых Арабских Эмиратах.')).toEqual(['united-arab-emirates']);
    expect(states('Газ закупают Голландия и Бирма.')).toEqual(['netherlands', 'myanmar']);
    expect(states('Поставки из Южной Африки выросли.')).toEqual(['south-africa']);
    expect(states('Белоруссия и Молдавия получают нефть по трубопроводу.')).toEqual(['belarus', 'moldova']);
    // The longer name wins: the Democratic Republic is not the "Республика Конго" inside it.
    expect(states('Демократическая Республика Конго запретила экспорт кобальта.')).toEqual(['dr-congo']);
    // Nor is the continent a place of its own inside the state's name.
    expect(extractText('Соединённые Штаты Америки ввели пошлины.', 'x.ru.txt').entities.map((e) => e.id)).toEqual(['united-states']);
  });
});
