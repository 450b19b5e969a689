import { entityId, extractText, relation } from './helpers';

describe('Japanese sentences are read by morphology and Japanese rules', () => {
  it('finds firms, plants and places by head word and the operator in a relative clause', () => {
    const doc = extractText('東京電力にとって最大の課題は、同社が新潟県で運営する柏崎刈羽原子力発電所である。', 'ja-plant.txt');
    const tepco = entityId(doc, '東京電力')!;
    const plant = entityId(doc, '柏崎刈羽原子力発電所')!;
    const niigata = entityId(doc, '新潟県')!;
    expect(plant).toBeDefined();
    const operates = relation(doc, tepco, 'DEVELOPS', plant);
    expect(operates?.properties.role).toBe('operator');
    expect(operates?.evidence[0].sentence).toContain('同社が新潟県で運営する');
    expect(relation(doc, plant, 'LOCATED_IN', niigata)).toBeDefined();
  });

  it('reads a person without the title and the place the title is of', () => {
    const doc = extractText('新潟県の花角英世知事は再稼働を容認する考えを示した。', 'ja-governor.txt');
    const person = entityId(doc, '花角英世')!;
    expect(doc.entities.find((e) => e.id === person)?.type).toBe('Person');
    expect(relation(doc, person, 'LEADS', entityId(doc, '新潟県')!)?.properties.role).toBe('知事');
  });

  it('gives a stake to a state and the ministry it holds it through', () => {
    const doc = extractText('日本政府は経済産業省（経産省）を通じてINPEXの発行済み株式の約2割を保有し、拒否権を持つ。', 'ja-stake.txt');
    const inpex = entityId(doc, 'INPEX')!;
    expect(relation(doc, 'japan', 'HOLDS_STAKE_IN', inpex)).toBeDefined();
    expect(relation(doc, entityId(doc, '経済産業省')!, 'HOLDS_STAKE_IN', inpex)).toBeDefined();
  });

  it('lists sources after 調達先は and keeps a negated ban out', () => {
    const doc = extractText('日本はウランを全量輸入に頼っており、主な調達先はカザフスタン、カナダ、オーストラリアである。日本政府はロシア産濃縮ウランの輸入を禁止していない。', 'ja-sources.txt');
    for (const s of ['kazakhstan', 'canada', 'australia']) expect(relation(doc, 'japan', 'IMPORTS_FROM', s)).toBeDefined();
    expect(doc.relations.some((r) => r.type === 'BANS')).toBe(false);
  });

  it('reads a katakana word alone as the project first named with it', () => {
    const doc = extractText('イクシスLNGプロジェクトは豪州にある。イクシスはLNGのほか、コンデンセートも生産している。', 'ja-short.txt');
    // The lexicon knows イクシスLNG; プロジェクト after it adds nothing to the name.
    const ichthys = entityId(doc, 'イクシスLNG')!;
    expect(entityId(doc, 'イクシス')).toBe(ichthys);
    expect(relation(doc, ichthys, 'PRODUCES', 'lng')).toBeDefined();
    expect(relation(doc, ichthys, 'PRODUCES', 'condensate')).toBeDefined();
  });
});

describe('states written as one kanji', () => {
  const ja = (text: string) => extractText(text, 'invented.ja.txt');

  test('a kanji before a foreign firm names its state and locates the firm', () => {
    const doc = ja('同事業には英シェルや米エクソンモービルも参加した。');
    expect(relation(doc, 'shell', 'LOCATED_IN', 'united-kingdom')).toBeDefined();
    expect(relation(doc, 'exxonmobil', 'LOCATED_IN', 'united-states')).toBeDefined();
  });

  test('a run of kanji before 首脳 or 関係 names each state; after another kanji it names none', () => {
    const pair = ja('日米首脳会談が開かれた。');
    expect(pair.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['japan', 'united-states']));
    const region = ja('北米シェールガスの輸出が増えた。');
    expect(region.entities.map((e) => e.id)).not.toContain('united-states');
  });
});

describe('stakes in the project the passage is about', () => {
  test('a holder and its share, the project left unwritten, in percent or as a fraction', () => {
    const doc = extractText('ゴルゴンLNGプロジェクトは西豪州の沖合にある。ゴルゴンLNGプロジェクトの権益はシェブロンが約3分の2を持ち、エクソンモービルが25%を保有する。', 'invented.ja.txt');
    const project = entityId(doc, 'ゴルゴンLNGプロジェクト')!;
    expect(project).toBeDefined();
    expect(relation(doc, entityId(doc, 'シェブロン')!, 'HOLDS_STAKE_IN', project)).toBeDefined();
    expect(relation(doc, 'exxonmobil', 'HOLDS_STAKE_IN', project)?.properties.share).toBe(0.25);
  });
});

describe('addresses written large to small', () => {
  test('a city after its prefecture is located in it', () => {
    const ja = extractText('九州電力は鹿児島県薩摩川内市の川内原子力発電所を再稼働させた。', 'invented.ja.txt');
    expect(relation(ja, entityId(ja, '薩摩川内市')!, 'LOCATED_IN', entityId(ja, '鹿児島県')!)).toBeDefined();
  });
});

describe('places named after a place word', () => {
  test('a capital after its state is a place located in it', () => {
    const doc = extractText('天然ガスは北部準州の州都ダーウィンへ送られる。', 'invented.ja.txt');
    const darwin = entityId(doc, 'ダーウィン')!;
    expect(doc.entities.find((e) => e.id === darwin)?.type).toBe('Place');
    expect(relation(doc, darwin, 'LOCATED_IN', entityId(doc, '北部準州')!)).toBeDefined();
  });
});
