import { extractText, triples } from './helpers';

/** Invented Japanese sentences: a bare head-of-government title after a name. */

describe('Japanese bare titles', () => {
  test('the one state the sentence names is the one the person leads, with the title as role', () => {
    const doc = extractText('マクロン大統領は2024年、フランスの原発を6基新設する計画を発表した。');
    const leads = doc.relations.find((r) => r.type === 'LEADS' && r.object === 'france');
    // Roles come in the simplified spelling every Chinese-script rule compares in.
    expect(leads?.properties.role).toBe('大统领');
    expect(leads?.evidence[0].sentence).toContain('マクロン大統領');
  });

  test('two titled people in one sentence leave the pairing open', () => {
    const doc = extractText('岸田首相はバイデン大統領と会談し、米国産LNGの輸入拡大で一致した。');
    expect(triples(doc).filter((t) => t.includes('LEADS'))).toEqual([]);
  });
});
