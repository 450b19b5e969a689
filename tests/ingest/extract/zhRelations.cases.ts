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

describe('dropped and referring arguments: the project the text is about', () => {
  const yamal = '亞馬爾液化天然氣項目的融資\n\n亞馬爾液化天然氣（Yamal LNG）項目位於俄羅斯北極地區。';

  test('各持有 / 持有其餘 without an object: each holder holds the project the text is about, with its share', () => {
    const doc = extractText(`${yamal}項目由諾瓦泰克擔任作業者並控股50.1%，道達爾能源和中國石油天然氣集團各持有20%，絲路基金持有其餘9.9%。`);
    expect(relation(doc, 'novatek', 'HOLDS_STAKE_IN', 'yamal-lng')?.properties.share).toBe(0.501);
    expect(relation(doc, 'novatek', 'DEVELOPS', 'yamal-lng')).toBeDefined();
    expect(relation(doc, 'totalenergies', 'HOLDS_STAKE_IN', 'yamal-lng')?.properties.share).toBe(0.2);
    expect(relation(doc, 'cnpc', 'HOLDS_STAKE_IN', 'yamal-lng')?.properties.share).toBe(0.2);
    const silkRoad = doc.relations.find((r) => r.type === 'HOLDS_STAKE_IN' && r.object === 'yamal-lng' && r.properties.share === 0.099);
    // 持有其余 reads it as the rest of the project the passage is about, 各持有 as a bare share of it.
    expect(['rule:zh.stake.each', 'rule:zh.discourse.stake.holds-remaining']).toContain(silkRoad?.method);
  });

  test('a stake taken from a seller, and 該項目 two sentences after an aside, is the main project', () => {
    const doc = extractText(`${yamal}項目開發南坦別伊凝析氣田。絲路基金持有9.9%。2013年，中石油從諾瓦泰克手中收購20%的權益。道達爾早在2011年便取得該項目20%的股權。`);
    expect(relation(doc, 'cnpc', 'ACQUIRES', 'yamal-lng')?.date).toBe('2013');
    expect(relation(doc, 'totalenergies', 'ACQUIRES', 'yamal-lng')?.properties.share).toBe(0.2);
  });

  test('a yearly capacity names what the project produces', () => {
    const doc = extractText(`${yamal}設計三條液化生產線，每條年產能約550萬噸液化天然氣。`);
    expect(relation(doc, 'yamal-lng', 'PRODUCES', 'lng')?.method).toBe('rule:zh.produces.capacity');
  });

  test('a project named once in passing, sentences before, is not taken for the one the text is about', () => {
    const doc = extractText('卡塔爾能源公司宣布外國夥伴。北方氣田與伊朗的南帕斯氣田同屬一個構造。這是全球最大的非伴生氣田。殼牌與埃尼各持有6.25%。');
    expect(doc.relations.filter((r) => r.type === 'HOLDS_STAKE_IN')).toEqual([]);
  });

  test('withdrawing from, and asking to join, the project of the previous sentences', () => {
    const doc = extractText('庫頁島2號的權益移交新法人。外國資本得參與庫頁島2號。對此，英國殼牌石油隨即表態退出，而日本三井物產及三菱商事卻仍向俄國表達參加意願。');
    expect(relation(doc, 'shell', 'WITHDRAWS_FROM', 'sakhalin-2')).toBeDefined();
    expect(relation(doc, 'mitsui-and-co', 'PARTICIPATES_IN', 'sakhalin-2')).toBeDefined();
    expect(relation(doc, 'mitsubishi-corp', 'PARTICIPATES_IN', 'sakhalin-2')).toBeDefined();
  });

  test('由 A 與 B 各持股 50% 的 C: both hold C; A 與 B 共同出資成立 C: both hold C', () => {
    const jera = extractText('由東京電力與中部電力各持股50%的燃料公司JERA決定不再續約。');
    expect(relation(jera, 'tepco', 'HOLDS_STAKE_IN', 'jera')?.properties.share).toBe(0.5);
    expect(relation(jera, 'chubu-electric', 'HOLDS_STAKE_IN', 'jera')).toBeDefined();
  });
});

test('保留權益 after the project is named in the clause or sentence before: the firms keep their stake in it', () => {
  const split = extractText('普京簽署總統令，將庫頁島2號的營運移交新設的俄國公司。三井物產和三菱商事雖保留權益。');
  expect(relation(split, 'mitsui-and-co', 'HOLDS_STAKE_IN', 'sakhalin-2')).toBeDefined();
  const doc = extractText('俄羅斯總統普京簽署總統令，將庫頁島2號的營運移交新設的俄國公司；三井物產和三菱商事雖保留權益，日本的供應風險已清楚浮現。');
  for (const firm of ['mitsui-and-co', 'mitsubishi-corp']) expect(relation(doc, firm, 'HOLDS_STAKE_IN', 'sakhalin-2')?.method).toBe('rule:zh.stake.keep');
});

