import { between, extractText, typeOf } from './helpers';

/**
 * Kinds of failure seen on Japanese news and analysis written after the rules, each on an
 * invented sentence: the name or the relation a reader sees, with its evidence.
 */

describe('Japanese people before their titles', () => {
  test('a Korean name the dictionary cuts into other words is one person who leads the state', () => {
    const doc = extractText('韓国の安徳根長官は3日、重要鉱物の備蓄を増やすと述べた。');
    expect(typeOf(doc, '安徳根')).toBe('Person');
    expect(between(doc, '安徳根', 'LEADS', '韓国')?.evidence[0].sentence).toContain('安徳根長官');
  });

  test('a surname that ends like a place word names a person, not a place', () => {
    const doc = extractText('高市早苗首相は10日、エネルギー安全保障の強化を指示した。');
    expect(typeOf(doc, '高市早苗')).toBe('Person');
    expect(typeOf(doc, '高市')).toBeUndefined();
  });

  test('a given name whose last kanji the dictionary reads as a prefix keeps it', () => {
    const doc = extractText('赤沢亮正経済産業相は閣議後の記者会見で述べた。');
    expect(typeOf(doc, '赤沢亮正')).toBe('Person');
  });

  test('a katakana name before a chief executive title written in several words leads the firm', () => {
    const doc = extractText('英BPのマレー・オーキンクロス最高経営責任者（CEO）は「北海の投資を続ける」と語った。');
    const leads = between(doc, 'マレー・オーキンクロス', 'LEADS', 'BP');
    expect(leads?.properties.role).toBeDefined();
    expect(leads?.evidence[0].sentence).toContain('オーキンクロス最高経営責任者');
  });
});

describe('Japanese firms named with their state and trade', () => {
  test('a trade description before a katakana firm is not part of its name, and the state is its seat', () => {
    const doc = extractText('豪鉄鉱石大手フォーテスキューは新たな鉱山の開発を発表した。');
    expect(typeOf(doc, 'フォーテスキュー')).toBe('Firm');
    expect(between(doc, 'フォーテスキュー', 'LOCATED_IN', '豪')).toBeDefined();
  });

  test('a commodity inside the trade description still ties the firm to its state', () => {
    const doc = extractText('米リチウム大手アルベマールは南米での増産を決めた。');
    expect(between(doc, 'アルベマール', 'LOCATED_IN', '米')?.evidence[0].sentence).toContain('米リチウム大手アルベマール');
  });

  test('a firm typed once by its description is known where the text later writes it bare', () => {
    const doc = extractText('カナダの資源大手ファースト・ウラニウムは新鉱山を開発する。ファースト・ウラニウムは日本にウランを輸出している。');
    expect(between(doc, 'ファースト・ウラニウム', 'SUPPLIES', '日本')?.evidence[0].sentence).toBe('ファースト・ウラニウムは日本にウランを輸出している。');
  });

  test('a state-owned firm is in its state', () => {
    const doc = extractText('ベトナム国営のペトロベトナムが権益を取得した。');
    expect(between(doc, 'ペトロベトナム', 'LOCATED_IN', 'ベトナム')).toBeDefined();
  });

  test('a firm named by its state and a trade word is in that state, a Japanese region is no state', () => {
    const doc = extractText('韓国電力と中国電力は燃料の共同調達で合意した。');
    expect(typeOf(doc, '韓国電力')).toBe('Firm');
    expect(between(doc, '韓国電力', 'LOCATED_IN', '韓国')).toBeDefined();
    expect(between(doc, '中国電力', 'LOCATED_IN', '中国')).toBeUndefined();
  });
});

