import { between, extractText, typeOf } from './helpers';

/** Chinese relations referred back (前者 / 后者, joint ventures), by metonymy and by share: kinds the fifth held-out round left. */

describe('Chinese goods that go somewhere, and what stops the subject carrying', () => {
  test('a share of the exports going to a state carries the exporter of the clause before', () => {
    const doc = extractText('澳大利亚去年铁矿石出口量约9亿吨，其中约八成出口至中国。');
    expect(between(doc, '澳大利亚', 'SUPPLIES', '中国')).toBeDefined();
  });

  test('a state the goods pass through is no supplier', () => {
    const doc = extractText('去年伊朗日均出口原油约150万桶，其中超过一半经马来西亚转运后流向中国的独立炼油厂。');
    expect(between(doc, '伊朗', 'SUPPLIES', '中国')).toBeDefined();
    expect(between(doc, '马来西亚', 'SUPPLIES', '中国')).toBeUndefined();
  });

  test('a clause opening with a demonstrative of another type (该矿) stops the firm before carrying', () => {
    const doc = extractText('紫金矿业去年完成了对一座铜矿的扩建，该矿年产铜精矿约20万吨，产品全部运往中国。');
    expect(between(doc, '紫金矿业', 'SUPPLIES', '中国')).toBeUndefined();
  });
});

describe('Chinese references to the partners of a joint venture', () => {
  test('前者 and 后者 stand for the first and the second partner, each with its share', () => {
    const doc = extractText('卡邦加铜矿项目由菲律宾国家石油公司与日本丸红公司合资建设，前者持股60%，后者持股40%。');
    expect(between(doc, '菲律宾国家石油公司', 'HOLDS_STAKE_IN', '卡邦加铜矿项目')?.properties.share).toBe(0.6);
    expect(between(doc, '丸红公司', 'HOLDS_STAKE_IN', '卡邦加铜矿项目')?.properties.share).toBe(0.4);
  });

  test('后者 alone, with only one actor named before it, stands for nothing', () => {
    const doc = extractText('三井物产表示，后者持股30%。');
    expect(doc.relations.filter((r) => r.type === 'HOLDS_STAKE_IN')).toHaveLength(0);
  });

  test('partners of a joint venture cooperate also after 由', () => {
    const doc = extractText('该炼厂由三井物产与丸红公司合资经营，预计明年投产。');
    expect(between(doc, '三井物产', 'COOPERATES_WITH', '丸红公司')).toBeDefined();
  });

  test('a joint venture formed with a partner and left unnamed is cooperation', () => {
    const doc = extractText('埃克森美孚目前通过与卡塔尔能源公司组建的合资企业在当地生产液化天然气。');
    expect(between(doc, '埃克森美孚', 'COOPERATES_WITH', '卡塔尔能源公司')).toBeDefined();
  });
});

describe('Chinese administrations and capitals standing for their state', () => {
  test('a head named as leading a state earlier: his 政府 is that state', () => {
    const doc = extractText('塔吉克斯坦总统拉赫蒙出席了仪式。拉赫蒙政府高度依赖石油进口。');
    expect(between(doc, '塔吉克斯坦', 'DEPENDS_ON', '石油')).toBeDefined();
  });

  test('an administration restarting a policy: the state implements it', () => {
    const doc = extractText('美國總統川普表示將加強施壓。這是川普政府重啟對伊朗「極限施壓」政策以來的第二次。');
    expect(between(doc, '美國', 'IMPLEMENTS', '極限施壓')).toBeDefined();
  });

  test('a capital acting is its state; a capital as a place is not', () => {
    const acting = extractText('中国与俄罗斯签署协议。莫斯科将向北京供应天然气。');
    expect(between(acting, '俄罗斯', 'SUPPLIES', '中国')).toBeDefined();
    const place = extractText('日本首相岸田文雄在北京签署协议。');
    expect(typeOf(place, '北京')).toBe('Place');
  });

  test('a ban on exports or an export control is no supply', () => {
    const doc = extractText('美国与中国的贸易摩擦升级。北京随即宣布禁止向美国出口镓。');
    expect(between(doc, '中国', 'SUPPLIES', '美国')).toBeUndefined();
  });
});

describe('Chinese supply and dependence stated as a share', () => {
  test('a share of a commodity from a source, and 另有 one more source', () => {
    const doc = extractText('日本目前约三成液化天然气来自澳大利亚，另有约一成来自卡塔尔。');
    expect(between(doc, '日本', 'IMPORTS_FROM', '澳大利亚')).toBeDefined();
    expect(between(doc, '日本', 'IMPORTS_FROM', '卡塔尔')).toBeDefined();
  });

  test('a source in a list of sources imports nothing from the next', () => {
    const doc = extractText('2022年，日本进口铜的47.0%来自智利、12.0%来自秘鲁。');
    expect(between(doc, '智利', 'IMPORTS_FROM', '秘鲁')).toBeUndefined();
  });

  test('most imports passing a strait: the state depends on it', () => {
    const doc = extractText('日本约九成的进口原油经由霍尔木兹海峡运输。');
    expect(between(doc, '日本', 'DEPENDS_ON', '霍尔木兹海峡')).toBeDefined();
  });
});

describe('Chinese opposition by legal action, and loans', () => {
  test('arbitration brought against a government opposes its state', () => {
    const doc = extractText('力拓随后对蒙古国政府提起国际仲裁。');
    expect(between(doc, '力拓', 'OPPOSES', '蒙古国')).toBeDefined();
  });

  test('a loan of any size is an investment, not a supply', () => {
    const doc = extractText('日本国际协力银行向三井物产提供了约12亿美元贷款。');
    expect(between(doc, '日本国际协力银行', 'SUPPLIES', '三井物产')).toBeUndefined();
    expect(between(doc, '日本国际协力银行', 'INVESTS_IN', '三井物产')).toBeDefined();
  });
});
