import { between, extractText } from './helpers';

/**
 * Russian relations whose two names are found but whose construction the rules missed: shares
 * stated around the verb (share first, verb left out, the holding named by its head noun, no
 * object after the share) and heads of state written without their state. Invented sentences.
 */

const ru = (text: string) => extractText(text, 'invented.ru.txt');

describe('Russian shares stated around the verb', () => {
  test('the share before the verb, the holder after it, after a stake of the same sentence', () => {
    const doc = ru('«Роснефть» владеет 50% акций «Газпром нефти», еще 25% контролирует Shell.');
    expect(between(doc, 'Shell', 'HOLDS_STAKE_IN', 'Газпром нефти')).toBeDefined();
  });

  test('a holder after its kind, the holding named between share and verb: позднее 10% купил консорциум X', () => {
    const doc = ru('В 2021 году 20% проекта «Арктик СПГ 2» приобрела китайская CNPC, позднее 10% купил консорциум Japan Arctic LNG.');
    expect(between(doc, 'CNPC', 'HOLDS_STAKE_IN', 'Арктик СПГ 2')).toBeDefined();
    expect(between(doc, 'Japan Arctic LNG', 'HOLDS_STAKE_IN', 'Арктик СПГ 2')).toBeDefined();
  });

  test('holders with the verb left out take the holding just stated, one by one or "по"', () => {
    const doc = ru('«Роснефть» владеет 40% в проекте «Восток Ойл». У «Газпрома» и Shell — по 10%.');
    expect(between(doc, 'Газпрома', 'HOLDS_STAKE_IN', 'Восток Ойл')).toBeDefined();
    expect(between(doc, 'Shell', 'HOLDS_STAKE_IN', 'Восток Ойл')).toBeDefined();
  });

  test('"Доля X в совместном предприятии" is a share of the joint venture named before', () => {
    const doc = ru('«Роснефть» и CNPC создали совместное предприятие «Восток Ойл». Доля «Роснефти» в совместном предприятии составляет 60%, CNPC — 40%.');
    expect(between(doc, 'Роснефти', 'HOLDS_STAKE_IN', 'Восток Ойл')).toBeDefined();
    expect(between(doc, 'CNPC', 'HOLDS_STAKE_IN', 'Восток Ойл')).toBeDefined();
  });

  test('"акционер консорциума — X в лице Y": both hold in the consortium named before', () => {
    const doc = ru('Нефть идет по трубопроводу Каспийского трубопроводного консорциума. Крупнейший акционер консорциума — Казахстан в лице «Казмунайгаза», которому принадлежит 20%.');
    expect(between(doc, 'Казахстан', 'HOLDS_STAKE_IN', 'Каспийского трубопроводного консорциума')).toBeDefined();
    expect(between(doc, 'Казмунайгаза', 'HOLDS_STAKE_IN', 'Каспийского трубопроводного консорциума')).toBeDefined();
  });

  test('a government holding a share with no object after it: its state holds the stake just stated', () => {
    const doc = ru('«Роснефть» владеет 50% акций «Газпром нефти». Правительство России контролирует 30%.');
    expect(between(doc, 'России', 'HOLDS_STAKE_IN', 'Газпром нефти')).toBeDefined();
    expect(between(doc, 'Правительство России', 'HOLDS_STAKE_IN', 'Газпром нефти')).toBeUndefined();
  });

  test('a market share is no stake: no holding is at hand', () => {
    const doc = ru('Около 60% мировой добычи контролирует Китай, еще 10% контролирует Австралия.');
    expect(doc.relations.filter((r) => r.type === 'HOLDS_STAKE_IN')).toHaveLength(0);
  });

  test('a state adjective before a holder the finder missed is not the holder', () => {
    const doc = ru('«Роснефть» владеет 49% акций Nayara Energy. Еще 49% принадлежат кипрской инвестиционной компании Kesani.');
    expect(between(doc, 'кипрской', 'HOLDS_STAKE_IN', 'Nayara Energy')).toBeUndefined();
  });
});

describe('Russian heads of state written without their state', () => {
  test('the one state of the sentence, wherever it stands', () => {
    const doc = ru('Президент Касым-Жомарт Токаев заявил, что Казахстан построит вторую АЭС.');
    expect(between(doc, 'Токаев', 'LEADS', 'Казахстан')).toBeDefined();
  });

  test('two states in the sentence leave it open; a spokesman leads nothing', () => {
    const doc = ru('Экспорт российского урана в США сократился из-за закона, подписанного президентом Джо Байденом. Об этом сообщил пресс-секретарь президента Дмитрий Песков.');
    expect(doc.relations.filter((r) => r.type === 'LEADS' && r.object !== 'kremlin')).toHaveLength(0);
  });
});

describe('Russian argument order read without the case: the develops verb family', () => {
  test('a relative pronoun in the accusative: the firm after the verb builds the project', () => {
    const doc = ru('В Египте растет АЭС «Эль-Дабаа», которую возводит «Росатом».');
    expect(between(doc, 'Росатом', 'DEVELOPS', 'Эль-Дабаа')).toBeDefined();
    const built = ru('Завод «Арктик СПГ 2», который соорудил «Новатэк», остановлен.');
    expect(between(built, 'Новатэк', 'DEVELOPS', 'Арктик СПГ 2')).toBeDefined();
  });

  test('a project opening the clause, the firm after the verb', () => {
    const doc = ru('«Ямал СПГ» эксплуатирует «Новатэк» вместе с партнерами.');
    expect(between(doc, 'Новатэк', 'DEVELOPS', 'Ямал СПГ')).toBeDefined();
  });

  test('a verb outside the family gives no builder', () => {
    const doc = ru('Проект «Ямал СПГ», который поставляет газ в Китай, расширяется.');
    expect(doc.relations.filter((r) => r.type === 'DEVELOPS')).toHaveLength(0);
  });
});

describe('«республика» refers to the state in focus', () => {
  test('в республику after a sentence about one state', () => {
    const doc = ru('Азербайджан получает газ из Ирана. Сейчас «Газпром» поставляет в республику около 1 млрд куб. м газа в год.');
    expect(between(doc, 'Газпром', 'SUPPLIES', 'Азербайджан')).toBeDefined();
  });

  test('a republic named by its name is no reference', () => {
    const doc = ru('«Газпром» поставляет газ в республику Алтай.');
    expect(doc.relations.filter((r) => r.type === 'SUPPLIES')).toHaveLength(0);
  });
});
