import { between, extractText, typeOf } from './helpers';

/**
 * Kinds of failure seen on English, Japanese and Russian text written after the rules, each on an
 * invented sentence: the relation (or the name) a reader sees, with its evidence.
 */

describe('Russian: trade, ownership and people around acronyms', () => {
  test('purchases of a commodity with a nationality adjective import from that state', () => {
    const doc = extractText('Пакистан в прошлом году нарастил закупки российской нефти в полтора раза.');
    const imports = between(doc, 'Пакистан', 'IMPORTS_FROM', 'российской');
    expect(imports?.properties.resource).toBe('oil');
    expect(imports?.evidence[0].sentence).toContain('закупки российской нефти');
  });

  test('export of a commodity with a nationality adjective to a state is a supply', () => {
    const doc = extractText('Экспорт казахстанского урана в Китай в 2025 году вырос на треть.');
    expect(between(doc, 'казахстанского', 'SUPPLIES', 'Китай')?.properties.resource).toBe('uranium');
  });

  test('a buyer that receives from a company named by an acronym: the company supplies it', () => {
    const doc = extractText('Чехия получает ядерное топливо для своих АЭС от компании ТВЭЛ.');
    expect(typeOf(doc, 'ТВЭЛ')).toBe('Firm');
    expect(between(doc, 'ТВЭЛ', 'SUPPLIES', 'Чехия')).toBeDefined();
  });

  test('restrictions on the export of a commodity ban it', () => {
    const doc = extractText('Нигер в июне 2024 года ввел ограничения на экспорт урана во Францию.');
    expect(between(doc, 'Нигер', 'BANS', 'урана')?.date).toBe('2024-06');
  });

  test('an acronym between a company title and a person is the company, and recurs bare later', () => {
    const doc = extractText('Генеральный директор КТЖ Нурлан Сауранбаев посетил порт. КТЖ владеет портом Актау.');
    expect(typeOf(doc, 'КТЖ')).toBe('Firm');
    expect(between(doc, 'Нурлан Сауранбаев', 'LEADS', 'КТЖ')).toBeDefined();
    expect(between(doc, 'КТЖ', 'HOLDS_STAKE_IN', 'Актау')?.evidence[0].sentence).toBe('КТЖ владеет портом Актау.');
  });

  test('capitalised words after "компании" stay a person, not a firm', () => {
    const doc = extractText('Об этом сообщил глава российской компании Алексей Миллер.');
    expect(typeOf(doc, 'Алексей Миллер')).toBe('Person');
  });

  test('a field developed by a firm named after the verb, and its owner in a relative clause', () => {
    const doc = extractText('Месторождение Удокан в Забайкалье разрабатывает компания «Байкальская горная», которой владеет холдинг «Газметалл».');
    expect(between(doc, 'Байкальская горная', 'DEVELOPS', 'Удокан')).toBeDefined();
    expect(between(doc, 'Газметалл', 'HOLDS_STAKE_IN', 'Байкальская горная')).toBeDefined();
  });

  test('a bank that grants a company a loan invests in it', () => {
    const doc = extractText('Газпромбанк предоставил «Арктик СПГ 2» кредит на 30 млрд рублей.');
    expect(between(doc, 'Газпромбанк', 'INVESTS_IN', 'Арктик СПГ 2')?.evidence[0].sentence).toContain('кредит');
  });
});

describe('English: appositives, possessors and deals written with a preposition', () => {
  test('a firm described by a demonym and a firm noun holds the stake and sits in that state', () => {
    const doc = extractText('Zijin Mining, the Chinese company that owns about 45% of Kamoa Copper, declined to comment.');
    expect(between(doc, 'Zijin Mining', 'HOLDS_STAKE_IN', 'Kamoa Copper')?.properties.share).toBe(0.45);
    expect(between(doc, 'Zijin Mining', 'LOCATED_IN', 'Chinese')).toBeDefined();
    expect(between(doc, 'Chinese', 'HOLDS_STAKE_IN', 'Kamoa Copper')).toBeUndefined();
  });

  test("a state that possesses the firm is its seat, not the party: supplies to Japan's Panasonic", () => {
    const doc = extractText("Albemarle supplies lithium hydroxide to Japan's Panasonic under a five-year contract.");
    expect(between(doc, 'Albemarle', 'SUPPLIES', 'Panasonic')).toBeDefined();
    expect(between(doc, 'Albemarle', 'SUPPLIES', 'Japan')).toBeUndefined();
  });

  test('a buyer that buys from a firm: the firm supplies it', () => {
    const doc = extractText('Toyota Tsusho buys lithium carbonate from Orocobre for its battery plants.');
    expect(between(doc, 'Orocobre', 'SUPPLIES', 'Toyota Tsusho')?.evidence[0].sentence).toContain('buys lithium carbonate from Orocobre');
  });

  test('a state that has drawn investment from named firms: each invests in it', () => {
    const doc = extractText('Bolivia has drawn investment from CATL and Uranium One.');
    expect(between(doc, 'CATL', 'INVESTS_IN', 'Bolivia')).toBeDefined();
    expect(between(doc, 'Uranium One', 'INVESTS_IN', 'Bolivia')).toBeDefined();
  });

  test('a partner picked, a unit in an appositive, an owner after "owned by", a loan approved', () => {
    const doc = extractText(
      'Pertamina picked Eni as its partner in 2024. Cobre Panama, the copper unit of Canada\'s First Quantum Minerals, is idle. ' +
        'Kamoto Copper Company was owned by Glencore until 2020. The World Bank approved a $300 million loan to Pertamina.',
    );
    expect(between(doc, 'Pertamina', 'COOPERATES_WITH', 'Eni')?.date).toBe('2024');
    expect(between(doc, 'Cobre Panama', 'PART_OF', 'First Quantum Minerals')).toBeDefined();
    expect(between(doc, 'Glencore', 'HOLDS_STAKE_IN', 'Kamoto Copper Company')).toBeDefined();
    expect(between(doc, 'World Bank', 'INVESTS_IN', 'Pertamina')).toBeDefined();
  });
});

