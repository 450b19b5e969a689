import { between, extractText, typeOf } from './helpers';

/**
 * Kinds of Russian statement that documents written after the rules showed the extractor
 * missing, each on an invented sentence: sanctions against a described target or from an
 * adjective, packages of sanctions, commodities received through a named pipeline, stakes a firm
 * calls its own, shares completing a stake, people after long titles.
 */

describe('Russian: sanctions as news writes them', () => {
  test('a target described before its name is sanctioned, not the adjective of its state', () => {
    const doc = extractText('Минфин США ввел санкции против болгарской топливной компании Petrol Group.', 'invented.ru.txt');
    expect(between(doc, 'Минфин США', 'SANCTIONS', 'Petrol Group')?.evidence[0].sentence).toContain('против болгарской топливной компании');
    expect(between(doc, 'Минфин США', 'SANCTIONS', 'болгарской')).toBeUndefined();
  });

  test('"против самой «X» и «Y»" sanctions both firms', () => {
    const doc = extractText('В феврале Великобритания ввела санкции против самой «Роснефти» и «Лукойла».', 'invented.ru.txt');
    expect(between(doc, 'Великобритания', 'SANCTIONS', 'Роснефти')).toBeDefined();
    expect(between(doc, 'Великобритания', 'SANCTIONS', 'Лукойла')).toBeDefined();
  });

  test('the imposer written as an adjective (Японские санкции против «Новатэка»)', () => {
    const doc = extractText('Японские санкции против «Новатэка» были введены весной.', 'invented.ru.txt');
    expect(between(doc, 'Японские', 'SANCTIONS', 'Новатэка')).toBeDefined();
  });

  test('a firm put into a numbered package, and the package against a state', () => {
    const doc = extractText('В мае Евросоюз включил «Совкомфлот» в 17-й пакет санкций против России.', 'invented.ru.txt');
    expect(between(doc, 'Евросоюз', 'SANCTIONS', 'Совкомфлот')).toBeDefined();
    expect(between(doc, 'Евросоюз', 'SANCTIONS', 'России')).toBeDefined();
  });

  test('sanctions against banks of a state do not sanction the state', () => {
    const doc = extractText('Санкции США против российских банков осложнили расчеты с Каиром.', 'invented.ru.txt');
    expect(between(doc, 'США', 'SANCTIONS', 'российских')).toBeUndefined();
  });
});

describe('Russian: titles held for someone else', () => {
  test('the press secretary of a president does not lead the state', () => {
    const doc = extractText('Пресс-секретарь президента Казахстана Руслан Желдибай заявил, что переговоры продолжатся.', 'invented.ru.txt');
    expect(between(doc, 'Руслан Желдибай', 'LEADS', 'Казахстана')).toBeUndefined();
  });
});

describe('Russian: commodities received through a pipeline', () => {
  test('states that receive a state\'s oil through a named pipeline import from it, and the pipeline supplies them', () => {
    const doc = extractText('Чехия и Австрия, которые продолжают получать российский газ по газопроводу «Северный поток», не стали возражать.', 'invented.ru.txt');
    expect(between(doc, 'Чехия', 'IMPORTS_FROM', 'российский')?.properties.resource).toBe('natural-gas');
    expect(between(doc, 'Австрия', 'IMPORTS_FROM', 'российский')).toBeDefined();
    expect(between(doc, 'Северный поток', 'SUPPLIES', 'Австрия')?.evidence[0].sentence).toContain('по газопроводу');
  });

  test('gas that flows into a state through a pipeline is supplied by it', () => {
    const doc = extractText('Газ поступает в Грецию по газопроводу «Турецкий поток».', 'invented.ru.txt');
    expect(between(doc, 'Турецкий поток', 'SUPPLIES', 'Грецию')).toBeDefined();
  });
});

describe('Russian: a capital written for its government', () => {
  test('a capital as the subject is its state (Анкара готова…), a dateline or "в Анкаре" is the city', () => {
    const doc = extractText('Анкара. 5 марта. Анкара готова закупать больше газа. Переговоры прошли в Анкаре.', 'invented.ru.txt');
    expect(typeOf(doc, 'Анкара')).toBe('State');
    expect(typeOf(doc, 'Анкаре')).not.toBe('State');
  });

  test('a capital that opens a route name is not its state (Баку — Тбилиси — Джейхан)', () => {
    const doc = extractText('Нефть идет по нефтепроводу Баку — Тбилиси — Джейхан.', 'invented.ru.txt');
    expect(typeOf(doc, 'Баку')).toBeUndefined();
  });
});
