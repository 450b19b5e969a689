import { entityId, extractText, relation, triples } from './helpers';

/** Trigger rules on invented sentences: argument order, coordination, shares, dates. */

describe('relation rules on invented sentences', () => {
  test('passive 由 X 持有 with a coordinated subject gives one stake per holder, with the share', () => {
    const doc = extractText('2021年，庫頁島3號由三菱商事和伊藤忠商事持有25%的股權。');
    for (const holder of ['mitsubishi-corp', 'itochu']) {
      const stake = relation(doc, holder, 'HOLDS_STAKE_IN', 'sakhalin-3');
      expect(stake?.properties.share).toBe(0.25);
      expect(stake?.date).toBe('2021');
      expect(stake?.evidence[0].sentence).toContain('持有25%的股權');
    }
  });

  test('對 X 制裁 makes X the object and the actor before it the subject', () => {
    const doc = extractText('加拿大宣布對白俄羅斯實施制裁。');
    expect(triples(doc)).toContain('canada SANCTIONS belarus');
    expect(triples(doc)).not.toContain('belarus SANCTIONS canada');
  });

  test('X 向 Y 出口 Z: supplier, customer and resource', () => {
    const doc = extractText('卡達向日本出口液化天然氣。');
    const supply = relation(doc, 'qatar', 'SUPPLIES', 'japan');
    expect(supply?.properties.resource).toBe('lng');
  });

  test('分別 pairs each share with its object in order', () => {
    const doc = extractText('住友商事布局庫頁島1號與庫頁島2號，分別擁有30%和20%的股權。');
    expect(relation(doc, 'sumitomo-corp', 'HOLDS_STAKE_IN', 'sakhalin-1')?.properties.share).toBe(0.3);
    expect(relation(doc, 'sumitomo-corp', 'HOLDS_STAKE_IN', 'sakhalin-2')?.properties.share).toBe(0.2);
  });

  test('a date without a year inherits the year of the nearest full date before it', () => {
    const doc = extractText('2022 年 2 月 24 日，俄國入侵烏克蘭。6 月 30 日，挪威宣布對俄羅斯實施制裁。');
    expect(relation(doc, 'norway', 'SANCTIONS', 'russia')?.date).toBe('2022-06-30');
  });

  test('single-character abbreviations count only inside compounds', () => {
    const compound = extractText('日俄簽訂《東京宣言》。');
    expect(triples(compound)).toEqual(expect.arrayContaining(['japan SIGNS tokyo-declaration', 'russia SIGNS tokyo-declaration']));
    const alone = extractText('今日天氣很好，美好的一天。');
    expect(alone.entities.map((e) => e.id)).not.toContain('japan');
    expect(alone.entities.map((e) => e.id)).not.toContain('united-states');
  });

  test('the ontology checks argument types: a resource does not sanction', () => {
    const doc = extractText('石油對日本實施制裁。');
    expect(triples(doc).filter((t) => t.includes('SANCTIONS'))).toEqual([]);
  });

  test('an edge found in two sentences is one edge with two evidence records', () => {
    const doc = extractText('美國制裁伊朗。2019年，美國再次制裁伊朗。');
    const edges = doc.relations.filter((r) => r.type === 'SANCTIONS' && r.subject === 'united-states' && r.object === 'iran');
    expect(edges).toHaveLength(1);
    expect(edges[0].evidence).toHaveLength(2);
  });

  test('entities standing together without a trigger are only RELATED_TO, inferred', () => {
    const doc = extractText('蒙古與哈薩克的草原。');
    const pair = doc.relations.find((r) => [r.subject, r.object].includes('mongolia') && [r.subject, r.object].includes('kazakhstan'));
    expect(pair?.type).toBe('RELATED_TO');
    expect(pair?.inferred).toBe(true);
    expect(pair?.properties.weight).toBe(1);
  });

  test('a 中文（Latin） pair not in the lexicon is one entity with both names', () => {
    const doc = extractText('北海能源公司（North Sea Energy）宣布退出該項目。北海能源公司表示遺憾。');
    const id = entityId(doc, '北海能源公司');
    expect(id).toBe('north-sea-energy');
    const entity = doc.entities.find((e) => e.id === id)!;
    expect(entity.type).toBe('Firm');
    expect(entity.aliases).toEqual(expect.arrayContaining(['北海能源公司', 'North Sea Energy']));
    expect(entity.mentions).toBe(2);
  });

  test('English sentences go through the English rules and compromise', () => {
    const doc = extractText('In 2023, the United States sanctioned Novatek. Mitsui holds a 10% stake in Arctic LNG 2.');
    expect(triples(doc)).toContain('united-states SANCTIONS novatek');
    expect(relation(doc, 'mitsui-and-co', 'HOLDS_STAKE_IN', 'arctic-lng-2')?.properties.share).toBe(0.1);
  });

  test('Japanese sentences: particles give the roles', () => {
    const doc = extractText('2023年11月、米国はロシアのアークティックLNG2を制裁対象に指定した。三井物産はアークティックLNG2に10%を出資している。');
    expect(relation(doc, 'united-states', 'SANCTIONS', 'arctic-lng-2')?.date).toBe('2023-11');
    expect(relation(doc, 'mitsui-and-co', 'HOLDS_STAKE_IN', 'arctic-lng-2')?.properties.share).toBe(0.1);
    expect(triples(doc)).toContain('arctic-lng-2 LOCATED_IN russia');
  });

  test('a negated statement gives no relation', () => {
    const doc = extractText('俄國宣布無意與日本簽署《東京宣言》。');
    expect(triples(doc).filter((t) => t.includes('SIGNS'))).toEqual([]);
  });
});
