import { entityId, extractText, relation, triples } from './helpers';

/** Russian text: names in every case form, names found by their context, and trigger rules. */

const ru = (text: string) => extractText(text, 'invented.ru.txt');

describe('Russian names', () => {
  test('a lexicon name is found in any case form, a multi-word name with every word declined', () => {
    const doc = ru('Танкеры прошли по Северному морскому пути из России в Китай, минуя Европу.');
    for (const key of ['northern-sea-route', 'russia', 'china', 'europe']) expect(doc.entities.map((e) => e.id)).toContain(key);
  });

  test('a state from the CLDR names, with a fleeting vowel (Египет → в Египте)', () => {
    const doc = ru('«Лукойл» сотрудничает с ENI в Египте и в Италии.');
    expect(entityId(doc, 'Египте')).toBe('egypt');
    expect(entityId(doc, 'Италии')).toBe('italy');
  });

  test('a quoted name is typed by the noun before it, a capitalised adjective and head word name a firm', () => {
    const doc = ru('Судоверфь «Красное Сормово» и Выборгский судостроительный завод строят танкеры.');
    expect(doc.entities.find((e) => e.name === 'Красное Сормово')?.type).toBe('Firm');
    expect(doc.entities.find((e) => e.name === 'Выборгский судостроительный завод')?.type).toBe('Firm');
  });

  test('a person after a title and the body it heads; case forms of one unknown name are one entity', () => {
    const doc = ru('Министр энергетики России Николай Шульгинов посетил ФГУП «Атомфлот». Позже он встретился с руководством «Атомфлота».');
    expect(doc.entities.find((e) => e.name === 'Николай Шульгинов')?.type).toBe('Person');
    expect(doc.entities.filter((e) => e.aliases.includes('Атомфлот') || e.aliases.includes('Атомфлота'))).toHaveLength(1);
  });
});

describe('Russian relation rules', () => {
  test('санкции против: the actor before the trigger, the target after the preposition', () => {
    const doc = ru('Евросоюз ввёл санкции против «Газпром нефти» в феврале 2023 года.');
    const s = relation(doc, 'european-union', 'SANCTIONS', 'gazprom-neft');
    expect(s?.date).toBe('2023-02');
    expect(s?.evidence[0].sentence).toContain('ввёл санкции против');
  });

  test('imports from (из + genitive) and supplies to (в + accusative), with the resource', () => {
    expect(triples(ru('Индия импортирует нефть из России.'))).toContain('india IMPORTS_FROM russia');
    const doc = ru('Катар экспортирует СПГ в Японию и Южную Корею.');
    expect(relation(doc, 'qatar', 'SUPPLIES', 'japan')?.properties.resource).toBe('lng');
    expect(triples(doc)).toContain('qatar SUPPLIES south-korea');
  });

  test('a negated or refused statement gives no relation', () => {
    expect(triples(ru('Япония не импортирует уголь из России.'))).toEqual([]);
  });

  test('shares with a decimal comma, paired in order by соответственно, holders after their nationality', () => {
    const doc = ru('Проект «Сахалин-2», в котором «Газпрому» и японской Mitsui принадлежат 50,1% и 12,5% соответственно, производит СПГ.');
    expect(relation(doc, 'gazprom', 'HOLDS_STAKE_IN', 'sakhalin-2')?.properties.share).toBe(0.501);
    expect(relation(doc, 'mitsui-and-co', 'HOLDS_STAKE_IN', 'sakhalin-2')?.properties.share).toBe(0.125);
    expect(triples(doc)).toContain('mitsui-and-co LOCATED_IN japan');
  });

  test('a leader by title with the role, a part by входящий в', () => {
    const doc = ru('Глава «Новатэка» Леонид Михельсон посетил Балтийский завод, входящий в Объединённую судостроительную корпорацию.');
    const person = entityId(doc, 'Леонид Михельсон')!;
    expect(relation(doc, person, 'LEADS', 'novatek')?.properties.role).toBe('Глава');
    const yard = entityId(doc, 'Балтийский завод')!;
    const usc = entityId(doc, 'Объединённую судостроительную корпорацию')!;
    expect(relation(doc, yard, 'PART_OF', usc)).toBeDefined();
  });

  test('two parties that agree cooperate (states that sign a named agreement sign it); a project on a peninsula is located there', () => {
    const doc = ru('Италия и Германия договорились о поставках водорода.');
    expect(triples(doc)).toContain('germany COOPERATES_WITH italy');
    const signed = ru('Италия и Германия подписали соглашение о поставках водорода.');
    const agreement = entityId(signed, 'соглашение о поставках водорода')!;
    expect(triples(signed)).toContain(`germany SIGNS ${agreement}`);
    expect(triples(signed)).toContain(`italy SIGNS ${agreement}`);
    const project = ru('Проект «Сила Сибири» находится в Якутии.');
    expect(triples(project)).toContain(`power-of-siberia LOCATED_IN ${entityId(project, 'Якутии')}`);
  });
});

describe('Russian state and city adjectives', () => {
  test('a nationality adjective names the state and locates the firm it stands before, in any case', () => {
    const doc = ru('Японской компании Mitsui принадлежит доля в проекте, а индийская ONGC Videsh ведёт переговоры.');
    expect(relation(doc, entityId(doc, 'Mitsui') ?? '', 'LOCATED_IN', 'japan')).toBeDefined();
    expect(doc.entities.find((e) => e.name === 'Японской компании Mitsui')).toBeUndefined();
  });

  test('a city adjective locates the works it stands before; after a preposition a place locates nothing', () => {
    const doc = ru('Ледоколы строит московский завод «Прогресс». В Мурманске «Атомфлот» обслуживает суда.');
    expect(relation(doc, entityId(doc, 'Прогресс') ?? '', 'LOCATED_IN', 'moscow')).toBeDefined();
    expect(relation(doc, entityId(doc, 'Атомфлот') ?? '', 'LOCATED_IN', 'murmansk')).toBeUndefined();
  });

  test('an adjective does not split a longer name that starts with it', () => {
    const doc = ru('Доклад подготовила Российская академия наук.');
    expect(doc.entities.find((e) => e.aliases.some((a) => a.startsWith('Российская академия')))?.type).toBe('Organization');
    expect(doc.entities.map((e) => e.id)).not.toContain('russia');
  });
});
