import { between, extractText } from './helpers';

/** Stakes whose clause gives holder and share but leaves the holding to the passage (invented sentences). */

describe('English shares with no object', () => {
  test('a holder with an appositive and a bare share holds it in the project the sentence before gave a stake in', () => {
    const doc = extractText('BP operates the Greater Tortue Ahmeyim project with a 60% stake. Kosmos Energy, the Texas-based explorer that found the field in 2016, holds about 25%, while the rest belongs to Petrosen.', 'invented.en.txt');
    expect(between(doc, 'Kosmos Energy', 'HOLDS_STAKE_IN', 'Greater Tortue Ahmeyim')?.properties?.share).toBeCloseTo(0.25);
    expect(between(doc, 'Petrosen', 'HOLDS_STAKE_IN', 'Greater Tortue Ahmeyim')).toBeDefined();
  });

  test('holders and shares paired with respectively, after a stake the sentence names', () => {
    const doc = extractText('Woodside holds 70% of Sangomar. Equinor operates the Greater Tortue Ahmeyim project with a 50% stake, while Var Energi and Petoro hold 30% and 20%, respectively.', 'invented.en.txt');
    expect(between(doc, 'Petoro', 'HOLDS_STAKE_IN', 'Greater Tortue Ahmeyim')?.properties?.share).toBeCloseTo(0.2);
    expect(between(doc, 'Petoro', 'HOLDS_STAKE_IN', 'Sangomar')).toBeUndefined();
  });

  test('a gapped verb: the second holder holds the rest of the same project, and is no holding of the first', () => {
    const doc = extractText('Woodside holds 70% of Sangomar and Petrosen the remaining 30%.', 'invented.en.txt');
    expect(between(doc, 'Petrosen', 'HOLDS_STAKE_IN', 'Sangomar')?.properties?.share).toBeCloseTo(0.3);
    expect(between(doc, 'Woodside', 'HOLDS_STAKE_IN', 'Petrosen')).toBeUndefined();
  });

  test('a relative clause: the holding is the name it follows', () => {
    const doc = extractText('Equinor, in which the Norwegian state holds 60%, approved the plan in 2019.', 'invented.en.txt');
    expect(between(doc, 'Norway', 'HOLDS_STAKE_IN', 'Equinor')?.properties?.share).toBeCloseTo(0.6);
  });

  test('a share of a market or of output names its own object and gives no stake', () => {
    const doc = extractText('BP operates the Greater Tortue Ahmeyim project with a 60% stake. Shell holds about 20% of the European LNG market.', 'invented.en.txt');
    expect(between(doc, 'Shell', 'HOLDS_STAKE_IN', 'Greater Tortue Ahmeyim')).toBeUndefined();
  });
});

describe('Shares listed one holder a line', () => {
  test('lines under a lead that speaks of stakes hold their share of the passage project', () => {
    const doc = extractText('アルゼンチンのカウチャリ・オラロス鉱山は大型リチウム事業だ。権益は次の通り。\n\n- 三井物産：46.7％\n- 住友商事：44.8％\n', 'invented.ja.md');
    expect(between(doc, '三井物産', 'HOLDS_STAKE_IN', 'カウチャリ・オラロス鉱山')?.properties?.share).toBeCloseTo(0.467);
    expect(between(doc, '住友商事', 'HOLDS_STAKE_IN', 'カウチャリ・オラロス鉱山')).toBeDefined();
  });

  test('a list under a lead of market shares gives no stake', () => {
    const doc = extractText('アルゼンチンのカウチャリ・オラロス鉱山は大型リチウム事業だ。世界のリチウム市場のシェアは次の通り。\n\n- 三菱商事：30％\n', 'invented.ja.md');
    expect(between(doc, '三菱商事', 'HOLDS_STAKE_IN', 'カウチャリ・オラロス鉱山')).toBeUndefined();
  });
});

describe('Japanese and Chinese shares whose holding stands elsewhere', () => {
  test('the rest of a share with no stake before it is of the project the sentence names', () => {
    const doc = extractText('バロッサ・ガス田には三井物産が20％を出資し、残る80％は住友商事が保有する。', 'invented.ja.txt');
    expect(between(doc, '住友商事', 'HOLDS_STAKE_IN', 'バロッサ・ガス田')?.properties?.share).toBeCloseTo(0.8);
  });

  test('a holder opening the sentence invests in the project named after a long description', () => {
    const doc = extractText('住友商事は、インドネシア国営石油会社プルタミナが東カリマンタンで進める製油所事業「バリクパパン製油所」に20％出資すると発表した。', 'invented.ja.txt');
    expect(between(doc, '住友商事', 'HOLDS_STAKE_IN', 'バリクパパン製油所')?.properties?.share).toBeCloseTo(0.2);
    expect(between(doc, 'プルタミナ', 'HOLDS_STAKE_IN', 'バリクパパン製油所')).toBeUndefined();
  });

  test('the rest of a share is of the firm the sentence gave the first share of, not of the project the passage is about', () => {
    const doc = extractText('卡马蒂维锂矿是津巴布韦的大型锂矿。雅化集团持有卡马蒂维锂矿的运营商力拓60%股权，三井物产持有其余40%。');
    expect(between(doc, '三井物产', 'HOLDS_STAKE_IN', '力拓')?.properties?.share).toBeCloseTo(0.4);
    expect(between(doc, '三井物产', 'HOLDS_STAKE_IN', '卡马蒂维锂矿')).toBeUndefined();
  });

  test('shares after a body is formed are shares of that body', () => {
    const doc = extractText('丰田通商与澳大利亚矿商合资成立天青石锂业公司，开发卡塔马卡锂矿，丰田通商持股51%，力拓持股49%。');
    expect(between(doc, '丰田通商', 'HOLDS_STAKE_IN', '天青石锂业公司')?.properties?.share).toBeCloseTo(0.51);
    expect(between(doc, '力拓', 'HOLDS_STAKE_IN', '天青石锂业公司')?.properties?.share).toBeCloseTo(0.49);
  });
});
