import { between, extractText } from './helpers';

/** Chinese relations of the ninth round: subjects carried across clauses, sources of output, holdings and offtakes in noun phrases, funding. */

describe('Chinese projects written again without their head word', () => {
  test('a field named in full and then by its stem is the same project, which later clauses take', () => {
    const doc = extractText('哈萨克斯坦的石油主要来自卡沙甘诺尔油田。田吉兹油田的产量也很大。卡沙甘诺尔由埃尼担任作业者，埃克森美孚持股25%。');
    expect(between(doc, '埃尼', 'DEVELOPS', '卡沙甘诺尔油田')).toBeDefined();
    expect(between(doc, '埃克森美孚', 'HOLDS_STAKE_IN', '卡沙甘诺尔油田')).toBeDefined();
    expect(between(doc, '埃克森美孚', 'HOLDS_STAKE_IN', '田吉茲油田')).toBeUndefined();
  });

  test('a stem stands for the project alone, not where it runs into a place word', () => {
    const alone = extractText('力拓开发卡拉玛雷斯铜矿。卡拉玛雷斯位于智利北部。');
    expect(between(alone, '卡拉玛雷斯铜矿', 'LOCATED_IN', '智利')).toBeDefined();
    const desert = extractText('力拓开发卡拉玛雷斯铜矿。卡拉玛雷斯沙漠位于智利北部。');
    expect(between(desert, '卡拉玛雷斯铜矿', 'LOCATED_IN', '智利')).toBeUndefined();
  });
});

describe('Chinese output stated as the source of a commodity', () => {
  test('a commodity coming from a project: the project produces it', () => {
    const doc = extractText('智利的铜精矿主要来自安托法加斯塔大区的埃斯康迪达铜矿。');
    expect(between(doc, '埃斯康迪达铜矿', 'PRODUCES', '銅精礦')).toBeDefined();
  });

  test('a commodity coming from a state is no production statement of this kind', () => {
    const doc = extractText('日本约三成的液化天然气来自澳大利亚。');
    expect(between(doc, '澳大利亞', 'PRODUCES', '液化天然氣')).toBeUndefined();
    expect(between(doc, '日本', 'IMPORTS_FROM', '澳大利亞')).toBeDefined();
  });
});

describe('Chinese holdings inside a noun phrase', () => {
  test('a holder and 控股的 before the project', () => {
    const doc = extractText('据报道，必和必拓控股的埃斯康迪达铜矿今年产量大增。');
    expect(between(doc, '必和必拓', 'HOLDS_STAKE_IN', '埃斯康迪达铜矿')).toBeDefined();
  });

  test('及其拥有的: the firm before 及 holds what follows', () => {
    const doc = extractText('紫金矿业宣布收购艾芬豪矿业及其拥有的卡莫阿铜矿的部分权益。');
    expect(between(doc, '艾芬豪矿业', 'HOLDS_STAKE_IN', '卡莫阿铜矿')).toBeDefined();
    expect(between(doc, '紫金矿业', 'HOLDS_STAKE_IN', '卡莫阿铜矿')).toBeUndefined();
  });

  test('names holding a share together each hold it; of names merely listed, only the last', () => {
    const joint = extractText('三井物产与三菱商事共同持股30%的萨哈林2号项目面临制裁风险。');
    expect(between(joint, '三井物產', 'HOLDS_STAKE_IN', '庫頁島2號')).toBeDefined();
    expect(between(joint, '三菱商事', 'HOLDS_STAKE_IN', '庫頁島2號')).toBeDefined();
    const listed = extractText('三菱商事与俄罗斯石油公司持股49%的纳亚拉能源都在采购俄油。');
    expect(between(listed, '俄罗斯石油公司', 'HOLDS_STAKE_IN', '纳亚拉能源')).toBeDefined();
    expect(between(listed, '三菱商事', 'HOLDS_STAKE_IN', '纳亚拉能源')).toBeUndefined();
  });

  test('only the name right before 旗下 owns the subsidiary, and a partner joined by 与 after it is none', () => {
    const list = extractText('三菱商事与嘉能可旗下的托克公司表示。');
    expect(between(list, '托克集团', 'PART_OF', '嘉能可')).toBeDefined();
    expect(between(list, '托克集团', 'PART_OF', '三菱商事')).toBeUndefined();
    const partner = extractText('埃克森美孚旗下研究部门与中国石化签署合同。');
    expect(between(partner, '中國石油化工集團', 'PART_OF', '埃克森美孚')).toBeUndefined();
    expect(between(partner, '中國石油化工集團', 'COOPERATES_WITH', '埃克森美孚')).toBeDefined();
  });
});

describe('Chinese offtake contracts', () => {
  test('the firm after 与 in a purchase-and-sale contract supplies the subject', () => {
    const doc = extractText('中国石化与埃克森美孚签署为期20年的液化天然气购销协议。');
    expect(between(doc, '埃克森美孚', 'SUPPLIES', '中國石油化工集團')).toBeDefined();
  });

  test('a clause after the contract that says who supplies leaves the rule out', () => {
    const doc = extractText('埃克森美孚与中国石化签署购销协议，每年向中国石化供应200万吨液化天然气。');
    expect(between(doc, '中國石油化工集團', 'SUPPLIES', '埃克森美孚')).toBeUndefined();
    expect(between(doc, '埃克森美孚', 'SUPPLIES', '中國石油化工集團')).toBeDefined();
  });
});

