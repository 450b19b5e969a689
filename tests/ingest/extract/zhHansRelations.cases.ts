import { entityId, extractText, relation, triples } from './helpers';

/** Simplified-Chinese relations a reader sees: sentence in, relation (type, parties, properties) out. */

describe('a clause without its own subject continues the one before', () => {
  test('又在…建设了: the developer of the first clause builds the second project too', () => {
    const doc = extractText('诺瓦泰克开发亚马尔液化天然气项目，又在摩尔曼斯克建设了北极液化天然气2号。');
    expect(relation(doc, 'novatek', 'DEVELOPS', 'arctic-lng-2')?.method).toContain('carried-subject');
  });

  test('two leaders meet, then sign: both sign', () => {
    const doc = extractText('普京与习近平在莫斯科会晤，签署了《中俄联合声明》。');
    const signed = triples(doc).filter((t) => t.includes(' SIGNS '));
    expect(signed.some((t) => t.startsWith('vladimir-putin'))).toBe(true);
    expect(signed.some((t) => t.startsWith('xi-jinping'))).toBe(true);
  });

  test('A 与 B 签署协议，收购…: only A buys, B is the partner it signed with', () => {
    const doc = extractText('2019年，三井物产与诺瓦泰克签署协议，收购北极液化天然气2号10%的股权。');
    expect(relation(doc, 'mitsui-and-co', 'ACQUIRES', 'arctic-lng-2')?.date).toBe('2019');
    expect(triples(doc)).not.toContain('novatek ACQUIRES arctic-lng-2');
  });

  test('the words of a speaker are not acts of the speaker', () => {
    const doc = extractText('俄罗斯外交部发言人称，将与日本维持合作关系。');
    expect(triples(doc).filter((t) => t.includes('COOPERATES_WITH'))).toEqual([]);
  });
});

describe('Chinese precision guards (simplified)', () => {
  test('联合体 is a consortium, not 联合 (joining forces): the members do not cooperate by it', () => {
    const doc = extractText('项目由法国德希尼布与日本的日挥和千代田化工建设组成的联合体承建。');
    expect(triples(doc).filter((t) => t.includes('COOPERATES_WITH'))).toEqual([]);
  });

  test('共同出资成立 gives stakes, neither a bare investment nor a cooperation', () => {
    const doc = extractText('三井物产与三菱商事共同出资成立日本北极液化天然气公司。');
    expect(triples(doc).filter((t) => t.includes('HOLDS_STAKE_IN'))).toHaveLength(2);
    expect(triples(doc).filter((t) => /INVESTS_IN|COOPERATES_WITH/.test(t))).toEqual([]);
  });

  test('日本企业 are Japanese firms: Japan is not the partner of the contract', () => {
    const doc = extractText('JOGMEC与日本企业签订共同勘探合同，开展联合勘探。');
    expect(triples(doc).filter((t) => t.includes('COOPERATES_WITH'))).toEqual([]);
  });

  test('an agreement named after two states, signed by two named people: the people sign', () => {
    const doc = extractText('岸田文雄与拜登在华盛顿签署了《日美能源协定》。');
    const signed = triples(doc).filter((t) => t.includes(' SIGNS '));
    expect(signed.some((t) => t.startsWith('fumio-kishida'))).toBe(true);
    expect(signed.filter((t) => t.startsWith('japan') || t.startsWith('united-states'))).toEqual([]);
  });

  test('attending a ceremony held at a port is not taking part in the port', () => {
    const doc = extractText('俄罗斯总统普京出席了在萨贝塔港举行的装船仪式。');
    expect(triples(doc).filter((t) => t.includes('PARTICIPATES_IN'))).toEqual([]);
  });

  test('投资 inside a name (中国投资有限责任公司) is no verb', () => {
    const doc = extractText('该基金由国家开发银行、中国投资有限责任公司和中国进出口银行共同出资。');
    expect(triples(doc).filter((t) => t.includes('INVESTS_IN china-development-bank') || t.includes('INVESTS_IN export-import-bank-of-china'))).toEqual([]);
  });
});

