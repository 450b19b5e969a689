import { extractText } from './helpers';

/**
 * Chinese names found by their context, and kinds of things that are no names. The sentences are
 * made up for the tests: each shows a kind of name, not a sentence of the sample documents.
 */

function named(text: string, type: string): string[] {
  return extractText(text).entities.filter((e) => e.type === type).flatMap((e) => [e.name, ...e.aliases]);
}

describe('people named without a title before them', () => {
  test('a clause that opens with a name and a speech verb quotes that person', () => {
    expect(named('野村哲郎指出，东南亚市场仍有增长空间。', 'Person')).toContain('野村哲郎');
    expect(named('此外，松本雅则认为，日本需要分散进口来源。', 'Person')).toContain('松本雅则');
  });

  test('ordinary subjects of speech verbs are no people', () => {
    expect(named('分析人士认为，价格将上涨。专家指出，供应偏紧。该公司表示，计划不变。', 'Person')).toEqual([]);
  });

  test('a five-character name before a bracket of several roles, the first a title', () => {
    expect(named('然而萩原诚一郎（时任农林水产大臣；兼任经济合作大臣）并未出席。', 'Person')).toContain('萩原诚一郎');
  });
});

describe('places, agreements and events by their head words', () => {
  test('a place in a place is two places', () => {
    expect(named('该工厂位于福冈县北九州市。', 'Place')).toEqual(expect.arrayContaining(['福冈县', '北九州市']));
    expect(named('该工厂位于福冈县北九州市。', 'Place')).not.toContain('福冈县北九州市');
    // Segmentation cuts 新潟|县柏崎市: the city is still found on its own, and the prefecture by the lexicon.
    const niigata = named('该工厂位于新潟县柏崎市。', 'Place');
    expect(niigata).toEqual(expect.arrayContaining(['新潟县', '柏崎市']));
    expect(niigata).not.toContain('新潟县柏崎市');
  });

  test("the parties' abbreviations start an agreement's name", () => {
    expect(named('两国此后中止了日俄原子能协定。', 'Agreement')).toContain('日俄原子能协定');
  });

  test('states named inside an agreement or event are mentioned too', () => {
    const doc = extractText('《日本越南经济伙伴关系协定》于次年生效。');
    expect(doc.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['japan', 'vietnam']));
    expect(doc.entities.find((e) => e.type === 'Agreement')?.name).toBe('日本越南经济伙伴关系协定');
  });

  test('a plant unit listed on its own is named with its number; a unit of a plant leaves the plant', () => {
    const projects = named('关西电力计划重启高滨核电站3号机组，并将兴建舞鹤火力发电站2号。', 'Project');
    expect(projects).toEqual(expect.arrayContaining(['高滨核电站', '舞鹤火力发电站2号']));
  });
});

describe('quoted names typed by the word beside them', () => {
  test('a quoted programme followed by 制度 or 战略 is a policy, with its bracketed acronym', () => {
    const doc = extractText('日本政府建立“战略储备液化石油气”（SLP）制度，并提出“走出去”战略。');
    const policies = doc.entities.filter((e) => e.type === 'Policy');
    expect(policies.map((e) => e.name)).toEqual(expect.arrayContaining(['战略储备液化石油气', '走出去']));
    expect(policies.find((e) => e.name === '战略储备液化石油气')?.aliases).toContain('SLP');
  });

  test('a quoted name after 公司 is a firm', () => {
    const doc = extractText('新设电池公司“光辉（Kouki）”宣布在大阪设厂。');
    expect(doc.entities.find((e) => e.aliases.includes('Kouki'))).toMatchObject({ type: 'Firm', name: '光辉' });
  });
});

describe('中文（Latin） pairs of firms', () => {
  test('a name ending in a commodity or an industry word, paired with a proper name, is a firm', () => {
    const doc = extractText('北方石油（Northern Oil）和日本铃木汽车（Suzuki）均表示关注。');
    expect(doc.entities.find((e) => e.aliases.includes('Northern Oil'))).toMatchObject({ type: 'Firm', name: '北方石油' });
    expect(doc.entities.find((e) => e.aliases.includes('Suzuki'))?.type).toBe('Firm');
    expect(doc.entities.find((e) => e.id === 'oil')).toBeUndefined();
  });

  test('a state the original spells stays in the name, and the words in the bracket are not names of their own', () => {
    // (An invented firm: 泰国湾, the Gulf of Thailand, is a place of the lexicon.)
    const doc = extractText('泰国海湾能源公司（Gulf Energy Thailand）持有8.5%的权益。');
    expect(doc.entities.find((e) => e.aliases.includes('Gulf Energy Thailand'))).toMatchObject({ type: 'Firm', name: '泰国海湾能源公司' });
  });
});

describe('kinds of things are no names', () => {
  test('contracts and trade agreements described by generic words', () => {
    expect(named('两国签署了长期购销协议和两份贷款协议，并推动双边自由贸易协定谈判。', 'Agreement')).toEqual([]);
    expect(named('日本推动“经济伙伴关系协定”的缔结。', 'Agreement')).toEqual([]);
  });

  test('a head word used as a modifier or verb names nothing', () => {
    expect(named('日本强化了稀有金属战略储备，两国战略对话也提上议程。', 'Policy')).toEqual([]);
    expect(named('专案规划两条生产线。', 'Policy')).toEqual([]);
  });

  test('a reference with a demonstrative is no project name', () => {
    expect(named('美国的制裁使该项目难以交付。', 'Project')).toEqual([]);
  });
});

describe('commodities of export controls', () => {
  test('rare-earth elements and graphite grades, also right after 对', () => {
    const resources = named('中国对钐、钆、镥和人造石墨实施出口管制，重稀土也在其列。', 'Resource');
    expect(resources).toEqual(expect.arrayContaining(['钐', '钆', '镥', '人造石墨', '重稀土']));
  });
});

describe('lines and words around names that are no names', () => {
  test("an author line's affiliation and city are not what the text is about", () => {
    const doc = extractText('作者简介：王明，清华大学能源研究所研究员（北京 邮编：100084）\n\n日本从卡塔尔进口液化天然气。');
    expect(doc.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['北京']));
    expect(doc.entities.filter((e) => e.type === 'Organization')).toEqual([]);
  });

  test('a subsidiary named after its parent: the parent and the subsidiary, no firm called 子公司', () => {
    const doc = extractText('丸红旗下子公司北海能源（North Sea Energy）收购了该油田股份。');
    expect(doc.entities.find((e) => e.aliases.includes('North Sea Energy'))).toMatchObject({ type: 'Firm', name: '北海能源' });
    expect(doc.entities.some((e) => e.name.endsWith('子公司'))).toBe(false);
  });
});