describe('Japanese stakes listed holder by holder', () => {
  test('each holder takes its own share of the project the clause opens with', () => {
    const doc = extractText('浮体式LNG設備「コーラル・ノルテ」は、伊エニが50％、中国石油天然気集団（CNPC）が20％、韓国ガス公社（KOGAS）が10％をそれぞれ出資する。');
    expect(between(doc, 'エニ', 'HOLDS_STAKE_IN', 'コーラル・ノルテ')?.properties.share).toBe(0.5);
    expect(between(doc, '中国石油天然気集団', 'HOLDS_STAKE_IN', 'コーラル・ノルテ')?.properties.share).toBe(0.2);
    expect(between(doc, '韓国ガス公社', 'HOLDS_STAKE_IN', 'コーラル・ノルテ')?.properties.share).toBe(0.1);
    expect(between(doc, '韓国ガス公社', 'LOCATED_IN', '韓国')).toBeDefined();
  });

  test('shares in tenths after には', () => {
    const doc = extractText('事業会社のスノーリバーLNGには三井物産が約6割、関西電力が約4割を出資する。');
    expect(between(doc, '三井物産', 'HOLDS_STAKE_IN', 'スノーリバーLNG')?.properties.share).toBe(0.6);
    expect(between(doc, '関西電力', 'HOLDS_STAKE_IN', 'スノーリバーLNG')?.properties.share).toBe(0.4);
  });
});

describe('Japanese sales, work and money', () => {
  test('a firm sells to the buyers it lists with など', () => {
    const doc = extractText('丸紅が中部電力など国内の電力会社に販売する。');
    expect(between(doc, '丸紅', 'SUPPLIES', '中部電力')).toBeDefined();
  });

  test('a sentence that names only the buyers sells for the firm the passage is about', () => {
    const doc = extractText('双日は15日、ブラジルの鉱山会社から鉄鉱石を調達する契約を結んだ。調達量は年間約50万トンで、日本製鉄やJFEスチールなどに販売する。');
    expect(between(doc, '双日', 'SUPPLIES', '日本製鉄')?.evidence[0].sentence).toContain('日本製鉄やJFEスチールなどに販売する');
  });

  test('a clause with its own verb keeps its own subject as the seller', () => {
    const doc = extractText('三井物産は豪州で事業を広げる。ボウエン炭鉱は原料炭を生産し、主に日本や韓国に輸出している。');
    expect(between(doc, '三井物産', 'SUPPLIES', '日本')).toBeUndefined();
  });

  test('a firm that mines at a named mine develops it; a quoted project after a place lies there', () => {
    const doc = extractText('住友金属鉱山はペルーの銅鉱山「ケジャベコ」で銅精鉱を採掘している。');
    expect(between(doc, '住友金属鉱山', 'DEVELOPS', 'ケジャベコ')).toBeDefined();
    expect(between(doc, 'ケジャベコ', 'LOCATED_IN', 'ペルー')).toBeDefined();
  });

  test('money put into a firm is an investment, not a stake', () => {
    const doc = extractText('JOGMECは5日、豪州のアイルカ・リソーシズに計3億豪ドルを出資すると発表した。');
    expect(between(doc, 'JOGMEC', 'INVESTS_IN', 'アイルカ・リソーシズ')).toBeDefined();
    expect(between(doc, 'JOGMEC', 'HOLDS_STAKE_IN', 'アイルカ・リソーシズ')).toBeUndefined();
  });

  test('partners that team up cooperate', () => {
    const doc = extractText('三菱商事は韓国のSKガスと組み、水素の輸入網を整える。');
    expect(between(doc, '三菱商事', 'COOPERATES_WITH', 'SKガス')).toBeDefined();
  });

  test('a state that relies on another for a share of its imports depends on it', () => {
    const doc = extractText('日本は原油輸入の約9割を中東に頼っている。');
    expect(between(doc, '日本', 'DEPENDS_ON', '中東')).toBeDefined();
  });

  test('a compass part of a state written without の holds the place', () => {
    const doc = extractText('チリ北部アタカマ州で新たな塩湖の開発が始まった。');
    expect(between(doc, 'アタカマ州', 'LOCATED_IN', 'チリ')).toBeDefined();
  });
});

