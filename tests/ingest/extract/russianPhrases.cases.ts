import { extractText, triples } from './helpers';

/** Invented Russian sentences: a government body whose name ends with its state. */

describe('Russian seats in names', () => {
  test('Минэнерго России is in Russia, with the sentence as evidence', () => {
    const doc = extractText('Минэнерго России сообщило о росте добычи газа.');
    const located = doc.relations.find((r) => r.type === 'LOCATED_IN' && r.object === 'russia');
    expect(located?.evidence[0].sentence).toContain('Минэнерго России');
    expect(doc.entities.find((e) => e.id === located?.subject)?.type).toBe('Organization');
  });

  test('the abbreviation РФ names Russia in any case of the body before it', () => {
    const doc = extractText('План утверждён Правительством РФ в 2022 году.');
    expect(triples(doc).some((t) => t.endsWith('LOCATED_IN russia'))).toBe(true);
  });

  test('any state the lexicon knows, in the genitive, seats the body before it', () => {
    const doc = extractText('Министерство энергетики Казахстана и Минкоммерции Китая подписали меморандум.');
    const seatOf = (name: string) => doc.relations.find((r) => r.type === 'LOCATED_IN' && r.subject === doc.entities.find((e) => e.name === name)?.id)?.object;
    expect(seatOf('Министерство энергетики Казахстана')).toBe('kazakhstan');
    expect(seatOf('Минкоммерции Китая')).toBe('china');
  });
});

describe('Russian stakes with the verb left out', () => {
  test('"а японская Mitsui — 12,5%" holds a stake in the project of the clause before', () => {
    const doc = extractText('«Газпром» владеет 50% в проекте «Сахалин-2», а японская Mitsui — 12,5%.');
    const gazprom = doc.relations.find((r) => r.type === 'HOLDS_STAKE_IN' && r.subject === 'gazprom' && r.object === 'sakhalin-2');
    const mitsui = doc.relations.find((r) => r.type === 'HOLDS_STAKE_IN' && r.subject === 'mitsui-and-co' && r.object === 'sakhalin-2');
    expect(gazprom?.properties.share).toBe(0.5);
    expect(mitsui?.properties.share).toBe(0.125);
    expect(mitsui?.evidence[0].sentence).toContain('а японская Mitsui — 12,5%');
  });
});
