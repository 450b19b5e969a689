import { between, extractText, typeOf } from './helpers';

/** Chinese news and analysis written after the rules: kinds of name the fifth held-out round taught. */

describe('names written by sound with their Latin original and no head word', () => {
  test('a description ending in a firm word before the name types it and stays out of it', () => {
    const doc = extractText('挪威電力業者斯塔克拉夫特（Statkraft）持股30%，其餘由荷蘭投資公司馬奎爾（Maquire）持有。');
    expect(typeOf(doc, '斯塔克拉夫特')).toBe('Firm');
    expect(typeOf(doc, 'Statkraft')).toBe('Firm');
    expect(typeOf(doc, '馬奎爾')).toBe('Firm');
    expect(typeOf(doc, '公司馬奎爾')).toBeUndefined();
  });

  test('a person titled after the description keeps the person reading', () => {
    const doc = extractText('阿曼石油公司總裁哈立德（Khalid Hamdan）表示，新油田明年投產。');
    expect(typeOf(doc, '哈立德')).toBe('Person');
    expect(typeOf(doc, '總裁哈立德')).toBeUndefined();
  });

  test('a copula and a description ending in a head word after the name type it', () => {
    const doc = extractText('卡曼戈（Kamango）是中非地區規模最大的銅鈷礦床之一。');
    expect(typeOf(doc, '卡曼戈')).toBe('Project');
  });

  test('a word of place after the name makes it a place, and the head alone makes no project', () => {
    const doc = extractText('两座矿山都位于北部的图库拉（Tukula）附近，是该国最大的铁矿床。');
    expect(typeOf(doc, '图库拉')).toBe('Place');
    expect(doc.entities.some((e) => e.name.endsWith('铁矿床'))).toBe(false);
  });
});

describe('heads and places of the fifth round', () => {
  test('a power plant named with a letter before its head is a project, a county is a place', () => {
    const doc = extractText('英國政府將在肯特郡興建道格拉斯B核電廠（Douglas B），由法國電力集團負責營運。');
    expect(typeOf(doc, '道格拉斯B核電廠')).toBe('Project');
    expect(typeOf(doc, '肯特郡')).toBe('Place');
  });

  test('capitals and regions are places in either script, and a region lies in the state before it', () => {
    const doc = extractText('巴基斯坦俾路支省的安全局勢惡化，伊斯蘭堡與利雅得正商談礦業投資。');
    expect(typeOf(doc, '俾路支省')).toBe('Place');
    expect(typeOf(doc, '伊斯蘭堡')).toBe('Place');
    expect(typeOf(doc, '利雅得')).toBe('Place');
    expect(between(doc, '俾路支省', 'LOCATED_IN', '巴基斯坦')).toBeDefined();
  });
});
