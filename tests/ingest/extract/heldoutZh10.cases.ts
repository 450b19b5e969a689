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

describe('Chinese firms described by nationality and trade', () => {
  test('a firm head word inside the description is no part of the name', () => {
    const doc = extractText('国家电网收购巴西第三大电力公司CPFL能源公司的股份。');
    expect(between(doc, 'CPFL能源公司', 'LOCATED_IN', '巴西')).toBeDefined();
    expect(doc.entities.some((e) => e.name.startsWith('大电力公司'))).toBe(false);
  });

  test('a description naming the firm after it keeps the state as the firm\'s', () => {
    const doc = extractText('菲律宾企业PXP能源持有该区块的权益。');
    expect(between(doc, 'PXP能源', 'LOCATED_IN', '菲律賓')).toBeDefined();
  });

  test('a giant of a trade: the firm of that state', () => {
    const doc = extractText('法国能源巨擘道达尔能源宣布投资。');
    expect(between(doc, '道達爾', 'LOCATED_IN', '法國')).toBeDefined();
  });

  test('a listed company after the state: the builder after 由 is still read', () => {
    const doc = extractText('科瓦内湾项目由澳大利亚上市公司能源转型矿业开发。');
    expect(between(doc, '能源转型矿业', 'DEVELOPS', '科瓦内湾项目')).toBeDefined();
    expect(doc.entities.some((e) => e.name === '上市公司')).toBe(false);
  });
});

describe('Chinese operators and builders in noun phrases and passives', () => {
  test('由 X 作业: the operator', () => {
    const doc = extractText('卡沙甘油田由埃尼作业，产量逐年上升。');
    expect(between(doc, '埃尼', 'DEVELOPS', '卡沙甘油田')).toBeDefined();
  });

  test('X 承建的 Y and 由 X 援建的 Y: the builder', () => {
    const built = extractText('中国电建承建的卡鲁玛水电站已经投产。');
    expect(between(built, '中国电力建设集团', 'DEVELOPS', '卡鲁玛水电站')).toBeDefined();
    const aided = extractText('这条由中国援建的坦赞铁路意义重大。');
    expect(between(aided, '中國', 'DEVELOPS', '坦贊鐵路')).toBeDefined();
  });

  test('负责运营 Y 的 X: the firm runs the project', () => {
    const doc = extractText('世界银行向负责运营纳卡拉铁路的维塔物流公司提供贷款。');
    expect(between(doc, '维塔物流公司', 'DEVELOPS', '纳卡拉铁路')).toBeDefined();
  });

  test('a list of firms and their projects, one a line', () => {
    const doc = extractText('紫金矿业：里奥布兰科铜矿，尚处于规划阶段');
    expect(between(doc, '紫金矿业', 'DEVELOPS', '里奥布兰科铜矿')).toBeDefined();
  });

  test('a Japanese stake line is no operator line', () => {
    const doc = extractText('丸紅：センチネラ銅鉱山に30％出資', 'x.ja.txt');
    expect(doc.relations.some((r) => r.type === 'DEVELOPS')).toBe(false);
  });
});

describe('Chinese routes through states', () => {
  test('a pipeline passing through states and coming ashore in another lies in each', () => {
    const doc = extractText('跨亚得里亚海天然气管道（TAP）经希腊、阿尔巴尼亚，在意大利南部上岸。');
    expect(between(doc, '跨亚得里亚海天然气管道', 'LOCATED_IN', '希臘')).toBeDefined();
    expect(between(doc, '跨亚得里亚海天然气管道', 'LOCATED_IN', '義大利')).toBeDefined();
  });

  test('经 after 已 is an adverb, no route', () => {
    const doc = extractText('中哈原油管道已经哈萨克斯坦政府批准扩建。');
    expect(between(doc, '中哈原油管道', 'LOCATED_IN', '哈薩克')).toBeUndefined();
  });
});

