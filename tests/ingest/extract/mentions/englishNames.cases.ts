import { extractText } from '../helpers';

/** English participle compounds (the X-led consortium) are never names themselves. Invented sentences. */
describe('participle compounds before a noun', () => {
  test('-led, -held and -backed compounds are no entities', () => {
    const doc = extractText('The Vale-led consortium bought stakes in Ukrainian-held territory, and the Glencore-backed venture paid $2 billion for them.');
    const names = doc.entities.map((e) => e.name);
    for (const n of ['Vale-led', 'Ukrainian-held', 'Glencore-backed']) expect(names).not.toContain(n);
  });

  test('the name after the compound is still found', () => {
    const doc = extractText('The Western-led Lobito Corridor Partnership met in Luanda on Monday.');
    expect(doc.entities.some((e) => e.name.startsWith('Lobito Corridor'))).toBe(true);
    expect(doc.entities.some((e) => e.name.includes('Western-led'))).toBe(false);
  });
});

/** Geographic features and deposits by a lower-case head after the name. */
describe('features and deposits by a lower-case head', () => {
  test('a shale play, a desert and a river are places', () => {
    const doc = extractText('The company drills in the Tamboril shale, ships ore across the Nuqra desert and barges it down the Parana river.');
    const typeOf = (n: string) => doc.entities.find((e) => e.name === n)?.type;
    expect(typeOf('Tamboril shale')).toBe('Place');
    expect(typeOf('Nuqra desert')).toBe('Place');
    expect(typeOf('Parana river')).toBe('Place');
  });

  test('a deposit named with its commodity and a coalfield are projects', () => {
    const doc = extractText('The fund will back the Polokhivske lithium deposit and the Ekibastuz coalfield.');
    const typeOf = (n: string) => doc.entities.find((e) => e.name === n)?.type;
    expect(typeOf('Polokhivske lithium deposit')).toBe('Project');
    expect(typeOf('Ekibastuz coalfield')).toBe('Project');
  });
});
