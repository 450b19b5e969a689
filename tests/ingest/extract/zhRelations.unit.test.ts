import { extractText, relation, triples } from './helpers';

/** Chinese relations a reader sees: sentence in, relation (type, parties, properties, date) out. */

describe('Chinese precision guards', () => {
  test('亦未 / 也未 before the trigger: the relation is denied, not stated', () => {
    expect(triples(extractText('俄羅斯在該計畫上亦未與中國合作。'))).not.toContain('russia COOPERATES_WITH china');
    expect(triples(extractText('日本也未與俄羅斯簽署《和平條約》。')).filter((t) => t.includes('SIGNS'))).toEqual([]);
  });

  test('a deputy does not lead the state; the head of government does, with the title as role', () => {
    const doc = extractText('俄羅斯副總理諾瓦克與日本首相岸田文雄會談。');
    expect(triples(doc).filter((t) => t.includes('LEADS russia'))).toEqual([]);
    expect(relation(doc, 'fumio-kishida', 'LEADS', 'japan')?.properties.role).toBe('首相');
  });

  test('a title held together with another (總統兼最高統帥) still names the leader', () => {
    const doc = extractText('俄羅斯總統兼武裝力量最高統帥普欽宣布動員。');
    expect(relation(doc, 'vladimir-putin', 'LEADS', 'russia')?.properties.role).toBe('总统');
  });

  test('an accusation of bribery is not a sanction', () => {
    const doc = extractText('美國司法部認定丸紅公司存在賄賂行為。');
    expect(triples(doc).filter((t) => t.includes('SANCTIONS'))).toEqual([]);
  });

  test('a resource written after a state qualifies it: the dependence is on the state, for that resource', () => {
    const doc = extractText('日本對澳大利亞液化天然氣和煤炭的依賴度分別為40%和50%。');
    expect(triples(doc)).not.toContain('japan DEPENDS_ON coal');
    expect(relation(doc, 'japan', 'DEPENDS_ON', 'australia')?.properties.resource).toBe('lng');
  });

  test('該項目 refers to a project named earlier in the same sentence, before older ones', () => {
    const doc = extractText('三井物產參與庫頁島2號。2019年，三菱商事取得北極液化天然氣2號的權益，該項目液化天然氣產量居俄國前列。');
    expect(triples(doc)).toContain('arctic-lng-2 PRODUCES lng');
    expect(triples(doc)).not.toContain('sakhalin-2 PRODUCES lng');
  });

  test('該項目 after a project the text does not name refers to that project, not an older one', () => {
    const doc = extractText('三井物產參與庫頁島2號。2023年，三井物產收購了德州某頁岩氣項目的股權，該項目天然氣儲量達5億立方米。');
    expect(triples(doc)).not.toContain('sakhalin-2 PRODUCES natural-gas');
  });
});

describe('dates belong to their paragraph', () => {
  test('a month and day without a year take the year of the same paragraph', () => {
    const doc = extractText('2022年2月24日，俄國入侵烏克蘭。6月30日，挪威宣布對俄羅斯實施制裁。');
    expect(relation(doc, 'norway', 'SANCTIONS', 'russia')?.date).toBe('2022-06-30');
  });

  test('a new paragraph does not inherit a year from a look back in the paragraph before', () => {
    const doc = extractText('俄國於2014年併吞克里米亞半島後，兩國關係受損。\n\n4月20日，日本政府將多名俄國外交官驅逐出境。');
    const expels = relation(doc, 'japan', 'EXPELS', 'russia');
    expect(expels).toBeDefined();
    expect(expels?.date).toBeUndefined();
  });
});