describe('relations inside noun phrases', () => {
  test('a state with 的 before a list locates every name of the list', () => {
    const doc = extractText('日本的三井物產、三菱商事與住友商事合計持有30%。');
    const located = doc.relations.filter((r) => r.type === 'LOCATED_IN' && r.object === 'japan');
    expect(located.map((r) => r.subject).sort()).toEqual(['mitsubishi-corp', 'mitsui-and-co', 'sumitomo-corp']);
    expect(located.every((r) => r.method.startsWith('rule:zh.located') || r.method === 'modifier')).toBe(true);
  });

  test('a state, then a description ending in a head word, locates the firm named after it', () => {
    const doc = extractText('項目由俄羅斯最大的獨立天然氣生產商諾瓦泰克擔任作業者。');
    expect(relation(doc, 'novatek', 'LOCATED_IN', 'russia')?.method).toBe('rule:zh.located.modifier');
  });

  test('日本三井物產及三菱商事: the nationality covers both; a name with its own state keeps its own', () => {
    const both = extractText('日本三井物產及三菱商事仍表達參加意願。');
    expect(triples(both)).toEqual(expect.arrayContaining(['mitsui-and-co LOCATED_IN japan', 'mitsubishi-corp LOCATED_IN japan']));
    const own = extractText('法國道達爾能源和中國石油天然氣集團公司各持有20%。');
    expect(triples(own)).toContain('totalenergies LOCATED_IN france');
    expect(triples(own)).not.toContain('cnpc LOCATED_IN france');
  });

  test('A 與 B 合作: the state before A does not locate the partner B', () => {
    const doc = extractText('日本三井物產與殼牌合作開發項目。');
    expect(triples(doc)).not.toContain('shell LOCATED_IN japan');
  });

  test('位於 a place chain: the project is in the places, each link in the one before', () => {
    const doc = extractText('亞馬爾液化天然氣（Yamal LNG）項目位於俄羅斯北極地區的亞馬爾半島。');
    expect(relation(doc, 'yamal-lng', 'LOCATED_IN', 'yamal-peninsula')?.method).toBe('rule:zh.located.verb-chain');
    expect(relation(doc, 'yamal-lng', 'LOCATED_IN', 'russia')).toBeDefined();
    expect(relation(doc, 'yamal-peninsula', 'LOCATED_IN', 'arctic')).toBeDefined();
  });

  test('開採位於 X 的 Y: Y is in X, not the firm that mines it', () => {
    const doc = extractText('莱纳斯开采位于西澳大利亚州的韦尔德山稀土矿。');
    expect(triples(doc).filter((t) => t.startsWith('lynas') && t.includes('LOCATED_IN'))).toEqual([]);
  });

  test('下屬的 / 所管的 between two organisations: the second is part of the first', () => {
    const doc = extractText('經濟產業省所管的石油天然氣金屬礦物資源機構（JOGMEC）負責採購。');
    expect(relation(doc, 'jogmec', 'PART_OF', 'meti')).toBeDefined();
  });
});

describe('distributive coordination', () => {
  test('A 和 B 都加入了 C 發起的 D: both take part in D, and C proposed it', () => {
    const doc = extractText('日本和澳大利亞都加入了美國發起的《巴黎協定》。');
    expect(triples(doc)).toEqual(expect.arrayContaining(['japan PARTICIPATES_IN paris-agreement', 'australia PARTICIPATES_IN paris-agreement']));
    expect(triples(doc)).not.toContain('united-states PARTICIPATES_IN paris-agreement');
  });

  test('A 與 B 均持有 / 分別持有: each holder, with its own share in order', () => {
    const each = extractText('北極液化天然氣2號的股東確定：三井物產與三菱商事均持有10%。');
    expect(relation(each, 'mitsui-and-co', 'HOLDS_STAKE_IN', 'arctic-lng-2')?.properties.share).toBe(0.1);
    expect(relation(each, 'mitsubishi-corp', 'HOLDS_STAKE_IN', 'arctic-lng-2')?.properties.share).toBe(0.1);
    const respectively = extractText('北極液化天然氣2號的股東確定：三井物產與三菱商事分別持有12.5%和10%。');
    expect(relation(respectively, 'mitsui-and-co', 'HOLDS_STAKE_IN', 'arctic-lng-2')?.properties.share).toBe(0.125);
    expect(relation(respectively, 'mitsubishi-corp', 'HOLDS_STAKE_IN', 'arctic-lng-2')?.properties.share).toBe(0.1);
  });

  test('members of a consortium develop the project through it; the state of one member is not a member', () => {
    const doc = extractText('北極液化天然氣2號的工程由法國德希尼布（Technip）與日本的日揮（JGC）和千代田化工建設組成的聯合體承擔。');
    const developers = doc.relations.filter((r) => r.type === 'DEVELOPS' && r.object === 'arctic-lng-2');
    expect(developers.map((r) => r.method)).toContain('rule:zh.develops.consortium');
    expect(developers.map((r) => r.subject)).not.toContain('japan');
    expect(developers.map((r) => r.subject)).not.toContain('france');
    expect(developers.length).toBeGreaterThanOrEqual(2);
  });
});