describe('Chinese joint ventures that build a project', () => {
  test('partners after 由 that build it together, one described after its state, develop it and cooperate', () => {
    const doc = extractText('钱凯港由中远海运港口有限公司与秘鲁矿业公司火山矿业（Volcan）合资建设。');
    expect(between(doc, '火山矿业', 'DEVELOPS', '钱凯港')).toBeDefined();
    expect(between(doc, '秘魯', 'DEVELOPS', '钱凯港')).toBeUndefined();
    expect(between(doc, '火山矿业', 'LOCATED_IN', '秘魯')).toBeDefined();
  });
});

describe('Chinese projects by sound, blocks by number, and their holders', () => {
  test('what the project is in the state, then a list of names: each a project in that state', () => {
    const doc = extractText('土库曼斯坦主要气田多夫列塔巴德和雅什拉尔的产量持续增长。');
    expect(between(doc, '多夫列塔巴德', 'LOCATED_IN', '土庫曼')).toBeDefined();
    expect(between(doc, '雅什拉尔', 'LOCATED_IN', '土庫曼')).toBeDefined();
  });

  test('names listed before a count and a shared head are projects', () => {
    const doc = extractText('该公司取得萨尔托格兰德和伊泰普两座水电站的特许经营权。');
    expect(doc.entities.some((e) => e.name === '萨尔托格兰德' && e.type === 'Project')).toBe(true);
  });

  test('a block named by number in a state\'s waters lies there; numbered parts of one project are not blocks', () => {
    const doc = extractText('埃尼在安哥拉外海15区块发现石油。');
    expect(between(doc, '15区块', 'LOCATED_IN', '安哥拉')).toBeDefined();
    const parts = extractText('该矿分为北部1、2号区块和南部3、4号区块。');
    expect(parts.entities.some((e) => e.name.endsWith('号区块'))).toBe(false);
  });

  test('shareholders listed after 股东包括 each hold a stake', () => {
    const doc = extractText('卡沙甘油田的股东则包括埃尼、壳牌和中国石油等。');
    expect(between(doc, '埃尼', 'HOLDS_STAKE_IN', '卡沙干油田')).toBeDefined();
    expect(between(doc, '中國石油天然氣集團', 'HOLDS_STAKE_IN', '卡沙干油田')).toBeDefined();
  });
});

describe('Chinese foreign names in characters of women\'s names', () => {
  test('a president whose name is written with 娅 is found and leads the state', () => {
    const doc = extractText('坦桑尼亚总统萨米娅·苏卢胡·哈桑出席仪式。');
    expect(between(doc, '萨米娅·苏卢胡·哈桑', 'LEADS', '坦尚尼亞')).toBeDefined();
  });
});

describe('Chinese stakes of the operator and its partner', () => {
  test('a stake clause after the operator clause is the operator\'s', () => {
    const doc = extractText('卡沙甘油田由埃尼担任作业者，持股16.8%。');
    expect(between(doc, '埃尼', 'HOLDS_STAKE_IN', '卡沙干油田')).toBeDefined();
  });

  test('the operator and its partner each hold the share', () => {
    const doc = extractText('15区块由埃克森美孚担任作业者，与英国石油公司各持有40%权益。');
    expect(between(doc, '埃克森美孚', 'HOLDS_STAKE_IN', '15区块')).toBeDefined();
    expect(between(doc, '英国石油公司', 'HOLDS_STAKE_IN', '15区块')).toBeDefined();
  });
});

describe('Chinese operators in apposition', () => {
  test('the project, 营运商 and the firm: the firm runs it; the description before the project is no part of its name', () => {
    const doc = extractText('该公司持有全球最大铜矿埃斯康迪达（Escondida）运营商必和必拓的股份。');
    expect(between(doc, '必和必拓', 'DEVELOPS', 'Escondida')).toBeDefined();
    expect(doc.entities.some((e) => e.name.startsWith('全球最大'))).toBe(false);
  });
});
