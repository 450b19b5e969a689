import { between, entityId, extractText, typeOf } from './helpers';

/**
 * The firms gazetteer (data/lexicon/firms.tsv): firms named bare, with no head word or other cue,
 * are found in every script with their type, and the names left out or restricted because they
 * are ordinary words stay ordinary words. Invented sentences.
 */

describe('firms of the gazetteer found by name alone', () => {
  test('English: traders, miners and national oil companies with no cue around them', () => {
    const doc = extractText('Vitol and Trafigura chartered two tankers while Sonatrach and Codelco reported lower output.');
    for (const [name, id] of [['Vitol', 'vitol'], ['Trafigura', 'trafigura'], ['Sonatrach', 'sonatrach'], ['Codelco', 'codelco']]) {
      expect(entityId(doc, name)).toBe(id);
      expect(typeOf(doc, name)).toBe('Firm');
    }
  });

  test('English: an acronym defined after a known firm names it, and a list across the bracket keeps its relation', () => {
    const doc = extractText('State-owned Korea Hydro & Nuclear Power (KHNP) and Bharat Petroleum bought Russian uranium and crude in 2024. KHNP later cut purchases.');
    expect(entityId(doc, 'KHNP')).toBe('korea-hydro-and-nuclear-power');
    expect(between(doc, 'Korea Hydro & Nuclear Power', 'IMPORTS_FROM', 'Russian')).toBeDefined();
    expect(between(doc, 'Bharat Petroleum', 'IMPORTS_FROM', 'Russian')).toBeDefined();
  });

  test('Chinese, simplified and traditional: state firms and miners, one entity per firm', () => {
    const doc = extractText('紫金矿业与洛阳钼业在刚果（金）扩产，國家能源集團則向中廣核採購設備。');
    expect(typeOf(doc, '紫金矿业')).toBe('Firm');
    expect(entityId(doc, '洛阳钼业')).toBe('cmoc-group');
    expect(entityId(doc, '國家能源集團')).toBe('chn-energy');
    expect(entityId(doc, '中廣核')).toBe('china-general-nuclear-power-group');
  });

  test('Japanese: katakana and kanji names of shipping, trading and power firms', () => {
    const doc = extractText('ソブコムフロットのタンカーは商船三井と日本郵船の船と並び、トラフィグラが貨物を買った。');
    expect(entityId(doc, 'ソブコムフロット')).toBe('sovcomflot');
    expect(entityId(doc, '商船三井')).toBe('mitsui-o-s-k-lines');
    expect(entityId(doc, '日本郵船')).toBe('nyk-line');
    expect(typeOf(doc, 'トラフィグラ')).toBe('Firm');
  });

  test('Russian: firm names in their case forms', () => {
    const doc = extractText('Контракт «Сургутнефтегаза» с Татнефтью подписан, а Росэнергоатом получил топливо от ТВЭЛ.');
    expect(typeOf(doc, 'Сургутнефтегаза')).toBe('Firm');
    expect(doc.entities.find((e) => e.id === 'tatneft')?.type).toBe('Firm');
    expect(doc.entities.find((e) => e.id === 'rosenergoatom')?.type).toBe('Firm');
    expect(doc.entities.find((e) => e.id === 'tvel')?.type).toBe('Firm');
  });
});

describe('names written beside a known firm name that firm', () => {
  test('Chinese: a name learnt beside its known original recurs bare as that firm', () => {
    const doc = extractText('区块由壳牌和越南油气总公司（PetroVietnam）共同持有。欧盟随后对越南油气总公司实施制裁。');
    expect(between(doc, '欧盟', 'SANCTIONS', 'PetroVietnam')?.evidence[0].sentence).toContain('对越南油气总公司实施制裁');
  });

  test('Russian: a full name with a known acronym in brackets is that firm', () => {
    const doc = extractText('«Роснефть» и Корейская национальная нефтяная корпорация (KNOC) подписали меморандум.');
    expect(entityId(doc, 'Корейская национальная нефтяная корпорация')).toBe('korea-national-oil-corporation');
  });
});

describe('ordinary words and ambiguous names stay unnamed', () => {
  const ids = (text: string) => extractText(text).entities.map((e) => e.id);

  test('English: a bare place, person or common word that is also part of a firm name', () => {
    const found = ids('Ford signed the bill in Freeport under the CFE Treaty, and the frontline evergreen forests saw little energy transfer.');
    for (const id of ['ford-motor', 'freeport-mcmoran', 'frontline-plc', 'evergreen-marine', 'energy-transfer-lp', 'comision-federal-de-electricidad']) expect(found).not.toContain(id);
  });

  test('Chinese: 国家电网 of another state, 西方石油 as the West’s oil, 奔驰 the verb, 吉利 the word, 大唐 the dynasty', () => {
    const found = ids('菲律宾国家电网公司扩建线路；西方石油巨头纷纷撤出，骏马奔驰，吉利的日子里人们谈起大唐盛世和三峡风光。');
    for (const id of ['state-grid-corporation-of-china', 'occidental-petroleum', 'mercedes-benz-group', 'geely', 'china-datang', 'china-three-gorges-corporation']) expect(found).not.toContain(id);
  });

  test('Chinese: 印度石油 as India’s oil is no firm', () => {
    expect(ids('印度石油进口在2023年大幅增加。')).not.toContain('indian-oil-corporation');
  });

  test('Japanese: エネルギー is not Enel, and a commodity word before an acronym stays the commodity', () => {
    const doc = extractText('欧州のエネルギー需要は回復し、エミレーツ・グローバル・アルミニウム（EGA）はアルミの出荷を増やした。');
    expect(doc.entities.map((e) => e.id)).not.toContain('enel');
    expect(typeOf(doc, 'アルミ')).toBe('Resource');
  });

  test('Russian: полюс the pole in lower case is not Polyus', () => {
    expect(ids('Экспедиция дошла до Северного полюса в апреле.')).not.toContain('polyus');
  });
});