describe('Chinese funding', () => {
  test('a funder and 资助 before the firm funded', () => {
    const doc = extractText('日本经济产业省正资助三菱商事在越南勘探稀土。');
    expect(between(doc, '經濟產業省', 'INVESTS_IN', '三菱商事')).toBeDefined();
  });

  test('funds received in a clause whose subject is carried: the lender invests in the receiver, and builds nothing', () => {
    const doc = extractText('丰田通商在阿根廷建设碳酸锂工厂，并获得日本国际协力银行贷款兴建码头。');
    expect(between(doc, '日本國際協力銀行', 'INVESTS_IN', '豐田通商')).toBeDefined();
    expect(doc.relations.some((r) => r.type === 'DEVELOPS' && r.subject === doc.entities.find((e) => e.name === '日本國際協力銀行')?.id)).toBe(false);
  });
});

describe('Chinese output stated with its quantity', () => {
  test('a project, a time, a verb of producing, the commodity and how much', () => {
    const doc = extractText('据统计，卡莫阿铜矿今年生产铜精矿约40万吨。');
    expect(between(doc, '卡莫阿铜矿', 'PRODUCES', '銅精礦')).toBeDefined();
  });

  test('each project of a list with its original in brackets produces what they produced together', () => {
    const doc = extractText('卡莫阿铜矿（Kamoa）和埃斯康迪达铜矿去年共生产铜精矿约150万吨。');
    expect(between(doc, '卡莫阿铜矿', 'PRODUCES', '銅精礦')).toBeDefined();
    expect(between(doc, '埃斯康迪达铜矿', 'PRODUCES', '銅精礦')).toBeDefined();
  });

  test('without a quantity of the commodity there is no output statement', () => {
    const doc = extractText('中国去年生产稀土技术专利约300件。');
    expect(between(doc, '中国', 'PRODUCES', '稀土')).toBeUndefined();
  });
});

describe('Chinese 该矿 referring back to the mine', () => {
  test('该矿 opens a clause about the mine just named: its output and where it goes', () => {
    const doc = extractText('紫金矿业完成对卡莫阿铜矿的收购，该矿年产铜精矿约40万吨，产品全部运往中国。');
    expect(between(doc, '卡莫阿铜矿', 'PRODUCES', '銅精礦')).toBeDefined();
    expect(between(doc, '卡莫阿铜矿', 'SUPPLIES', '中國')).toBeDefined();
  });

  test('a holder of 该矿 holds the mine', () => {
    const doc = extractText('洛阳钼业收购腾科芬古鲁梅铜钴矿，目前持有该矿80%权益。');
    expect(between(doc, '洛阳钼业', 'HOLDS_STAKE_IN', '腾科芬古鲁梅铜钴矿')?.properties.share).toBe(0.8);
  });
});

describe('Chinese transliterations the segmenter cuts into single characters', () => {
  test('a sound character tagged as a word of its own stays in the foreign name', () => {
    const doc = extractText('力拓控股的奥尤陶勒盖铜矿今年扩产。');
    expect(doc.entities.some((e) => e.name === '奥尤陶勒盖铜矿')).toBe(true);
    expect(between(doc, '力拓', 'HOLDS_STAKE_IN', '奥尤陶勒盖铜矿')).toBeDefined();
  });
});

describe('Chinese stakes read from the clause around them', () => {
  test('前者 / 后者 after two partners joined by 与, a firm and a state', () => {
    const doc = extractText('力拓开发卡拉玛雷斯铜矿（Caramarés）。卡拉玛雷斯铜矿由力拓与智利政府合资经营，前者持股70%，后者持股30%。');
    expect(between(doc, '力拓', 'HOLDS_STAKE_IN', '卡拉玛雷斯铜矿')?.properties.share).toBe(0.7);
    expect(between(doc, '智利', 'HOLDS_STAKE_IN', '卡拉玛雷斯铜矿')?.properties.share).toBe(0.3);
  });

  test('the rest held after a passive holder is of the thing that opened the sentence', () => {
    const doc = extractText('阿尔托铜业公司由紫金矿业与艾芬豪矿业组成的卡莫阿控股公司持有60%股份，几内亚政府持有其余40%。');
    expect(between(doc, '几内亚', 'HOLDS_STAKE_IN', '阿尔托铜业公司')?.properties.share).toBe(0.4);
  });

  test('the stage of the project between the verb and the project held', () => {
    const doc = extractText('三井物产持有在建的莫桑比克液化天然气项目20%权益。');
    expect(between(doc, '三井物產', 'HOLDS_STAKE_IN', '莫三比克LNG')?.properties.share).toBe(0.2);
  });

  test('a stem may end in Latin letters (萨默塞特B核电厂 → 萨默塞特B)', () => {
    const doc = extractText('英国萨默塞特B核电厂（Somerset B）将兴建。法国电力集团持有萨默塞特B约60%股份。');
    expect(between(doc, '法国电力集团', 'HOLDS_STAKE_IN', '萨默塞特B核电厂') ?? between(doc, '法国电力公司', 'HOLDS_STAKE_IN', '萨默塞特B核电厂')).toBeDefined();
  });

  test('a function character the segmenter glues to an unknown word ends the name before it', () => {
    const doc = extractText('马亨格石墨矿由黑岩矿业与坦桑尼亚政府合资经营。');
    expect(doc.entities.some((e) => e.name === '黑岩矿业' || e.aliases.includes('黑岩矿业'))).toBe(true);
    expect(doc.entities.some((e) => e.name.includes('由'))).toBe(false);
  });
});

