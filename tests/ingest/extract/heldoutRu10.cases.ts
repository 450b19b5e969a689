import { between, extractText } from './helpers';

/**
 * Russian builders, operators and owners written as a role, builders in other argument orders
 * (after a modal verb, in a contrast clause whose verb is left out, taking a project on,
 * launching its works), a state's section of a line, and places by region, river and state.
 * Invented sentences in the styles of Interfax and Kommersant.
 */

const ru = (text: string) => extractText(text, 'invented.ru.txt');

describe('Russian builders and operators written as a role', () => {
  test('"Генеральным подрядчиком выступает АО X": the firm builds the project the passage is about', () => {
    const doc = ru('АЭС «Руппур» строится в Бангладеш. Генеральным подрядчиком выступает АО «Атомстройэкспорт», входящее в «Росатом».');
    expect(between(doc, 'Атомстройэкспорт', 'DEVELOPS', 'Руппур')).toBeDefined();
  });

  test('"Оператором проекта станет ПАО X" and "Оператором выступает консорциум X"', () => {
    const doc = ru('Газопровод «Сила Сибири 2» пройдет через Монголию. Оператором проекта станет ПАО «Газпром».');
    expect(between(doc, 'Газпром', 'DEVELOPS', 'Сила Сибири 2')).toBeDefined();
    const other = ru('Месторождение Ядана разрабатывается с 1998 года. Оператором выступает консорциум Yadana Gas Company.');
    expect(between(other, 'Yadana Gas Company', 'DEVELOPS', 'Ядана')).toBeDefined();
  });

  test('the role with the project named in the genitive, and the firm first with its role after', () => {
    const doc = ru('Подрядчиком строительства терминала «Усть-Луга» является компания «Стройтрансгаз».');
    expect(between(doc, 'Стройтрансгаз', 'DEVELOPS', 'Усть-Луга')).toBeDefined();
    const other = ru('«Атомстройэкспорт» выступает генеральным подрядчиком строительства АЭС «Эль-Дабаа».');
    expect(between(other, 'Атомстройэкспорт', 'DEVELOPS', 'Эль-Дабаа')).toBeDefined();
  });

  test('the founders of a joint venture develop what the venture builds', () => {
    const doc = ru('«Газпром» и Shell создали совместное предприятие, которое будет разрабатывать месторождение Южно-Киринское.');
    expect(between(doc, 'Газпром', 'DEVELOPS', 'Южно-Киринское')).toBeDefined();
    expect(between(doc, 'Shell', 'DEVELOPS', 'Южно-Киринское')).toBeDefined();
  });

  test('a builder after a modal verb, and the second pair of a contrast clause with the verb left out', () => {
    const doc = ru('По договору 2015 года Рогунскую ГЭС должна была строить «Интер РАО», а Сангтудинскую ГЭС-2 — «РусГидро».');
    expect(between(doc, 'Интер РАО', 'DEVELOPS', 'Рогунскую ГЭС')).toBeDefined();
    expect(between(doc, 'РусГидро', 'DEVELOPS', 'Сангтудинскую ГЭС-2')).toBeDefined();
    expect(between(doc, 'Интер РАО', 'DEVELOPS', 'Сангтудинскую ГЭС-2')).toBeUndefined();
  });

  test('taking a project on: "за строительство X взялся Y", "Y взялась за сооружение X", "за проект бралась Y"', () => {
    expect(between(ru('За строительство АЭС «Эль-Дабаа» взялся «Росатом».'), 'Росатом', 'DEVELOPS', 'Эль-Дабаа')).toBeDefined();
    expect(between(ru('Китайская PowerChina взялась за сооружение АЭС «Руппур».'), 'PowerChina', 'DEVELOPS', 'Руппур')).toBeDefined();
    const doc = ru('Газопровод ТАПИ обсуждается с 1990-х годов. Ранее за проект бралась Россия.');
    expect(between(doc, 'Россия', 'DEVELOPS', 'ТАПИ')).toBeDefined();
  });

  test('launching the works: "дали старт строительству X", and "дал старт работам" for the passage\'s project', () => {
    const doc = ru('Президент Туркменистана Сердар Бердымухамедов дал старт строительству газопровода ТАПИ.');
    expect(between(doc, 'Сердар Бердымухамедов', 'DEVELOPS', 'ТАПИ')).toBeDefined();
    const other = ru('Газопровод ТАПИ протянется на 1814 км. В сентябре «Туркменгаз» дал старт работам на афганской территории.');
    expect(between(other, 'Туркменгаз', 'DEVELOPS', 'ТАПИ')).toBeDefined();
  });

  test('two officials, each with a title, launch the works together', () => {
    const doc = ru('Газопровод ТАПИ протянется на 1814 км. Президент Туркменистана Сердар Бердымухамедов и премьер-министр Пакистана Шахбаз Шариф дали старт работам на пакистанской территории.');
    expect(between(doc, 'Сердар Бердымухамедов', 'DEVELOPS', 'ТАПИ')).toBeDefined();
    expect(between(doc, 'Шахбаз Шариф', 'DEVELOPS', 'ТАПИ')).toBeDefined();
  });

  test('the builder of a state\'s section builds the line', () => {
    const doc = ru('Газопровод «Сила Сибири 2» протянется на 6700 км. Монгольский участок проектирует компания «Газпром проектирование».');
    expect(between(doc, 'Газпром проектирование', 'DEVELOPS', 'Сила Сибири 2')).toBeDefined();
  });

  test('the works carried out by a firm: "Строительство X ведет Y", "Строительство ведет Y" for the passage\'s project', () => {
    expect(between(ru('Строительство АЭС «Аккую» ведет «Атомстройэкспорт».'), 'Атомстройэкспорт', 'DEVELOPS', 'Аккую')).toBeDefined();
    const doc = ru('Газопровод «Сила Сибири 2» пройдет через Монголию. Строительство ведет китайская CNPC.');
    expect(between(doc, 'CNPC', 'DEVELOPS', 'Сила Сибири 2')).toBeDefined();
    const none = ru('Строительство нового энергоблока ведет госкорпорация «Росатом».');
    expect(none.relations.filter((r) => r.type === 'DEVELOPS')).toHaveLength(0);
  });

  test('an owner\'s role: "Владельцем проекта является X"', () => {
    const doc = ru('АЭС «Руппур» строится в Бангладеш. Владельцем проекта является бангладешская государственная компания NPCBL.');
    expect(between(doc, 'NPCBL', 'HOLDS_STAKE_IN', 'Руппур')).toBeDefined();
  });
});

