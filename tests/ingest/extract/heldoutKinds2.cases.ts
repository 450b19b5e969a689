import { between, extractText, typeOf } from './helpers';

/**
 * Kinds of statement that a second batch of documents written after the rules showed the
 * extractor missing, each on an invented sentence: people named with a title only (the firm or
 * state left to the passage), names the dictionary cuts short, foreign firms written in katakana,
 * Russian titles before a quoted firm, shares stated as a part of consumption, stakes whose field
 * was named in the sentence before.
 */

describe('Japanese: people named with their title only', () => {
  test('a given name the dictionary cuts short keeps its last kanji (樋口康二郎社長)', () => {
    const doc = extractText('東京ガスは5日、新たな契約を発表した。樋口康二郎社長は記者会見で「安定調達につながる」と述べた。', 'invented.ja.txt');
    expect(typeOf(doc, '樋口康二郎')).toBe('Person');
  });

  test('a head who opens a sentence with name and title leads the firm the passage is about', () => {
    const doc = extractText('東京ガスは5日、新たな契約を発表した。樋口康二郎社長は記者会見で「安定調達につながる」と述べた。', 'invented.ja.txt');
    const leads = between(doc, '樋口康二郎', 'LEADS', '東京ガス');
    expect(leads?.properties.role).toMatch(/^社[長长]$/);
    expect(leads?.evidence[0].sentence).toContain('樋口康二郎社長は記者会見で');
  });

  test('a word that stands between a name and a title is not part of the name (鈴木健太県知事)', () => {
    const doc = extractText('鈴木健太県知事は「残念だ」と語った。', 'invented.ja.txt');
    expect(typeOf(doc, '鈴木健太県')).toBeUndefined();
  });
});

describe('Japanese: foreign firms written in katakana', () => {
  test('a katakana name ending in a firm word is a firm (シェニエール・エナジー)', () => {
    const doc = extractText('米国産LNGではシェニエール・エナジーが最大の輸出企業だ。', 'invented.ja.txt');
    expect(typeOf(doc, 'シェニエール・エナジー')).toBe('Firm');
  });

  test('a katakana name after a description of its business is a firm (…開発のベンチャー・グローバル)', () => {
    const doc = extractText('東京ガスは、米LNG開発のベンチャー・グローバルと長期契約を結んだ。', 'invented.ja.txt');
    expect(typeOf(doc, 'ベンチャー・グローバル')).toBe('Firm');
  });
});

describe('Japanese: states written as one kanji', () => {
  test('a state kanji before a katakana place is the state the place lies in (米テキサス州)', () => {
    const doc = extractText('同社は米テキサス州の製油所を売却した。', 'invented.ja.txt');
    expect(typeOf(doc, 'テキサス州')).toBe('Place');
    expect(typeOf(doc, '米テキサス州')).toBeUndefined();
    expect(between(doc, 'テキサス州', 'LOCATED_IN', '米')?.evidence[0].sentence).toContain('米テキサス州');
  });

  test('a pair of states before 両政府 cooperates (日豪両政府は…連携する)', () => {
    const doc = extractText('日豪両政府は重要鉱物の供給網で連携を強める。', 'invented.ja.txt');
    expect(between(doc, '日', 'COOPERATES_WITH', '豪')?.evidence[0].sentence).toContain('日豪両政府');
  });
});

describe('Russian: titles, shares and names written once', () => {
  test('a title before a quoted firm leads it (председатель правления «Газпрома» Алексей Миллер)', () => {
    const doc = extractText('Соглашение подписал председатель правления «Роснефти» Игорь Сечин.', 'invented.ru.txt');
    const leads = between(doc, 'Игорь Сечин', 'LEADS', 'Роснефти');
    expect(leads?.properties.role).toBe('председатель');
    expect(leads?.evidence[0].sentence).toContain('председатель правления «Роснефти» Игорь Сечин');
  });

  test("a state's share of another state's consumption is an import with its share", () => {
    const doc = extractText('Доля казахстанского урана в импорте Китая составляет около 60%.', 'invented.ru.txt');
    const imports = between(doc, 'Китая', 'IMPORTS_FROM', 'казахстанского');
    expect(imports?.properties.share).toBe(0.6);
    expect(imports?.evidence[0].sentence).toContain('Доля казахстанского урана');
  });

  test('a Latin firm name typed once is the same firm where it later stands bare', () => {
    const doc = extractText('Терминал принадлежит казахстанской QazaqGaz. Позже «Газпром» и QazaqGaz договорились о ремонте.', 'invented.ru.txt');
    expect(between(doc, 'QazaqGaz', 'COOPERATES_WITH', 'Газпром')?.evidence[0].sentence).toContain('«Газпром» и QazaqGaz договорились');
  });

  test('Туркмения is Turkmenistan, in any case', () => {
    const doc = extractText('Страна намерена импортировать газ из Туркмении.', 'invented.ru.txt');
    expect(typeOf(doc, 'Туркмении')).toBe('State');
  });
});

describe('English: titles with a portfolio and stakes that continue a list', () => {
  test('a demonym and a portfolio before Minister: the state, not a firm (Cypriot Energy Minister …)', () => {
    const doc = extractText('The first phase will cost $4 billion, Greek Energy Minister Stavros Papastavrou told reporters.', 'invented.en.txt');
    expect(typeOf(doc, 'Greek Energy')).toBeUndefined();
    const leads = between(doc, 'Stavros Papastavrou', 'LEADS', 'Greece');
    expect(leads?.properties.role).toBe('Energy Minister');
    expect(leads?.evidence[0].sentence).toContain('Greek Energy Minister Stavros Papastavrou');
  });

  test('"holds another 35%" and "owns the remaining 30%" are stakes in the field named before', () => {
    const doc = extractText("Eni approved a plan for the Baltim gas field. The field will start in 2027. BP holds another 40%, and Egypt's Petrobel owns the remaining 10%.", 'invented.en.txt');
    const bp = between(doc, 'BP', 'HOLDS_STAKE_IN', 'Baltim gas field');
    expect(bp?.properties.share).toBe(0.4);
    expect(bp?.evidence[0].sentence).toContain('BP holds another 40%');
    expect(between(doc, 'Petrobel', 'HOLDS_STAKE_IN', 'Baltim gas field')?.properties.share).toBe(0.1);
  });
});