describe('organisations named inside other names', () => {
  test('a title built from a ministry name: the minister leads the ministry, the title is the role', () => {
    const doc = extractText('时任经济产业大臣西村康稔表示，将仔细评估措施的影响。');
    const leads = doc.relations.find((r) => r.type === 'LEADS' && r.object === 'meti');
    expect(leads?.properties.role).toBe('经济产业大臣');
  });

  test('a deputy minister does not lead the ministry', () => {
    const doc = extractText('经济产业副大臣太田房江访问了澳大利亚。');
    expect(triples(doc).filter((t) => t.includes('LEADS'))).toEqual([]);
  });

  test('a government body named after its state is in that state', () => {
    expect(triples(extractText('美国财政部把诺瓦泰克纳入制裁名单。'))).toContain('us-treasury LOCATED_IN united-states');
  });
});

describe('quantities, places and plans that state relations', () => {
  test('a share of the world’s capacity: the country produces the resource', () => {
    expect(triples(extractText('印度尼西亚在全球镍冶炼产能中约占五成。'))).toContain('indonesia PRODUCES nickel');
  });

  test('output concentrated in a country: it produces the resource', () => {
    expect(triples(extractText('钴的开采主要集中在刚果（金）。')).some((t) => t.endsWith('PRODUCES cobalt'))).toBe(true);
  });

  test('what a firm produces goes to the receiver named right after the verb', () => {
    const doc = extractText('诺瓦泰克扩建了亚马尔液化天然气项目，所产液化天然气优先供应中国。');
    expect(relation(doc, 'novatek', 'SUPPLIES', 'china')?.properties.resource).toBe('lng');
  });

  test('building in a state and place: the builder develops it, it is located there', () => {
    const doc = extractText('三井物产开发亚马尔液化天然气项目，又在俄罗斯摩尔曼斯克建设了北极液化天然气2号。');
    const built = doc.relations.filter((r) => r.type === 'DEVELOPS' && r.subject === 'mitsui-and-co');
    expect(built.length).toBeGreaterThanOrEqual(2);
    expect(triples(doc).filter((t) => t.includes('LOCATED_IN russia')).length).toBeGreaterThanOrEqual(1);
  });

  test('a policy a government will make is proposed, not implemented', () => {
    const doc = extractText('日本政府预计在2026年制定新的《氢能基本战略》。');
    expect(triples(doc).filter((t) => t.includes('IMPLEMENTS'))).toEqual([]);
    expect(triples(doc).filter((t) => t.includes('PROPOSES'))).toHaveLength(1);
  });

  test('bidding for a project is taking part in it', () => {
    expect(triples(extractText('丸红竞标莫桑比克液化天然气项目。')).filter((t) => t.includes('PARTICIPATES_IN'))).toHaveLength(1);
  });
});

describe('dependence, bans, accusations and seats', () => {
  test('resources that depend on imports: the state depends on each', () => {
    const doc = extractText('韩国制造业所需的锂、镍和钴等几乎全部依赖进口。');
    expect(triples(doc)).toEqual(expect.arrayContaining(['south-korea DEPENDS_ON lithium', 'south-korea DEPENDS_ON nickel', 'south-korea DEPENDS_ON cobalt']));
  });

  test('其…依赖进口: the state the passage is about, each resource with its share', () => {
    const doc = extractText('韩国是能源进口大国。其 92.5% 的石油供给与 80.1% 的煤炭供给依赖进口。');
    expect(relation(doc, 'south-korea', 'DEPENDS_ON', 'oil')?.properties.share).toBe(0.925);
    expect(relation(doc, 'south-korea', 'DEPENDS_ON', 'coal')?.properties.share).toBe(0.801);
  });

  test('refusing export licences bans each resource named', () => {
    const doc = extractText('2025年，中国宣布，原则上不予许可锂、石墨等物项对美国出口。');
    expect(triples(doc)).toEqual(expect.arrayContaining(['china BANS lithium', 'china BANS graphite']));
  });

  test('an accusation is opposition', () => {
    expect(triples(extractText('美国总统拜登在会上指责俄罗斯破坏能源安全。'))).toContain('joe-biden OPPOSES russia');
  });

  test('founded in a city: the organisation is there', () => {
    expect(triples(extractText('亚洲基础设施投资银行于2015年在北京成立。')).some((t) => t.endsWith('LOCATED_IN beijing'))).toBe(true);
  });

  test('three states whose coordination grows closer cooperate pairwise', () => {
    const doc = extractText('日美韩三国在半导体领域的协调日益密切。');
    expect(triples(doc).filter((t) => t.includes('COOPERATES_WITH'))).toHaveLength(3);
  });
});

