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
