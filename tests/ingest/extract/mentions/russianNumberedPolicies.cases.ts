import { extractText, typeOf } from '../helpers';

/** Russian policies named by their number in a series, and quoted names typed by the noun before them. Invented sentences. */
describe('sanctions packages by number', () => {
  test('a package by digits and by an ordinal word, in any case', () => {
    const doc = extractText('Брюссель обсуждает 21-й пакет санкций. В девятом пакете санкций ЕС ограничил импорт алюминия.');
    expect(typeOf(doc, '21-й пакет санкций')).toBe('Policy');
    expect(typeOf(doc, 'девятом пакете санкций')).toBe('Policy');
  });

  test('a new package has no number and names nothing', () => {
    const doc = extractText('Евросоюз готовит новый пакет санкций против танкеров.');
    expect(doc.entities.some((e) => /пакет/.test(e.name))).toBe(false);
  });
});

describe('quoted names typed by the noun before them', () => {
  test('a refinery by its processing adjective is a project, not a firm', () => {
    const doc = extractText('Компания управляет нефтеперерабатывающим заводом «Северный Берег» под Мурманском.');
    expect(typeOf(doc, 'Северный Берег')).toBe('Project');
  });

  test('a plant without such an adjective stays a firm', () => {
    const doc = extractText('Станки поставляет завод «Уралмаш» из Екатеринбурга.');
    expect(typeOf(doc, 'Уралмаш')).toBe('Firm');
  });

  test('a pumping station and a forum', () => {
    const doc = extractText('Дроны повредили насосную станцию «Кедровка», а контракт подписали на форуме «Энергия Севера».');
    expect(typeOf(doc, 'Кедровка')).toBe('Project');
    expect(typeOf(doc, 'Энергия Севера')).toBe('Event');
  });
});