describe('Chinese counted references to more than two names', () => {
  test('三家公司 after three firms stands for all three, each paired with its share by 分别', () => {
    const doc = extractText('卡莫阿铜矿的股东包括紫金矿业、艾芬豪矿业和必和必拓，三家公司分别持有卡莫阿铜矿45%、35%和20%的权益。');
    expect(between(doc, '紫金矿业', 'HOLDS_STAKE_IN', '卡莫阿铜矿')?.properties.share).toBe(0.45);
    expect(between(doc, '艾芬豪矿业', 'HOLDS_STAKE_IN', '卡莫阿铜矿')?.properties.share).toBe(0.35);
    expect(between(doc, '必和必拓', 'HOLDS_STAKE_IN', '卡莫阿铜矿')?.properties.share).toBe(0.2);
  });

  test('a count larger than the names before refers to nothing', () => {
    const doc = extractText('紫金矿业和艾芬豪矿业看好刚果。五家公司分别持有卡莫阿铜矿45%、35%、10%、5%和5%的权益。');
    expect(between(doc, '紫金矿业', 'HOLDS_STAKE_IN', '卡莫阿铜矿')).toBeUndefined();
  });
});

describe('Chinese officers whose firm the title leaves to the passage', () => {
  test('a region and 区 before the title: the officer leads the firm, not the region', () => {
    const doc = extractText('沃旭能源（Ørsted）在台湾投资。该公司亚太区总裁柏森文说，沃旭将兴建新风场。');
    expect(between(doc, '柏森文', 'LEADS', '沃旭能源')).toBeDefined();
    expect(between(doc, '柏森文', 'LEADS', '亞洲')).toBeUndefined();
  });

  test('a bare 公司 opening the clause before the title is the firm the passage is about; a joint venture is not', () => {
    const bare = extractText('洛阳钼业宣布扩产。洛阳钼业的产量创新高。公司董事长袁宏林说，扩产将如期完成。');
    expect(between(bare, '袁宏林', 'LEADS', '洛阳钼业')).toBeDefined();
    const venture = extractText('洛阳钼业宣布扩产。洛阳钼业与宁德时代成立合资公司。合资公司董事长张伟说，扩产将如期完成。');
    expect(between(venture, '张伟', 'LEADS', '洛阳钼业')).toBeUndefined();
  });
});

describe('Chinese supply stated by a referring subject, 对华 or output sold', () => {
  test('该管道 refers back to the pipeline just named', () => {
    const doc = extractText('中亚天然气管道（Central Asia-China Gas Pipeline）很长。2023年，该管道向中国输送天然气约430亿立方米。');
    expect(between(doc, '中亞天然氣管道', 'SUPPLIES', '中國')).toBeDefined();
  });

  test('华 between 对 and 出口 is China', () => {
    const doc = extractText('2024年智利对华出口额约为400亿美元。');
    expect(between(doc, '智利', 'SUPPLIES', '中國')).toBeDefined();
  });

  test('output sold to a buyer is supplied to it; a stake sold is not', () => {
    const sold = extractText('必和必拓将其铁矿石全部卖给宝武钢铁集团。');
    expect(between(sold, '必和必拓', 'SUPPLIES', '中国宝武钢铁集团')).toBeDefined();
    const stake = extractText('力拓将股份出售给中国铝业集团。');
    expect(stake.relations.some((r) => r.type === 'SUPPLIES')).toBe(false);
  });
});

describe('Chinese joint ventures named with their partners', () => {
  test('a pair that forms a joint venture, with a place between, cooperates', () => {
    const doc = extractText('必和必拓与力拓在智利组建合资公司。');
    expect(between(doc, '必和必拓', 'COOPERATES_WITH', '力拓')).toBeDefined();
  });

  test('partners after 由 that run a project through a joint venture develop it and cooperate, a state by its government', () => {
    const doc = extractText('力拓开发卡拉玛雷斯铜矿（Caramarés）。卡拉玛雷斯铜矿由力拓与智利政府合资经营。');
    expect(between(doc, '智利', 'DEVELOPS', '卡拉玛雷斯铜矿')).toBeDefined();
    expect(between(doc, '力拓', 'COOPERATES_WITH', '智利')).toBeDefined();
  });
});
