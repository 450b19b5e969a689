import { entityId, extractText, relation } from './helpers';
import type { IngestDocument } from '../../../ingest/model';

/**
 * Kinds of Chinese statement that news and analysis written after the rules showed the extractor
 * missing, each on an invented sentence: foreign names whose family name alone is known, firms
 * written with their legal form after a meeting verb, and output stated as a rank, a world share
 * or a yearly figure.
 */

function between(doc: IngestDocument, subject: string, type: string, object: string) {
  const s = entityId(doc, subject);
  const o = entityId(doc, object);
  return s && o ? relation(doc, s, type, o) : undefined;
}

function names(doc: IngestDocument): string[] {
  return doc.entities.map((e) => e.name);
}

describe('Chinese names', () => {
  test('a dotted foreign name is one person even when its family name alone is a known name', () => {
    const doc = extractText('土库曼斯坦人民委员会主席古尔班古力·别尔德穆哈梅多夫昨日视察了天然气处理厂。');
    const person = doc.entities.find((e) => e.type === 'Person');
    // The lexicon knows him now; either way the dotted name is one person, not the bare family name.
    expect(person?.aliases).toContain('古尔班古力·别尔德穆哈梅多夫');
    const lead = doc.relations.find((r) => r.type === 'LEADS' && r.subject === person?.id);
    expect(lead?.properties.role).toBe('主席');
  });

  test('a registered firm name starts after the meeting verb before it', () => {
    const doc = extractText('部长在莫斯科会见中国海洋石油集团有限公司总经理。');
    expect(names(doc).some((n) => n.includes('会见'))).toBe(false);
    expect(doc.entities.some((e) => e.type === 'Firm')).toBe(true);
  });

  test('a thing described by its rank is no name (全球最大铜矿)', () => {
    const doc = extractText('这座全球最大铜矿的扩建已经完成。');
    expect(doc.entities.some((e) => e.type === 'Project')).toBe(false);
  });
});

describe('Chinese: output stated as a rank, a share or a yearly figure', () => {
  test('the second-largest exporter of a resource produces it', () => {
    const doc = extractText('卡塔尔是全球第二大液化天然气出口国。');
    const produces = between(doc, '卡塔尔', 'PRODUCES', '液化天然气');
    expect(produces?.evidence[0].sentence).toContain('第二大液化天然气出口国');
  });

  test('a share of world output written as 成 makes the state a producer', () => {
    const doc = extractText('中国目前掌握全球约六成稀土开采量。');
    expect(between(doc, '中国', 'PRODUCES', '稀土')).toBeDefined();
  });

  test('a yearly output after a clause about the same field is the field’s', () => {
    const doc = extractText('阿尔特米斯气田位于挪威北部，年产天然气约100亿立方米。');
    expect(between(doc, '阿尔特米斯气田', 'PRODUCES', '天然气')).toBeDefined();
    expect(between(doc, '阿尔特米斯气田', 'LOCATED_IN', '挪威')).toBeDefined();
  });
});

describe('Chinese: people after a title, and suppositions', () => {
  test('a name after a title ends before an adverb of time (巴西矿业部长席尔瓦近日宣布)', () => {
    const doc = extractText('巴西矿业部长席尔瓦近日宣布新的锂矿政策。');
    const lead = between(doc, '席尔瓦', 'LEADS', '巴西');
    expect(lead?.properties.role).toBe('部长');
  });

  test('a relation inside a clause opened by 若 / 如果 is a supposition, not a statement', () => {
    const supposed = extractText('不过，若欧盟对伊朗石化企业实施新一轮制裁，油价可能上涨。');
    expect(supposed.relations.filter((r) => r.type === 'SANCTIONS')).toHaveLength(0);
    const stated = extractText('欧盟对伊朗石化企业实施新一轮制裁。');
    expect(stated.relations.filter((r) => r.type === 'SANCTIONS')).toHaveLength(1);
  });
});

describe('Chinese: stakes in a relative clause, routes through states', () => {
  test('a holder and its share written before the firm they describe (持股20%的…)', () => {
    const doc = extractText('日本三井物产持股20%的莫桑比克液化天然气项目已经复工。');
    const stake = doc.relations.find((r) => r.type === 'HOLDS_STAKE_IN');
    expect(stake?.properties.share).toBe(0.2);
    expect(stake?.evidence[0].sentence).toContain('持股20%的');
  });

  test('a pipeline lies in every state of the list after 途经', () => {
    const doc = extractText('巴库—第比利斯—杰伊汉管道途经格鲁吉亚和土耳其。');
    const states = doc.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => doc.entities.find((e) => e.id === r.object)?.type);
    expect(states).toEqual(['State', 'State']);
  });
});

describe('Chinese: 未 before the verb', () => {
  test('a firm that did not take part in a project does not participate in it', () => {
    const negated = extractText('阿尔特米斯气田位于挪威北部。英国石油公司未参与该项目。');
    expect(negated.relations.filter((r) => r.type === 'PARTICIPATES_IN')).toHaveLength(0);
    const stated = extractText('阿尔特米斯气田位于挪威北部。英国石油公司参与了该项目。');
    expect(stated.relations.filter((r) => r.type === 'PARTICIPATES_IN')).toHaveLength(1);
  });
});
