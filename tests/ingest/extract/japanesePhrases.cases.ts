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

describe('Japanese holders listed with それぞれ', () => {
  test('shares pair with the holders in order, each with the sentence as evidence', () => {
    const doc = extractText('サハリン2では三井物産と三菱商事がそれぞれ12.5%と10%を保有する。');
    const mitsui = doc.relations.find((r) => r.type === 'HOLDS_STAKE_IN' && r.subject === 'mitsui-and-co' && r.object === 'sakhalin-2');
    const mitsubishi = doc.relations.find((r) => r.type === 'HOLDS_STAKE_IN' && r.subject === 'mitsubishi-corp' && r.object === 'sakhalin-2');
    expect(mitsui?.properties.share).toBe(0.125);
    expect(mitsubishi?.properties.share).toBe(0.1);
    expect(mitsui?.evidence[0].sentence).toContain('それぞれ12.5%と10%');
  });
});

describe('Japanese supply and office phrases', () => {
  test('buyers listed after the supply clause are supplied too', () => {
    const doc = extractText('カタールは日本にLNGを輸出しており、韓国も主要な買い手だ。');
    const korea = doc.relations.find((r) => r.type === 'SUPPLIES' && r.subject === 'qatar' && r.object === 'south-korea');
    expect(korea?.evidence[0].sentence).toContain('韓国も主要な買い手');
  });

  test('a person who took the top post leads the firm the passage is about', () => {
    const doc = extractText('INPEXは東京に本社を置く。INPEXは豪州でLNGを生産する。2018年に社長に就任した上田隆之氏は元官僚である。');
    const leads = doc.relations.find((r) => r.type === 'LEADS' && r.object === 'inpex');
    expect(leads?.properties.role).toBe('社长');
    expect(leads?.evidence[0].sentence).toContain('社長に就任した上田隆之氏');
  });
});
