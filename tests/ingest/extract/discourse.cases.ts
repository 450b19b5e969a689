import { between, extractText } from './helpers';

/**
 * References across sentences (ingest/extract/discourse): an actor named in one sentence and
 * referred to in the next — "the Moscow-based company", "the two countries", 両社, 该国,
 * «Компания», «Страна» — is the subject of the relation that next sentence states, and the
 * evidence is the sentence that states it.
 */
function evidenceOf(text: string, name: string, subject: string, type: string, object: string): string | undefined {
  return between(extractText(text, name), subject, type, object)?.evidence[0].sentence;
}

describe('a subject named in the sentence before', () => {
  it('English: "the Moscow-based company" is the firm just named, and Moscow its seat', () => {
    const text = 'Gazprom reported higher exports on Tuesday. The Moscow-based company supplies gas to China through the Power of Siberia pipeline.';
    const doc = extractText(text, 'en.txt');
    expect(between(doc, 'Gazprom', 'SUPPLIES', 'China')?.evidence[0].sentence).toMatch(/^The Moscow-based company supplies gas/);
    expect(between(doc, 'Gazprom', 'LOCATED_IN', 'Moscow')).toBeDefined();
  });

  it('English: "the two countries" are the two states named last', () => {
    const text = "Kazakhstan is the world's largest uranium producer. Japan and Kazakhstan signed a memorandum in 2023. The two countries also agreed to cooperate on nuclear fuel.";
    // The memorandum the two signed is evidence too (signed together); the later sentence must be one.
    const evidence = between(extractText(text, 'en.txt'), 'Japan', 'COOPERATES_WITH', 'Kazakhstan')?.evidence.map((e) => e.sentence) ?? [];
    expect(evidence.some((s) => /^The two countries also agreed/.test(s))).toBe(true);
  });

  it('English: "the country" is the state the text is about', () => {
    const text = "Indonesia banned nickel ore exports in 2020. The country now produces most of the world's nickel.";
    expect(evidenceOf(text, 'en.txt', 'Indonesia', 'PRODUCES', 'nickel')).toMatch(/^The country now produces/);
  });

  it('English: "its subsidiary X" is a part of the subject of its sentence', () => {
    const text = 'Glencore reported lower profits. Glencore owns 75% of the Kamoto mine through its subsidiary Katanga Mining.';
    expect(evidenceOf(text, 'en.txt', 'Katanga Mining', 'PART_OF', 'Glencore')).toMatch(/through its subsidiary Katanga Mining/);
  });

  it('Japanese: a president by title alone leads the firm the sentence before was about', () => {
    const text = '三井物産は10日、決算を発表した。中西勝也社長は記者会見で「投資を続ける」と述べた。';
    expect(evidenceOf(text, 'ja.txt', '中西勝也', 'LEADS', '三井物産')).toBe('中西勝也社長は記者会見で「投資を続ける」と述べた。');
  });

  it('Japanese: 両社 is both firms named before', () => {
    const doc = extractText('三井物産と三菱商事は10日、共同で会見した。両社はサハリン2の権益を保有し続ける。', 'ja.txt');
    expect(between(doc, '三井物産', 'HOLDS_STAKE_IN', 'サハリン2')?.evidence[0].sentence).toBe('両社はサハリン2の権益を保有し続ける。');
    expect(between(doc, '三菱商事', 'HOLDS_STAKE_IN', 'サハリン2')).toBeDefined();
  });

  it('Russian: «Компания» at a sentence start is the firm just named, with its share', () => {
    const doc = extractText('«Роснефть» сообщила о росте добычи. Компания владеет 20% в проекте «Сахалин-1».', 'ru.txt');
    const stake = between(doc, 'Роснефть', 'HOLDS_STAKE_IN', 'Сахалин-1');
    expect(stake?.properties.share).toBe(0.2);
    expect(stake?.evidence[0].sentence).toBe('Компания владеет 20% в проекте «Сахалин-1».');
  });

  it('Russian: «Страна» is the state just named', () => {
    const text = 'Казахстан остается крупнейшим производителем урана. Страна экспортирует уран в Китай.';
    expect(evidenceOf(text, 'ru.txt', 'Казахстан', 'SUPPLIES', 'Китай')).toBe('Страна экспортирует уран в Китай.');
  });

  it('Chinese: 该国 is the state just named', () => {
    expect(evidenceOf('刚果（金）是全球最大的钴生产国。中国从该国进口大量钴。', 'zh.txt', '中国', 'IMPORTS_FROM', '刚果（金）')).toBe('中国从该国进口大量钴。');
  });
});

describe('a share written without what it is of', () => {
  it('Chinese: 其余 is of the stake it completes to the whole, not of the project named last', () => {
    const doc = extractText('诺瓦泰克持有亚马尔液化天然气项目50.1%股权，并持有北极液化天然气2号项目60%股权。其余49.9%由道达尔能源持有。', 'zh.txt');
    const stake = between(doc, '道达尔能源', 'HOLDS_STAKE_IN', '亚马尔液化天然气项目');
    expect(stake?.properties.share).toBe(0.499);
    expect(stake?.evidence[0].sentence).toBe('其余49.9%由道达尔能源持有。');
    expect(between(doc, '道达尔能源', 'HOLDS_STAKE_IN', '北极液化天然气2号项目')).toBeUndefined();
  });

  it('Japanese: 残りの87.5% is of the project whose stake the sentence before gave', () => {
    const doc = extractText('三井物産はサハリン2の権益12.5%を保有する。残りの87.5%はガスプロムが持つ。', 'ja.txt');
    expect(between(doc, 'ガスプロム', 'HOLDS_STAKE_IN', 'サハリン2')?.properties.share).toBe(0.875);
  });

  it('Russian: «Еще 10% владеет» is of the project of the stake before', () => {
    const doc = extractText('«Новатэк» владеет 60% в проекте «Арктик СПГ 2». Еще 10% владеет «Газпром».', 'ru.txt');
    expect(between(doc, 'Газпром', 'HOLDS_STAKE_IN', 'Арктик СПГ 2')?.evidence[0].sentence).toBe('Еще 10% владеет «Газпром».');
  });
});

describe('no antecedent rather than a wrong one', () => {
  it('two firms named before, neither the subject: "the Moscow-based company" stays unresolved', () => {
    const doc = extractText('Exports by Gazprom and Rosneft rose in May. The Moscow-based company supplies gas to China.', 'en.txt');
    expect(between(doc, 'Gazprom', 'SUPPLIES', 'China')).toBeUndefined();
    expect(between(doc, 'Rosneft', 'SUPPLIES', 'China')).toBeUndefined();
  });

  it('a heading starts afresh: the firm of the section before is not "the company" of the next', () => {
    const doc = extractText('# Gas\n\nGazprom reported higher exports.\n\n# Coal\n\nThe Moscow-based company supplies coal to China.', 'en.md');
    expect(between(doc, 'Gazprom', 'SUPPLIES', 'China')).toBeUndefined();
  });
});
