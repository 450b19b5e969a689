import { between, extractText, typeOf } from './helpers';

/**
 * Kinds of statement that documents written after the rules showed the extractor missing, each on
 * an invented sentence: relations inside noun phrases, respective and distributive shares,
 * referring subjects, and names found by the words around them (English, Japanese, Russian).
 */

describe('English: relations inside noun phrases', () => {
  test('a state word before a described firm is its seat (Polish refiner Orlen)', () => {
    const doc = extractText('Polish refiner Orlen signed a new crude supply contract last week.');
    expect(typeOf(doc, 'Orlen')).toBe('Firm');
    expect(between(doc, 'Orlen', 'LOCATED_IN', 'Poland')?.evidence[0].sentence).toContain('Polish refiner Orlen');
  });

  test("a parent's possessive before its arm makes the arm part of it", () => {
    const doc = extractText("Vitol's trading arm Vitol Bahrain bought the cargo in May.");
    expect(between(doc, 'Vitol Bahrain', 'PART_OF', 'Vitol')).toBeDefined();
  });

  test("an appositive with a state's possessive types the name and gives its seat", () => {
    const doc = extractText("Ofgem, the United Kingdom's energy regulator, approved the link.");
    expect(typeOf(doc, 'Ofgem')).toBe('Organization');
    expect(between(doc, 'Ofgem', 'LOCATED_IN', 'United Kingdom')).toBeDefined();
  });

  test('a qualified minister title leads the state, with the role', () => {
    const doc = extractText("France's Energy Minister Agnes Runacher opened the talks in Paris.");
    expect(between(doc, 'Agnes Runacher', 'LEADS', 'France')?.properties.role).toMatch(/energy minister/i);
  });

  test('a role word before a name makes a person (chief executive X said)', () => {
    const doc = extractText('The deal was signed on Monday, chief executive Maria Kovacs told reporters.');
    expect(typeOf(doc, 'Maria Kovacs')).toBe('Person');
  });

  test('a plural noun before a list types every name of it', () => {
    const doc = extractText('The group also owns two Chilean mines, Escondida and Zaldivar, in the north.');
    expect(typeOf(doc, 'Escondida')).toBe('Project');
    expect(typeOf(doc, 'Zaldivar')).toBe('Project');
  });
});

describe('English: stakes in relative clauses and respective shares', () => {
  test('"in which X holds a N% stake" gives the stake with its share', () => {
    const doc = extractText('The Kitimat terminal in British Columbia, in which Petronas holds a 25% stake, shipped its first cargo.');
    expect(between(doc, 'Petronas', 'HOLDS_STAKE_IN', 'Kitimat terminal')?.properties.share).toBe(0.25);
  });

  test('"hold A% and B%, respectively, of X" pairs shares with holders in order', () => {
    const doc = extractText('Woodside and BHP hold 60% and 40%, respectively, of the Scarborough project.');
    expect(between(doc, 'Woodside', 'HOLDS_STAKE_IN', 'Scarborough project')?.properties.share).toBe(0.6);
    expect(between(doc, 'BHP', 'HOLDS_STAKE_IN', 'Scarborough project')?.properties.share).toBe(0.4);
  });

  test('the noun "sanctions" links nobody; the verb does', () => {
    const doc = extractText('Beijing rejects unilateral US sanctions, its spokesman Wang Lei said. In May, Canada sanctioned Sovcomflot.');
    expect(between(doc, 'United States', 'SANCTIONS', 'Wang Lei')).toBeUndefined();
    expect(between(doc, 'Canada', 'SANCTIONS', 'Sovcomflot')).toBeDefined();
  });

  test('signed agreements with two states: cooperation with each', () => {
    const doc = extractText('Japan has since signed hydrogen agreements with Chile and Oman.');
    expect(between(doc, 'Japan', 'COOPERATES_WITH', 'Chile')).toBeDefined();
    expect(between(doc, 'Japan', 'COOPERATES_WITH', 'Oman')).toBeDefined();
  });
});

