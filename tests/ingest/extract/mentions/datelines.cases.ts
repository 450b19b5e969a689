import { extractText, typeOf } from '../helpers';

/** Chinese bylines and spokespeople quoted on a day (mentions/datelines.ts, mentions/people.ts). Invented sentences. */
describe('reporters in bylines', () => {
  test('a reporter in brackets after the dateline, and one closing the line or before the date', () => {
    expect(typeOf(extractText('新华社卢萨卡3月2日电（记者李明）赞比亚政府宣布扩大铜矿出口。'), '李明')).toBe('Person');
    expect(typeOf(extractText('财经日报记者 孙海 2025-03-02 08:15'), '孙海')).toBe('Person');
    expect(typeOf(extractText('环球报／编译吴子豪'), '吴子豪')).toBe('Person');
  });

  test('记者 before ordinary words names nobody', () => {
    const doc = extractText('部长在记者会上表示，记者都已到场。');
    expect(doc.entities.filter((e) => e.type === 'Person')).toHaveLength(0);
  });
});

describe('a spokesperson quoted on a day', () => {
  test('the day between the name and the verb', () => {
    expect(typeOf(extractText('俄罗斯外交部发言人扎哈罗娃12日表示，莫斯科将作出回应。'), '扎哈罗娃')).toBe('Person');
    expect(typeOf(extractText('印尼能源部发言人苏德拉3日在记者会上说，出口禁令不变。'), '苏德拉')).toBe('Person');
  });
});

describe('bodies named whole', () => {
  test('a ministry of two remits joined by 和, and a secretariat', () => {
    const doc = extractText('哈萨克斯坦能源和重工业部表示，据智利矿业秘书处统计，产量增加。');
    expect(typeOf(doc, '哈萨克斯坦能源和重工业部')).toBe('Organization');
    expect(typeOf(doc, '智利矿业秘书处')).toBe('Organization');
  });

  test('a mission named by its state and its host, not an ambassador', () => {
    const doc = extractText('日本驻印尼大使馆发表声明。中国驻蒙古国大使沈敏娟出席仪式。');
    expect(typeOf(doc, '日本驻印尼大使馆')).toBe('Organization');
    expect(doc.entities.some((e) => e.name.endsWith('大使'))).toBe(false);
  });
});
