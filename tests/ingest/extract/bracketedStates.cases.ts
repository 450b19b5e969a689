import { extractText, triples } from './helpers';

/** A state alone in brackets after a name says where it is (every language). */

describe('a state in brackets after a name', () => {
  test('Russian and English: the name is in that state, and the state is no other name of it', () => {
    const ru = extractText('Компании принадлежат НПЗ в Бургасе (Болгария) и во Флиссингене (Нидерланды).', 'x.ru.txt');
    const name = (id: string) => ru.entities.find((e) => e.id === id)?.aliases[0];
    expect(ru.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => `${name(r.subject)} ${r.object}`).sort()).toEqual(['Бургасе bulgaria', 'Флиссингене netherlands']);
    const doc = extractText('Lukoil owns a refinery in Burgas (Bulgaria).', 'x.en.txt');
    expect(triples(doc)).toContain('burgas LOCATED_IN bulgaria');
    expect(doc.entities.find((e) => e.id === 'burgas')?.aliases).not.toContain('Bulgaria');
  });
});
