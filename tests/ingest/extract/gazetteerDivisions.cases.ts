import { entityId, extractText, typeOf } from './helpers';

/**
 * First-level divisions of the mining and energy states (data/lexicon/places.tsv): a province,
 * region, prefecture or island named with no cue is found as that place in every script, with or
 * without its division word, and names that are words or other things are not read as one.
 */

describe('divisions of producing states found without a cue', () => {
  test('English: a Peruvian region written with and without the article, an Indonesian province', () => {
    const doc = extractText('Glencore halted the Antapaccay mine in Cusco region; smelters in East Kalimantan buy its coal.');
    expect(entityId(doc, 'Cusco region')).toBe('cusco');
    expect(typeOf(doc, 'Cusco region')).toBe('Place');
    expect(entityId(doc, 'East Kalimantan')).toBe('east-kalimantan');
    const withArticle = extractText('The new mine lies in the Moquegua region of Peru.');
    expect(withArticle.entities.find((e) => e.id === 'moquegua')?.aliases).toContain('Moquegua region');
  });

  test('simplified Chinese: an Argentine province and a Japanese prefecture with 县', () => {
    const doc = extractText('紫金矿业在阿根廷萨尔塔省拥有锂矿，日本千叶县的海上风电项目被放弃。');
    expect(entityId(doc, '萨尔塔省')).toBe('salta');
    expect(typeOf(doc, '萨尔塔省')).toBe('Place');
    expect(entityId(doc, '千叶县')).toBe('chiba');
  });

  test('traditional Chinese: a Vietnamese province', () => {
    const doc = extractText('台塑在越南河靜省的鋼廠擴產。');
    expect(entityId(doc, '河靜省')).toBe('ha-tinh');
    expect(typeOf(doc, '河靜省')).toBe('Place');
  });

  test('Japanese: a prefecture, a Mongolian aimag and a Philippine island', () => {
    const doc = extractText('関西電力は福井県に原発を持つ。南ゴビ県の銅鉱山とミンダナオ島のニッケル鉱山も注目される。');
    expect(entityId(doc, '福井県')).toBe('fukui');
    expect(entityId(doc, '南ゴビ県')).toBe('umnugovi');
    expect(entityId(doc, 'ミンダナオ島')).toBe('mindanao');
    expect(typeOf(doc, 'ミンダナオ島')).toBe('Place');
  });

  test('Russian: a krai and an oblast in the prepositional case', () => {
    const doc = extractText('«Лукойл» ведет добычу в Пермском крае, а «Казатомпром» — в Кызылординской области.');
    expect(doc.entities.find((e) => e.id === 'perm-krai')?.type).toBe('Place');
    expect(doc.entities.find((e) => e.id === 'kyzylorda-region')?.type).toBe('Place');
  });
});

describe('names left out or listed only with their division word', () => {
  test('a kana name inside a common word and a surname are not places', () => {
    const doc = extractText('コンサルタント会社によると、価格は上がる。');
    expect(doc.entities.some((e) => e.id === 'salta')).toBe(false);
    const person = extractText('Mendoza said the price of copper would rise.');
    expect(person.entities.some((e) => e.type === 'Place')).toBe(false);
  });

  test('Chinese words that run across a short name are not read as it', () => {
    const doc = extractText('他们试图瓦解这个联盟，这次会议太特别了。');
    expect(doc.entities.some((e) => e.type === 'Place')).toBe(false);
  });

  test('"Washington state" and "Mexico state" are not the capital or the state', () => {
    const doc = extractText('Plants in Washington state and Mexico state were closed.');
    expect(entityId(doc, 'Washington state')).not.toBe('washington');
  });
});