describe('Japanese stakes, sanctions and leaders written around descriptions', () => {
  test('a share of a described holding is of the project the passage is about', () => {
    const doc = extractText('浮体式LNG設備「サンライズ」の開発が進む。ウッドサイドは事業会社の株式の33％を保有し、運営を担う。');
    expect(between(doc, 'ウッドサイド', 'HOLDS_STAKE_IN', 'サンライズ')?.properties.share).toBe(0.33);
  });

  test('a holder in a relative clause holds what is named after it, not the passage project', () => {
    const doc = extractText('浮体式LNG設備「サンライズ」の開発が進む。豪州政府が30％を持つ新会社には日本企業も出資する。');
    expect(between(doc, '豪州', 'HOLDS_STAKE_IN', 'サンライズ')).toBeUndefined();
  });

  test('sanctions on a project described by its state, region and commodity', () => {
    const doc = extractText('英国はロシアの北極圏LNG事業アークティックLNG2に制裁を科した。');
    expect(between(doc, '英国', 'SANCTIONS', 'アークティックLNG2')).toBeDefined();
    expect(between(doc, 'アークティックLNG2', 'LOCATED_IN', '北極')).toBeDefined();
  });

  test('a foreign leader with the state kanji between name and title leads that state', () => {
    const doc = extractText('マクロン仏大統領は原子力の輸出を後押しすると述べた。');
    expect(between(doc, 'マクロン', 'LEADS', '仏')?.evidence[0].sentence).toContain('マクロン仏大統領');
  });

  test('buying from a firm is that firm supplying the buyer', () => {
    const doc = extractText('九州電力もシェルから年間約40万トンを調達する契約を結んだ。');
    expect(between(doc, 'シェル', 'SUPPLIES', '九州電力')).toBeDefined();
  });

  test('a project word after a firm cue ends a firm name', () => {
    const doc = extractText('加パイプライン大手TCパイプラインは新たな輸送網を計画している。');
    expect(typeOf(doc, 'TCパイプライン')).toBe('Firm');
    expect(between(doc, 'TCパイプライン', 'LOCATED_IN', '加')).toBeDefined();
  });
});

describe('Japanese firm names by their trade word or a cue', () => {
  test('a Latin or proper word before a trade word such as 化学 or 亜鉛 names a firm in its state', () => {
    const doc = extractText('台湾の台塑化学と韓国のSK亜鉛は新工場を建てる。');
    expect(typeOf(doc, 'SK亜鉛')).toBe('Firm');
    expect(between(doc, 'SK亜鉛', 'LOCATED_IN', '韓国')).toBeDefined();
  });

  test('a name ending in 会社 with its Latin original is a firm', () => {
    const doc = extractText('チリ政府が51％を持つチリ・リチウム会社（CLC）は増産を決めた。');
    expect(typeOf(doc, 'チリ・リチウム会社')).toBe('Firm');
    expect(between(doc, 'チリ', 'HOLDS_STAKE_IN', 'CLC')?.properties.share).toBe(0.51);
  });

  test('a Latin acronym after a firm cue is a firm', () => {
    const doc = extractText('ペルーの鉱山会社MMGが権益を取得した。');
    expect(typeOf(doc, 'MMG')).toBe('Firm');
    expect(between(doc, 'MMG', 'LOCATED_IN', 'ペルー')).toBeDefined();
  });
});

describe('Japanese 事業 written bare for the project the passage is about', () => {
  test('joining, leading and leaving 事業 are about the project named before', () => {
    const doc = extractText('浮体式LNG設備「ノース・スター」の建設が進む。ノース・スターは2027年に稼働する。事業を主導する米ノース・エナジーは増産を決めた。丸紅は2019年に事業に参画した。三井物産は2025年に事業から撤退した。');
    expect(between(doc, 'ノース・エナジー', 'DEVELOPS', 'ノース・スター')).toBeDefined();
    expect(between(doc, '丸紅', 'PARTICIPATES_IN', 'ノース・スター')).toBeDefined();
    expect(between(doc, '三井物産', 'WITHDRAWS_FROM', 'ノース・スター')).toBeDefined();
  });

  test('a commodity business (LNG事業) is no reference to the project', () => {
    const doc = extractText('浮体式LNG設備「ノース・スター」の建設が進む。丸紅はLNG事業に参画した。');
    expect(between(doc, '丸紅', 'PARTICIPATES_IN', 'ノース・スター')).toBeUndefined();
  });

  test('a katakana head running on into a longer katakana word does not cut the name', () => {
    const doc = extractText('アラスカ州の公社であるアラスカ・ガスライン開発公社（AGDC）が残りを持つ。');
    expect(typeOf(doc, 'アラスカ・ガスライン開発公社')).toBe('Organization');
  });
});
