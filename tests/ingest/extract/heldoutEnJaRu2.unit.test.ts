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