describe('Russian: names by their quotes and heads, relations of the company the text is about', () => {
  test('a quoted name without a head is a company; «A» и «B» written without spaces is a list', () => {
    const doc = extractText('В июне Минфин США внес «Татнефть» и «Сургутнефтегаз» в санкционный список.');
    expect(typeOf(doc, 'Татнефть')).toBe('Firm');
    expect(between(doc, 'Минфин США', 'SANCTIONS', 'Татнефть')).toBeDefined();
    expect(between(doc, 'Минфин США', 'SANCTIONS', 'Сургутнефтегаз')).toBeDefined();
  });

  test('a field named after its head, located by a compass phrase', () => {
    const doc = extractText('Добыча на месторождении Самотлор на севере России снизилась.');
    expect(typeOf(doc, 'Самотлор')).toBe('Project');
    expect(between(doc, 'Самотлор', 'LOCATED_IN', 'Россия')).toBeDefined();
  });

  test('the operator of a field in a где-clause develops it', () => {
    const doc = extractText('Компания работает на иракском месторождении Румейла, где BP является оператором.');
    expect(between(doc, 'BP', 'DEVELOPS', 'Румейла')?.properties.role).toBe('operator');
    expect(between(doc, 'Румейла', 'LOCATED_IN', 'Ирак')).toBeDefined();
  });

  test('"Компании принадлежит N% X" is a stake of the company the text is about', () => {
    const doc = extractText('«Татнефть» нарастила добычу. Компании принадлежит 25% «Нижнекамскнефтехима».');
    expect(between(doc, 'Татнефть', 'HOLDS_STAKE_IN', 'Нижнекамскнефтехима')?.properties.share).toBe(0.25);
  });

  test('a founder before the firm and the person leads it, with the role', () => {
    const doc = extractText('Основатель «Северстали» Алексей Мордашов продал долю.');
    expect(between(doc, 'Алексей Мордашов', 'LEADS', 'Северстали')?.properties.role).toMatch(/основател/i);
  });
});

describe('Japanese: names by morphology and relations in noun phrases', () => {
  test('loanwords joined by ・ before 前 and a title are one person', () => {
    const doc = extractText('フィリピンのロドリゴ・ドゥテルテ前大統領は鉱山の開発を進めた。');
    expect(typeOf(doc, 'ロドリゴ・ドゥテルテ')).toBe('Person');
  });

  test('the seller in a purchase contract is the one after と', () => {
    const doc = extractText('東京ガスは10日、シェルとLNGの長期購入契約を結んだと発表した。');
    expect(between(doc, 'シェル', 'SUPPLIES', '東京ガス')).toBeDefined();
  });

  test('a compass part chains places: 〜州北部のX is in 〜州', () => {
    const doc = extractText('鉄鉱石は西オーストラリア州北部のポートヘッドランドから積み出される。');
    expect(between(doc, 'ポートヘッドランド', 'LOCATED_IN', '西オーストラリア州')).toBeDefined();
  });

  test('a plant being built at a place: the builder develops it and it lies there', () => {
    const doc = extractText('INPEXは新潟県柏崎市に水素製造プラント「柏崎水素パーク」を建設中だ。');
    expect(between(doc, 'INPEX', 'DEVELOPS', '柏崎水素パーク')).toBeDefined();
    expect(between(doc, '柏崎水素パーク', 'LOCATED_IN', '柏崎市')).toBeDefined();
  });

  test('折半出資 gives each owner a stake', () => {
    const doc = extractText('大阪ガスと九州電力が折半出資する発電大手エネクスパワーは新たな発電所を稼働させた。');
    expect(between(doc, '大阪ガス', 'HOLDS_STAKE_IN', 'エネクスパワー')).toBeDefined();
    expect(between(doc, '九州電力', 'HOLDS_STAKE_IN', 'エネクスパワー')).toBeDefined();
  });
});