describe('Russian places by section, region, river and state', () => {
  test('a state\'s adjective before участок puts the line in that state, named or the passage\'s', () => {
    const doc = ru('Строительство казахстанского участка газопровода Бейнеу — Бозой — Шымкент (ББШ) завершено.');
    expect(between(doc, 'Бейнеу — Бозой — Шымкент', 'LOCATED_IN', 'казахстанского')).toBeDefined();
    const other = ru('Газопровод «Сила Сибири 2» протянется на 6700 км. Российский участок длиной 2700 км пройдет по Алтаю.');
    expect(between(other, 'Сила Сибири 2', 'LOCATED_IN', 'Российский')).toBeDefined();
  });

  test('a state\'s adjective before a region\'s head word: в китайскую провинцию X', () => {
    const doc = ru('Газ пойдет в китайскую провинцию Гуандун по новому газопроводу.');
    expect(between(doc, 'Гуандун', 'LOCATED_IN', 'китайскую')).toBeDefined();
  });

  test('a river is a place, and a plant on it lies there', () => {
    const doc = ru('Рогунская ГЭС строится на реке Вахш в Таджикистане.');
    expect(between(doc, 'Рогунская ГЭС', 'LOCATED_IN', 'Вахш')).toBeDefined();
    expect(between(doc, 'Рогунская ГЭС', 'DEVELOPS', 'Вахш')).toBeUndefined();
  });

  test('a region before the state it lies in, but not the ends of a route', () => {
    const doc = ru('Вода нужна для орошения Ферганской долины в Узбекистане.');
    expect(between(doc, 'Ферганской долины', 'LOCATED_IN', 'Узбекистане')).toBeDefined();
    const route = ru('Газ из Центральной Азии в Китай идет по газопроводу.');
    expect(between(route, 'Центральной Азии', 'LOCATED_IN', 'Китай')).toBeUndefined();
  });
});