test('a tariff threatened on a state’s goods opposes the state', () => {
  expect(triples(extractText('拜登威胁对俄罗斯商品加征50%关税。'))).toContain('joe-biden OPPOSES russia');
});

describe('both sides and titled people', () => {
  test('双方 after a meeting: the two people named before cooperate', () => {
    const doc = extractText('俄罗斯总统普京访问中国，与国家主席习近平会谈，双方同意深化能源合作。');
    const cooperation = triples(doc).filter((t) => t.includes('COOPERATES_WITH'));
    expect(cooperation.some((t) => t.includes('vladimir-putin') && t.includes('xi-jinping'))).toBe(true);
  });

  test('a state before a title and a person is the nationality, the person is the party', () => {
    const doc = extractText('岸田文雄与美国总统拜登会谈，就能源合作交换意见。');
    expect(triples(doc).filter((t) => t.includes('COOPERATES_WITH') && t.includes('united-states'))).toEqual([]);
  });
});

describe('两部门 / 这两个项目 refer to the last two of that type', () => {
  test('two bodies named in one sentence act together in the next as 两部门', () => {
    const doc = extractText('欧盟委员会与美国财政部联合发布声明。两部门随后宣布对俄罗斯实施制裁。');
    expect(relation(doc, 'european-commission', 'SANCTIONS', 'russia')).toBeDefined();
    expect(relation(doc, 'us-treasury', 'SANCTIONS', 'russia')).toBeDefined();
  });

  test('这两个项目的储量: both projects produce', () => {
    const doc = extractText('日本企业参与了萨哈林1号与萨哈林2号。这两个项目的石油储量为23亿桶和7.5亿桶。');
    expect(relation(doc, 'sakhalin-1', 'PRODUCES', 'oil')).toBeDefined();
    expect(relation(doc, 'sakhalin-2', 'PRODUCES', 'oil')).toBeDefined();
  });
});

describe('relations inside noun phrases (simplified)', () => {
  test('a committee named right after its parent body is part of it', () => {
    const doc = extractText('日本试图在国际标准化组织氢能技术委员会（ISO TC197）中发挥主导作用。');
    const unit = entityId(doc, '氢能技术委员会');
    expect(unit && relation(doc, unit, 'PART_OF', 'iso')).toBeTruthy();
  });

  test('与 + state + title + holder: the holder leads the state, with the title as role', () => {
    const doc = extractText('澳大利亚总理阿尔巴尼斯与印度尼西亚总统佐科签署了协议。');
    const widodo = entityId(doc, '佐科');
    expect(widodo && relation(doc, widodo, 'LEADS', 'indonesia')?.properties.role).toBe('总统');
  });

  test('a deputy after a preposition leads nothing', () => {
    const doc = extractText('普京与俄罗斯副总理诺瓦克会谈。');
    expect(triples(doc).filter((t) => t.includes(' LEADS russia') && !t.startsWith('vladimir-putin'))).toEqual([]);
  });

  test('作为 X 成员，S: membership written before the member', () => {
    const doc = extractText('作为七国集团成员，日本参与了对俄制裁。');
    expect(relation(doc, 'japan', 'MEMBER_OF', 'g7')).toBeDefined();
  });

  test('与 X 其他成员国相比，S: the compared state is a member', () => {
    const doc = extractText('与国际能源署其他成员国相比，韩国的石油储备天数较少。');
    expect(relation(doc, 'south-korea', 'MEMBER_OF', 'iea')).toBeDefined();
  });
});

describe('policies named, announced and issued together (simplified)', () => {
  test('a measure named in brackets after it is imposed is implemented by the bodies that open the clause', () => {
    const doc = extractText('2024年5月，欧盟委员会宣布对俄罗斯液化天然气转运实施限制措施（以下简称“转运管制”）。');
    const ban = entityId(doc, '转运管制');
    expect(ban && relation(doc, 'european-commission', 'IMPLEMENTS', ban)?.date).toBe('2024-05');
  });

  test('在 X 宣布 Y 后: X proposed Y', () => {
    const doc = extractText('在欧盟提出“碳边境调节机制”后，中国表示反对。');
    const cbam = entityId(doc, '碳边境调节机制');
    expect(cbam && relation(doc, 'european-union', 'PROPOSES', cbam)).toBeTruthy();
  });
});