describe('Japanese: buyers first, foreign firms after a state, stakes in relative clauses', () => {
  test('a purchase contract written with the buyer first: the partner after と supplies the buyer', () => {
    const doc = extractText('三井物産は10日、カタールの国営企業カタールエナジーと、2028年から15年間LNGを購入する契約を結んだ。');
    const supply = between(doc, 'カタールエナジー', 'SUPPLIES', '三井物産');
    expect(supply?.properties.resource).toBe('lng');
    expect(supply?.evidence[0].sentence).toContain('購入する契約を結んだ');
  });

  test('buying from a named project, then agreeing with its developer', () => {
    const doc = extractText('東北電力は5日、米国で計画されるLNG事業「リオグランデLNG」から年間40万トンを購入することで、米ネクストディケードと基本合意した。');
    expect(between(doc, '東北電力', 'IMPORTS_FROM', 'リオグランデLNG')).toBeDefined();
    expect(typeOf(doc, 'ネクストディケード')).toBe('Firm');
    expect(between(doc, 'ネクストディケード', 'SUPPLIES', '東北電力')).toBeDefined();
  });

  test('a name the dictionary does not know after a state and の, before a particle, is a firm there', () => {
    const doc = extractText('ニジェールでは、フランスのオラノが国営ソパミンと合弁でウラン鉱山を運営している。');
    expect(typeOf(doc, 'オラノ')).toBe('Firm');
    expect(between(doc, 'オラノ', 'LOCATED_IN', 'フランス')).toBeDefined();
    expect(between(doc, 'オラノ', 'COOPERATES_WITH', 'ソパミン')).toBeDefined();
  });

  test('exports in the passive and procurement from listed states', () => {
    const doc = extractText('豪州産の大半は日本に輸出されている。韓国はニッケルの多くを輸入に頼り、主にインドネシアやフィリピンから調達している。');
    expect(between(doc, '豪州', 'SUPPLIES', '日本')).toBeDefined();
    expect(between(doc, '韓国', 'IMPORTS_FROM', 'インドネシア')?.properties.resource).toBe('nickel');
    expect(between(doc, '韓国', 'IMPORTS_FROM', 'フィリピン')).toBeDefined();
  });

  test('a share held in a relative clause is a stake', () => {
    const doc = extractText('インドネシア政府が51％を持つ国営企業インアルムが増産する。');
    expect(between(doc, 'インドネシア', 'HOLDS_STAKE_IN', 'インアルム')?.properties.share).toBe(0.51);
  });
});

describe('English: output as a world share or a rank within a region', () => {
  test('"refines roughly N% of the world\'s X" and "processes over half of the world\'s X"', () => {
    const doc = extractText("Indonesia refines roughly 55% of the world's nickel. China processes over half of the world's refined cobalt.");
    expect(between(doc, 'Indonesia', 'PRODUCES', 'nickel')?.properties.share).toBe(0.55);
    expect(between(doc, 'China', 'PRODUCES', 'cobalt')).toBeDefined();
  });

  test("a state ranked within its region as a producer produces the commodity", () => {
    const doc = extractText("Kazakhstan, Central Asia's largest uranium producer, signed the deal.");
    expect(between(doc, 'Kazakhstan', 'PRODUCES', 'uranium')?.evidence[0].sentence).toContain('largest uranium producer');
  });
});

describe('English: an appositive unit after a list', () => {
  test('only the name right before the comma is the unit', () => {
    const doc = extractText('Rosneft and Gazprom Neft, the oil arm of Gazprom, bid for the field.');
    expect(between(doc, 'Gazprom Neft', 'PART_OF', 'Gazprom')).toBeDefined();
    expect(between(doc, 'Rosneft', 'PART_OF', 'Gazprom')).toBeUndefined();
  });
});