describe('Russian agreements named by what they are about', () => {
  test('an intergovernmental agreement is named by its «о» phrase, and its signers sign it in any order', () => {
    const passive = ru('Межправительственное соглашение о строительстве атомной электростанции было подписано Россией и Египтом в 2015 году.');
    expect(between(passive, 'Россией', 'SIGNS', 'Межправительственное соглашение о строительстве атомной электростанции')).toBeDefined();
    expect(between(passive, 'Египтом', 'SIGNS', 'Межправительственное соглашение о строительстве атомной электростанции')).toBeDefined();
    const fronted = ru('Межправительственное соглашение о поставках природного газа Россия и Китай подписали еще в 2014 году.');
    expect(between(fronted, 'Россия', 'SIGNS', 'Межправительственное соглашение о поставках природного газа')).toBeDefined();
  });

  test('an agreement states sign is named, and they sign it rather than merely cooperate', () => {
    const doc = ru('В Москве Россия и Бангладеш подписали соглашение о мирном использовании атомной энергии.');
    expect(between(doc, 'Россия', 'SIGNS', 'соглашение о мирном использовании атомной энергии')).toBeDefined();
    expect(between(doc, 'Бангладеш', 'SIGNS', 'соглашение о мирном использовании атомной энергии')).toBeDefined();
    expect(between(doc, 'Россия', 'COOPERATES_WITH', 'Бангладеш')).toBeUndefined();
  });

  test('firms\' agreements, descriptions cut by a name and a bare head name no agreement', () => {
    const firms = ru('«Газпром» и CNPC подписали соглашение о поставках газа по дальневосточному маршруту.');
    expect(firms.entities.filter((e) => e.type === 'Agreement')).toHaveLength(0);
    const cut = ru('Россия и Вьетнам подписали соглашение о строительстве АЭС «Ниньтхуан-1».');
    expect(cut.entities.filter((e) => e.type === 'Agreement')).toHaveLength(0);
    const bare = ru('Станцию строят по межправительственному соглашению.');
    expect(bare.entities.filter((e) => e.type === 'Agreement')).toHaveLength(0);
  });
});

describe('Russian credits, financing, parents and withdrawals in other orders', () => {
  test('a lender granting a credit invests in the borrower, and a credit that finances the passage\'s project', () => {
    expect(between(ru('Китай предоставил Пакистану экспортный кредит на 4 млрд долларов.'), 'Китай', 'INVESTS_IN', 'Пакистану')).toBeDefined();
    const doc = ru('АЭС «Руппур» строится с 2017 года. Проект на 90% финансируется за счет государственного кредита России.');
    expect(between(doc, 'России', 'INVESTS_IN', 'Руппур')).toBeDefined();
  });

  test('taking the financing on: "Финансирование строительства X взял на себя"', () => {
    const doc = ru('Газопровод «Сила Сибири 2» протянется на 6700 км. Финансирование строительства «Газпром» взял на себя.');
    expect(between(doc, 'Газпром', 'INVESTS_IN', 'Сила Сибири 2')).toBeDefined();
  });

  test('the parent before the part: "входящее в X АО Y"', () => {
    const doc = ru('Реакторы для станции разработало входящее в «Росатом» АО «Гидропресс».');
    expect(between(doc, 'Гидропресс', 'PART_OF', 'Росатом')).toBeDefined();
  });

  test('leaving a project named after its common noun and a date', () => {
    const doc = ru('Британская Shell в 2022 году вышла из проекта газового месторождения Сахалин-2.');
    expect(between(doc, 'Shell', 'WITHDRAWS_FROM', 'Сахалин-2')).toBeDefined();
  });
});

describe('Russian fields met again by one word, and their goods sent by a passive verb', () => {
  test('a one-word field typed once by its head is found again inside a later sentence, and supplies and produces', () => {
    const doc = ru('Добыча на месторождении Шах-Дениз растет, а на месторождении Зохра падает. Газ Зохра по-прежнему поставляется в Египет.');
    expect(between(doc, 'Зохра', 'SUPPLIES', 'Египет')).toBeDefined();
    expect(between(doc, 'Зохра', 'PRODUCES', 'Газ')).toBeDefined();
  });

  test('a one-word name is not sought as a sentence\'s first word', () => {
    const doc = ru('«Газпром» разрабатывает месторождение Победа. Победа досталась «Роснефти» в Ираке.');
    expect(between(doc, 'Победа', 'LOCATED_IN', 'Ираке')).toBeUndefined();
  });

  test('"проекта газового месторождения X" is that field, not the project the passage was about', () => {
    const doc = ru('Уголь Эльгинского месторождения экспортируется в Китай. Британская BP вышла из проекта газового месторождения Шах-Дениз.');
    expect(between(doc, 'BP', 'WITHDRAWS_FROM', 'Шах-Дениз')).toBeDefined();
    expect(between(doc, 'BP', 'WITHDRAWS_FROM', 'Эльгинского месторождения')).toBeUndefined();
  });

  test('a signer with a title after the fronted agreement', () => {
    const doc = ru('Межправительственное соглашение о сооружении атомной станции подписал генеральный директор госкорпорации «Росатом» Алексей Лихачев.');
    expect(between(doc, 'Алексей Лихачев', 'SIGNS', 'Межправительственное соглашение о сооружении атомной станции')).toBeDefined();
  });
});