describe('partners, signers and parts played (simplified)', () => {
  test('A 与 B 宣布，将合作…: the two are partners', () => {
    const doc = extractText('2024年，三井物产与诺瓦泰克宣布，将合作开发全固态电池技术。');
    expect(triples(doc)).toContain('mitsui-and-co COOPERATES_WITH novatek');
  });

  test('A 与 B 等国将出资: A acts with B', () => {
    const doc = extractText('日本与澳大利亚等国将出资支持东南亚的液化天然气接收站建设。');
    expect(triples(doc).some((t) => /^(japan COOPERATES_WITH australia|australia COOPERATES_WITH japan)$/.test(t))).toBe(true);
  });

  test('the partner written with state and title still signs', () => {
    const doc = extractText('岸田文雄与澳大利亚总理阿尔巴尼斯在珀斯签署了《日澳经济安全宣言》。');
    const signers = triples(doc).filter((t) => t.includes(' SIGNS ')).map((t) => t.split(' ')[0]);
    expect(signers).toContain('fumio-kishida');
    expect(signers.length).toBeGreaterThanOrEqual(2);
  });

  test('在 X 中发挥作用: taking part in a body', () => {
    const doc = extractText('在标准制定上，韩国积极在国际能源署中发挥主导作用。');
    expect(relation(doc, 'south-korea', 'PARTICIPATES_IN', 'iea')).toBeDefined();
  });

  test('与亚洲国家合作: Asian countries are the partners, not Asia', () => {
    const doc = extractText('日本只有强化与亚洲国家的合作，才能确保资源供给。');
    expect(triples(doc).filter((t) => t.includes('COOPERATES_WITH'))).toEqual([]);
  });
});

describe('laws and the laws they are made under (simplified)', () => {
  test('《A》以及《B》: both bracketed titles are objects', () => {
    const doc = extractText('2024年，韩国政府推动《氢能经济促进法》以及《资源安全保障法》立法。');
    const laws = triples(doc).filter((t) => t.startsWith('south-korea IMPLEMENTS'));
    expect(laws).toHaveLength(2);
  });

  test('依据《X》制订了 Y: Y is implemented, not only X', () => {
    const doc = extractText('韩国2024年依据《资源安全保障法》制订了“核心矿产储备基本计划”。');
    const plan = entityId(doc, '核心矿产储备基本计划');
    expect(plan && relation(doc, 'south-korea', 'IMPLEMENTS', plan)?.date).toBe('2024');
  });

  test('根据美国《X法》: the state before the title does not hide the law', () => {
    const doc = extractText('美国司法部认定该公司存在违规行为，继而根据美国《反海外腐败法》提起诉讼。');
    const law = entityId(doc, '反海外腐败法');
    const doj = entityId(doc, '美国司法部');
    expect(law && doj && relation(doc, doj, 'IMPLEMENTS', law)).toBeTruthy();
  });
});

describe('registered firm names (simplified)', () => {
  test('中国投资有限责任公司 is one firm, and a funder in its list', () => {
    const doc = extractText('该基金由国家开发银行、中国投资有限责任公司和中国进出口银行共同出资，于北京成立。');
    const cic = entityId(doc, '中国投资有限责任公司');
    expect(doc.entities.find((e) => e.id === cic)?.type).toBe('Firm');
    expect(triples(doc).filter((t) => t.startsWith('china '))).toEqual([]);
  });

  test('a long clause before a legal form is no name', () => {
    const doc = extractText('日本政府宣布将向在海外开采稀土的企业提供补贴的有限公司。');
    expect(doc.entities.filter((e) => e.name.endsWith('有限公司'))).toEqual([]);
  });
});

