import { extractText, typeOf } from './helpers';

/** Words that are not names: quoted speech, daily output, military ranks before a name. */

describe('speech, ordinary words and ranks', () => {
  test('a quoted Russian sentence of speech is no firm, even when it ends in a head noun', () => {
    const doc = extractText('«Продать этот газ будет сложнее, чем построить завод», — говорит аналитик. Завод «Красное Сормово» работает.', 'x.ru.txt');
    expect(doc.entities.filter((e) => e.name.includes('Продать'))).toEqual([]);
    expect(typeOf(doc, 'Красное Сормово')).toBeDefined();
  });

  test('日产 is daily output, not Nissan; 日产汽车 is Nissan', () => {
    expect(extractText('该油田日产原油约18万桶。', 'x.zh-Hans.txt').entities.map((e) => e.id)).not.toContain('nissan');
    expect(extractText('日产汽车宣布在美国建厂。', 'x.zh-Hans.txt').entities.map((e) => e.id)).toContain('nissan');
  });

  test('an English military rank before a name is a title, not part of the name', () => {
    const doc = extractText('Colonel Assimi Goita met Lieutenant General Mamadi Doumbouya in Bamako.', 'x.en.txt');
    expect(typeOf(doc, 'Assimi Goita')).toBe('Person');
    expect(typeOf(doc, 'Mamadi Doumbouya')).toBe('Person');
  });
});

describe('Russian names in straight quotes', () => {
  test('"Росатома" reads as «Росатома»: the title before it makes its head lead it; the evidence keeps the text as written', () => {
    const doc = extractText('Об этом сообщил генеральный директор "Росатома" Алексей Лихачев.', 'x.ru.txt');
    const leads = doc.relations.find((r) => r.type === 'LEADS' && r.object === 'rosatom');
    expect(leads?.subject).toBe('alexey-likhachev');
    expect(leads?.evidence[0].sentence).toContain('"Росатома"');
  });
});

describe('former heads of state in Russian', () => {
  test('бывший президент leads the state the passage speaks of, with the title as written', () => {
    const doc = extractText('Узбекистан долго выступал против проекта. Позиция Узбекистана изменилась. Бывший президент Ислам Каримов называл станцию угрозой.', 'x.ru.txt');
    const leads = doc.relations.find((r) => r.type === 'LEADS' && r.subject === 'islam-karimov');
    expect(leads?.object).toBe('uzbekistan');
    expect(String(leads?.properties?.role)).toMatch(/^бывш/);
  });
});
