import { extractText, typeOf } from '../helpers';

/** Russian routes named by their end points, and capitals written as the city. Invented sentences. */
describe('pipelines named by their end points', () => {
  test('an unquoted pipeline after its noun is one project', () => {
    const doc = extractText('Туркмения нарастит поставки по газопроводу Бухара — Урал и по нефтепроводу Атырау — Самара.');
    expect(typeOf(doc, 'Бухара — Урал')).toBe('Project');
    expect(typeOf(doc, 'Атырау — Самара')).toBe('Project');
  });
});

describe('capitals where the text means the city', () => {
  test('a dateline and a visit name the city; a capital acting names its state', () => {
    const doc = extractText('Анкара. 5 марта. ИНТЕРФАКС - Делегация прибыла в Каир, а Тегеран заявил о готовности помочь.');
    expect(typeOf(doc, 'Каир')).toBe('Place');
    expect(typeOf(doc, 'Тегеран')).toBe('State');
  });
});

describe('one name, two lexicon entries', () => {
  test('the capital as city and as its state stay two entities', () => {
    const doc = extractText('Делегация прибыла в Ташкент на переговоры. Ташкент заявил о готовности увеличить закупки газа.');
    const ids = doc.entities.filter((e) => e.aliases.includes('Ташкент')).map((e) => e.id).sort();
    expect(ids).toEqual(['tashkent', 'uzbekistan']);
  });
});