describe('acronyms defined once (simplified)', () => {
  test('an acronym given beside a name stands for it later on', () => {
    const doc = extractText('双日与JOGMEC共同出资成立日澳稀土公司（JARE）。2023年，JARE再向莱纳斯追加2亿澳元投资。');
    const jare = entityId(doc, '日澳稀土公司');
    expect(jare && relation(doc, jare, 'INVESTS_IN', 'lynas')?.date).toBe('2023');
  });

  test('inside a longer Latin word the acronym is not found', () => {
    const doc = extractText('双日成立日澳稀土公司（JARE）。JAREX公司表示将扩大投资。');
    expect(doc.mentions.filter((m) => m.method === 'recurring-acronym')).toEqual([]);
  });
});

describe('suppliers and places inside phrases (simplified)', () => {
  test('buying from a firm makes the firm the supplier', () => {
    const doc = extractText('中国石化长期从卡塔尔能源采购液化天然气。');
    const sinopec = entityId(doc, '中国石化');
    const qe = entityId(doc, '卡塔尔能源');
    expect(sinopec && qe && relation(doc, qe, 'SUPPLIES', sinopec)?.properties.resource).toBe('lng');
  });

  test('X 西岸的 Y / 俄罗斯北极地区的 Y: Y lies in X', () => {
    const doc = extractText('项目的物流枢纽是鄂毕湾西岸的萨贝塔港（Sabetta）。该项目位于俄罗斯北极地区的亚马尔半岛。');
    const sabetta = entityId(doc, '萨贝塔港');
    const gulf = entityId(doc, '鄂毕湾');
    expect(sabetta && gulf && relation(doc, sabetta, 'LOCATED_IN', gulf)).toBeTruthy();
    expect(relation(doc, 'yamal-peninsula', 'LOCATED_IN', 'russia')).toBeDefined();
  });
});

describe('stakes in lists and supply after production (simplified)', () => {
  test('拥有 X% 股权的 A、B 拥有 Y% 股权的 C: B is the next holder, not a holding', () => {
    const doc = extractText('致使住友金属矿山拥有90%股权的珊瑚湾镍矿项目、丰田通商拥有25%股权的奥拉罗斯盐湖项目无法出口。');
    expect(triples(doc)).not.toContain('sumitomo-metal-mining HOLDS_STAKE_IN toyota-tsusho');
  });

  test('the sentence opener starts producing and exports: it supplies', () => {
    const doc = extractText('萨哈林2号的石油储量为7.5亿桶，2009年开始商业化生产并向日本出口。');
    expect(relation(doc, 'sakhalin-2', 'SUPPLIES', 'japan')).toBeDefined();
  });
});

describe('Latin names after a Chinese description (simplified)', () => {
  test('美国稀土企业MP Materials: a firm in the United States, whose largest holder is the investor', () => {
    const doc = extractText('2025年7月，美国国防部宣布向美国稀土企业MP Materials投资4亿美元，成为其最大股东。');
    const mp = entityId(doc, 'MP Materials');
    const dod = entityId(doc, '美国国防部');
    expect(mp && relation(doc, mp, 'LOCATED_IN', 'united-states')).toBeTruthy();
    expect(mp && dod && relation(doc, dod, 'HOLDS_STAKE_IN', mp)?.date).toBe('2025-07');
  });

  test('a role after 公司 (该公司CEO) is no name', () => {
    const doc = extractText('该公司CEO表示，将扩大稀土产能。');
    expect(doc.entities.filter((e) => e.type === 'Firm')).toEqual([]);
  });
});

describe('import statistics of the state a passage is about (simplified)', () => {
  test('铜进口，…其中 X% 来自 A、Y% 来自 B: the state the text is about imports from each, with its share', () => {
    const doc = extractText('韩国高度依赖资源进口。韩国对关键矿产的进口需求持续扩大。铜进口，从2020年的45亿美元增至2022年的69亿美元，其中40.8%来自智利、31.7%来自秘鲁。');
    expect(relation(doc, 'south-korea', 'IMPORTS_FROM', 'chile')?.properties).toMatchObject({ share: 0.408, resource: 'copper' });
    expect(relation(doc, 'south-korea', 'IMPORTS_FROM', 'peru')?.properties.share).toBe(0.317);
  });

  test('without a state the text is about, no importer is guessed', () => {
    const doc = extractText('铜进口，从2020年的45亿美元增至2022年的69亿美元，其中40.8%来自智利。');
    expect(triples(doc).filter((t) => t.includes('IMPORTS_FROM'))).toEqual([]);
  });
});