describe('Russian facilities placed by coast, rank and an unquoted name', () => {
  test('a field off a coast lies in the province named after it, past a comma', () => {
    const doc = ru('«Зарубежнефть» разрабатывает месторождение Дракон на шельфе Вьетнама, у побережья провинции Кханьхоа.');
    expect(between(doc, 'Дракон', 'LOCATED_IN', 'Кханьхоа')).toBeDefined();
  });

  test('a superlative with its place before the facility: "крупнейшим в Болгарии НПЗ «Нефтохим»"', () => {
    const doc = ru('«Лукойл» владеет крупнейшим в Болгарии нефтеперерабатывающим заводом «Нефтохим».');
    expect(between(doc, 'Нефтохим', 'LOCATED_IN', 'Болгарии')).toBeDefined();
  });

  test('a facility\'s head, its unquoted name and the place: "НПЗ Petrotel в Плоешти"; an autonomous region is a place', () => {
    const doc = ru('«Лукойлу» принадлежит НПЗ Petrotel в Плоешти.');
    expect(between(doc, 'Petrotel', 'LOCATED_IN', 'Плоешти')).toBeDefined();
    const region = ru('Груз принял терминал Фанчэнган в Гуанси-Чжуанском автономном районе.');
    expect(between(region, 'Фанчэнган', 'LOCATED_IN', 'Гуанси-Чжуанском автономном районе')).toBeDefined();
  });
});

describe('Russian sanctions on a described firm, and partners\' names with an ampersand', () => {
  test('the sanctioned firm after other targets described in lower case', () => {
    const doc = ru('Минфин США ввел санкции против ряда танкеров и судоходной компании Sovcomflot.');
    expect(between(doc, 'Минфин США', 'SANCTIONS', 'Sovcomflot')).toBeDefined();
  });

  test('surnames listed with commas and closed by an ampersand are one firm', () => {
    const doc = ru('Аудит провела американская компания DeGolyer, MacNaughton & Partners.');
    expect(between(doc, 'DeGolyer, MacNaughton & Partners', 'LOCATED_IN', 'американская')).toBeDefined();
    const list = ru('Акционерами стали Shell, BP и TotalEnergies.');
    expect(list.entities.filter((e) => e.type === 'Firm')).toHaveLength(3);
  });
});

describe('Russian cities, provinces and compass parts', () => {
  test('a capital after "город" / "столица" is the city, not its state', () => {
    const doc = ru('Соглашение подписали в городе Ашхабаде в присутствии президентов.');
    expect(doc.entities.find((e) => e.aliases.includes('Ашхабаде'))?.type).toBe('Place');
  });

  test('a place right before its province, and a place in a compass part of a state', () => {
    expect(between(ru('Нефть поступает в порт Гвадар в провинции Белуджистан.'), 'Гвадар', 'LOCATED_IN', 'Белуджистан')).toBeDefined();
    expect(between(ru('Газ пойдет в город Мултан на востоке Пакистана.'), 'Мултан', 'LOCATED_IN', 'Пакистана')).toBeDefined();
  });

  test('a place joined by «и» to a place named after its head shares the head', () => {
    const doc = ru('Работы ведутся в районе города Мазари-Шариф и Кундуза.');
    expect(doc.entities.find((e) => e.aliases.includes('Кундуза'))?.type).toBe('Place');
  });

  test('a coast or sea before a province is not in it', () => {
    const doc = ru('Станция строится на побережье Средиземного моря в провинции Матрух.');
    expect(between(doc, 'Средиземного моря', 'LOCATED_IN', 'Матрух')).toBeUndefined();
  });
});
