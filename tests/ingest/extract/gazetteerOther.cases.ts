import { entityId, extractText, typeOf } from './helpers';

/**
 * The domain gazetteer beyond firms (data/lexicon: organizations, people, places, projects,
 * resources, agreements, events, policies): names with no cue found with their type in every
 * script, and the words left out or restricted because they are ordinary words.
 */

describe('gazetteer names found without a cue, in every script', () => {
  test('English: a person, a town and a field', () => {
    const doc = extractText('Fatih Birol met oil executives in Atyrau to discuss the Karachaganak field.');
    expect(entityId(doc, 'Fatih Birol')).toBe('fatih-birol');
    expect(typeOf(doc, 'Fatih Birol')).toBe('Person');
    expect(typeOf(doc, 'Atyrau')).toBe('Place');
    expect(entityId(doc, 'Karachaganak')).toBe('karachaganak');
    expect(typeOf(doc, 'Karachaganak')).toBe('Project');
  });

  test('simplified Chinese: a pipeline and a sea', () => {
    const doc = extractText('土耳其溪管道的天然气经黑海输往欧洲。');
    expect(entityId(doc, '土耳其溪管道')).toBe('turkstream');
    expect(typeOf(doc, '土耳其溪管道')).toBe('Project');
    expect(entityId(doc, '黑海')).toBe('black-sea');
  });

  test('traditional Chinese: the Taiwanese form of a name and an ore grade', () => {
    const doc = extractText('杜魯道表示，加拿大將擴大鋰輝石的開採。');
    expect(entityId(doc, '杜魯道')).toBe('justin-trudeau');
    expect(typeOf(doc, '杜魯道')).toBe('Person');
    expect(entityId(doc, '鋰輝石')).toBe('spodumene');
    expect(typeOf(doc, '鋰輝石')).toBe('Resource');
  });

  test('Japanese: a refined product and a strait in katakana', () => {
    const doc = extractText('中東からのナフサはバブ・エル・マンデブ海峡を通って運ばれる。');
    expect(entityId(doc, 'ナフサ')).toBe('naphtha');
    expect(entityId(doc, 'バブ・エル・マンデブ海峡')).toBe('bab-el-mandeb');
    expect(typeOf(doc, 'バブ・エル・マンデブ海峡')).toBe('Place');
  });

  test('Russian: a crude grade and a port in an inflected case', () => {
    const doc = extractText('Танкеры с нефтью марки Urals вышли из Новороссийска в понедельник.');
    expect(doc.entities.find((e) => e.id === 'urals-crude')?.type).toBe('Resource');
    expect(doc.entities.find((e) => e.id === 'novorossiysk')?.type).toBe('Place');
  });

  test('an international body and a policy named by their acronyms', () => {
    const doc = extractText('The GECF said the CBAM would weigh on exporters.');
    expect(entityId(doc, 'GECF')).toBe('gecf');
    expect(typeOf(doc, 'GECF')).toBe('Organization');
    expect(entityId(doc, 'CBAM')).toBe('cbam');
    expect(typeOf(doc, 'CBAM')).toBe('Policy');
  });
});

describe('head words after a gazetteer place or port', () => {
  test('a region word belongs to the place; a facility named after a place is not the place', () => {
    const region = extractText('The new mine lies in the Atacama region of Chile.');
    expect(region.entities.find((e) => e.id === 'atacama')?.aliases).toContain('Atacama region');
    const refinery = extractText('Nayara owns the Vadinar refinery in Gujarat.');
    expect(typeOf(refinery, 'Vadinar refinery')).toBe('Project');
    expect(refinery.entities.find((e) => e.id === 'vadinar')).toBeUndefined();
  });

  test('a sea before "port of" stays a place', () => {
    const doc = extractText('The pipeline carries crude to the Mediterranean port of Ceyhan.');
    expect(entityId(doc, 'Mediterranean')).toBe('mediterranean-sea');
    expect(entityId(doc, 'Ceyhan')).toBe('ceyhan');
  });

  test('a port known by its own name takes its head word in', () => {
    const doc = extractText('萨贝塔港建成后，首批液化天然气从萨贝塔运出。');
    const port = doc.entities.find((e) => e.id === 'sabetta');
    expect(port?.type).toBe('Project');
    expect(port?.aliases).toEqual(expect.arrayContaining(['萨贝塔港', '萨贝塔']));
  });

  test('a province word after a place belongs to its name', () => {
    const doc = extractText('位于卢阿拉巴省的铜钴矿由一家中国企业运营。');
    expect(doc.entities.find((e) => e.id === 'lualaba')?.aliases).toContain('卢阿拉巴省');
  });
});

describe('ordinary words left out of the gazetteer', () => {
  test('Russian: Германию is Germany, not germanium; стали is a verb, not steel', () => {
    const doc = extractText('Казахская компания с 2023 года поставляет нефть в Германию, а покупателями стали индийские заводы.');
    expect(doc.entities.find((e) => e.id === 'germanium')).toBeUndefined();
    expect(doc.entities.find((e) => e.id === 'steel')).toBeUndefined();
    expect(doc.entities.find((e) => e.id === 'germany')?.type).toBe('State');
  });

  test('Russian: дружба, the word, is no pipeline', () => {
    const doc = extractText('Дружба двух народов длится уже много лет, заявил министр.');
    expect(doc.entities.filter((e) => e.type === 'Project')).toEqual([]);
  });

  test('Chinese: 北海 the city is not the North Sea; a title stays out of a person name', () => {
    const city = extractText('广西北海的港口去年吞吐量增长。');
    expect(city.entities.find((e) => e.id === 'north-sea')).toBeUndefined();
    const minister = extractText('サウジアラビアのアブドルアジズ・エネルギー相は増産を否定した。');
    expect(minister.entities.find((e) => e.aliases.includes('アブドルアジズ・エネルギー相'))).toBeUndefined();
  });

  test('English: a generic declaration and a bare surname are not entities', () => {
    const doc = extractText('The ministers adopted a cooperation declaration, and Mr Miller of the agency welcomed it.');
    expect(doc.entities.find((e) => e.id === 'opec-plus-declaration-of-cooperation')).toBeUndefined();
    expect(doc.entities.find((e) => e.id === 'alexey-miller')).toBeUndefined();
  });
});
