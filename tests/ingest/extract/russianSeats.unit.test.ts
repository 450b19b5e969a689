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
});
