import { between, extractText } from './helpers';

/** Chinese of the tenth round: names by sound typed by where or what they are, and where they lie. */

describe('Chinese places by sound located by a position in a state', () => {
  test('a state, a position word and 的 before an unknown name: a place in that state', () => {
    const doc = extractText('铁路终点位于赞比亚中部的卡皮里姆波希。');
    expect(between(doc, '卡皮里姆波希', 'LOCATED_IN', '尚比亞')).toBeDefined();
  });

  test('what the place is in the state: its largest port', () => {
    const doc = extractText('货物经莫桑比克最大港口马普托运往欧洲。');
    expect(between(doc, '马普托', 'LOCATED_IN', '莫三比克')).toBeDefined();
  });

  test('a sea between the state and the coast word: the place is in the state, and the sea is not', () => {
    const doc = extractText('管道起点位于哈萨克斯坦里海沿岸的阿特劳。');
    expect(between(doc, '阿特勞', 'LOCATED_IN', '哈薩克')).toBeDefined();
    expect(between(doc, '阿特勞', 'LOCATED_IN', '裏海')).toBeUndefined();
    expect(between(doc, '裏海', 'LOCATED_IN', '哈薩克')).toBeUndefined();
  });

  test('a port whose head word the segmenter glues to the next character is still found', () => {
    const doc = extractText('该走廊以安哥拉大西洋沿岸的洛比托港为起点。');
    expect(between(doc, '洛比托港', 'LOCATED_IN', '安哥拉')).toBeDefined();
    expect(between(doc, '大西洋', 'LOCATED_IN', '安哥拉')).toBeUndefined();
  });

  test('an ordinary word after a position is no name', () => {
    const doc = extractText('智利北部的阿塔卡马沙漠气候干燥，巴西南部的天然气需求上升。');
    expect(doc.entities.some((e) => e.name === '阿塔卡马')).toBe(false);
  });
});

describe('Chinese route statements', () => {
  test('a pipeline from one end through listed places to the other lies in each', () => {
    const doc = extractText('中亚天然气管道西起土库曼斯坦的萨曼杰佩，经乌兹别克斯坦的布哈拉、塔什干至奇姆肯特，全长约1800公里。');
    expect(between(doc, '中亞天然氣管道', 'LOCATED_IN', '萨曼杰佩')).toBeDefined();
    expect(between(doc, '中亞天然氣管道', 'LOCATED_IN', '奇姆肯特')).toBeDefined();
  });
});

describe('Chinese firms by sound described by their nationality', () => {
  test('a state and a description ending in a word for a firm before a name by sound: a firm of that state', () => {
    const doc = extractText('该公司由葡萄牙建筑商莫塔-恩吉尔和当地企业共同持股。');
    expect(between(doc, '莫塔-恩吉尔', 'LOCATED_IN', '葡萄牙')).toBeDefined();
  });
});
