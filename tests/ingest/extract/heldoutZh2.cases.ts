import { between, extractText, typeOf } from './helpers';

/** Chinese text written after the rules: kinds of sentence the second held-out round taught. */

describe('Chinese firms, places and participants on unseen text', () => {
  test('a firm whose name opens with its state names that state, but the name alone states no seat', () => {
    const doc = extractText('科威特石油公司（KPC）宣布擴大煉油產能。');
    expect(typeOf(doc, '科威特')).toBe('State');
    expect(typeOf(doc, '科威特石油公司')).toBe('Firm');
    expect(between(doc, '科威特石油公司', 'LOCATED_IN', '科威特')).toBeUndefined();
  });

  test('a body named by its state and what it does keeps the state in its name', () => {
    const doc = extractText('秘魯國家石油公司宣布擴建塔拉拉煉油廠。');
    expect(typeOf(doc, '秘魯國家石油公司')).toBe('Firm');
    expect(between(doc, '秘魯國家石油公司', 'LOCATED_IN', '秘魯')).toBeUndefined();
  });

  test('a paired name that is only description words starts at the state or region before it', () => {
    const doc = extractText('美國國際開發金融公司（DFC）與亞洲開發銀行（ADB）共同為該電站提供融資。');
    expect(typeOf(doc, '美國國際開發金融公司')).toBeDefined();
    expect(typeOf(doc, '亞洲開發銀行')).toBeDefined();
    expect(between(doc, '美國國際開發金融公司', 'LOCATED_IN', '美國')).toBeUndefined();
  });

  test('a Chinese firm registered under 中国 keeps it; a trade word (石化, 锂业) ends a firm name', () => {
    const doc = extractText('中国华信集团与恒力石化在几内亚合作开发铝土矿。');
    expect(typeOf(doc, '中国华信集团')).toBe('Firm');
    expect(typeOf(doc, '恒力石化')).toBe('Firm');
    expect(between(doc, '中国华信集团', 'LOCATED_IN', '中国')).toBeUndefined();
    // A state written before a firm as its modifier is its seat.
    expect(between(extractText('法国道达尔能源公司在卡塔尔投资天然气项目。'), '道达尔能源公司', 'LOCATED_IN', '法国')).toBeDefined();
    const compound = extractText('日本企业向越南出口石油石化设备。');
    expect(compound.entities.some((e) => e.name.endsWith('石化'))).toBe(false);
  });

  test('participants listed after 參與者包括 take part in the project named before', () => {
    const doc = extractText('藍鯨氫能項目由住友商事主導，參與者包括三井物產、三菱商事與伊藤忠商事。');
    for (const firm of ['三井物產', '三菱商事', '伊藤忠商事']) {
      const part = between(doc, firm, 'PARTICIPATES_IN', '藍鯨氫能項目');
      expect(part?.evidence[0].sentence).toContain('參與者包括');
    }
  });

  test('participants listed after 參與…的還有 take part in the project after 參與', () => {
    const doc = extractText('參與蒙巴薩走廊建設的還有世界銀行、亞洲開發銀行（ADB）與日本國際協力銀行。');
    expect(between(doc, '亞洲開發銀行', 'PARTICIPATES_IN', '蒙巴薩走廊')).toBeDefined();
    expect(typeOf(doc, '亞洲開發銀行')).toBe('Organization');
  });

  test('holders listed after 由 hold the firm, each with its share when 分別 pairs them', () => {
    const doc = extractText('北海能源公司由住友商事、三井物產和丸紅分別持股40%、35%和25%。');
    expect(between(doc, '住友商事', 'HOLDS_STAKE_IN', '北海能源公司')?.properties.share).toBe(0.4);
    expect(between(doc, '三井物產', 'HOLDS_STAKE_IN', '北海能源公司')?.properties.share).toBe(0.35);
    expect(between(doc, '丸紅', 'HOLDS_STAKE_IN', '北海能源公司')?.properties.share).toBe(0.25);
  });

  test('partners of a joint venture cooperate and hold it with the shares that 雙方分別 gives them', () => {
    const doc = extractText('三井物產與三菱商事合資經營阿穆爾能源公司，雙方分別持股60%和40%。');
    expect(between(doc, '三井物產', 'HOLDS_STAKE_IN', '阿穆爾能源公司')?.properties.share).toBe(0.6);
    expect(between(doc, '三菱商事', 'HOLDS_STAKE_IN', '阿穆爾能源公司')?.properties.share).toBe(0.4);
    expect(between(doc, '三井物產', 'COOPERATES_WITH', '三菱商事')).toBeDefined();
  });

  test('a place written right after a known province lies in it', () => {
    const doc = extractText('中国石化在山东东营建设一座新的炼油厂。');
    expect(typeOf(doc, '山东')).toBe('Place');
    expect(between(doc, '东营', 'LOCATED_IN', '山东')).toBeDefined();
  });

  test('a foreign name written by sound before a feature or region head is a place', () => {
    const doc = extractText('新气田位于哈巴罗夫斯克边疆区以北的吉丹半岛。');
    expect(typeOf(doc, '吉丹半岛')).toBe('Place');
    expect(typeOf(doc, '哈巴罗夫斯克边疆区')).toBe('Place');
  });

  test('a short form defined in brackets names the same firm in later sentences', () => {
    const doc = extractText('恒力集团持有大连长兴岛石化有限公司（长兴石化）60%股份。去年，沙特阿美开始向长兴石化供应原油。');
    const full = doc.entities.find((e) => e.aliases.includes('大连长兴岛石化有限公司'));
    expect(full?.aliases).toContain('长兴石化');
    expect(between(doc, '沙特阿美', 'SUPPLIES', '长兴石化')?.object).toBe(full?.id);
  });
});
