import { extractText } from './helpers';

/** Chinese names not in the lexicon, found by the segmenter's tags and by head words. */

function named(text: string, type: string): string[] {
  return extractText(text).entities.filter((e) => e.type === type).flatMap((e) => e.aliases);
}

describe('Chinese names found by the segmenter', () => {
  test('government bodies the segmenter tags as organisations, with a bracketed short form as a second name', () => {
    const doc = extractText('财政部会同科学技术部（科技部）和国家外汇管理局发布通知。');
    const orgs = doc.entities.filter((e) => e.type === 'Organization');
    expect(orgs.map((e) => e.name)).toEqual(expect.arrayContaining(['财政部', '科学技术部', '国家外汇管理局']));
    expect(orgs.find((e) => e.name === '科学技术部')?.aliases).toContain('科技部');
  });

  test('a place named after 在 and a state, up to the verb', () => {
    expect(named('两国领导人在韩国釜山会晤。', 'Place')).toContain('釜山');
    expect(named('该公司在马来西亚关丹建设了工厂。', 'Place')).toContain('关丹');
  });

  test('a pronoun after 在 is no place', () => {
    expect(named('重要矿物和天然气均在其列。', 'Place')).toEqual([]);
  });

  test('after a foreign name written by sound, 石油 heads a firm and 省 a province; after ordinary words they do not', () => {
    const doc = extractText('项目原由美国安纳达科石油（Anadarko）担任作业者，位于莫桑比克北部德尔加杜角省（Cabo Delgado）。');
    expect(doc.entities.find((e) => e.aliases.includes('Anadarko'))?.type).toBe('Firm');
    expect(doc.entities.find((e) => e.id === 'oil')?.aliases ?? []).not.toContain('Anadarko');
    expect(doc.entities.find((e) => e.aliases.includes('Cabo Delgado'))).toMatchObject({ type: 'Place', name: '德尔加杜角省' });
    const plain = extractText('俄罗斯石油和经济产业省发布报告。').entities;
    expect(plain.filter((e) => e.id.startsWith('n-'))).toEqual([]);
  });

  test('basins and bays are places', () => {
    expect(named('气田位于鲁伍马盆地（Rovuma Basin）海上，港口在鄂毕湾西岸。', 'Place')).toEqual(expect.arrayContaining(['鲁伍马盆地', '鄂毕湾']));
  });
});

describe('expansions and phases', () => {
  test('an expansion named with its original in brackets is a project; a bare 擴建 names nothing', () => {
    const named = extractText('卡塔爾能源公司對北方氣田東擴建（North Field East）作出最終投資決定。', 'invented.txt');
    expect(named.entities.find((e) => e.name === '北方氣田東擴建')?.type).toBe('Project');
    const bare = extractText('公司宣佈工廠擴建完成。', 'invented.txt');
    expect(bare.entities).toEqual([]);
  });
});

describe('names written again without their cue', () => {
  test('a project introduced with its original in brackets is the same project when named bare later', () => {
    const doc = extractText('卡塔爾能源公司對雲杉氣田東擴建（Spruce Field East）作出最終投資決定。中國石化取得雲杉氣田東擴建1.25%的權益。', 'invented.txt');
    const project = doc.entities.find((e) => e.name === '雲杉氣田東擴建');
    expect(project?.mentions).toBe(2);
    expect(doc.relations.some((r) => r.subject === 'sinopec' && r.object === project?.id && !r.inferred)).toBe(true);
  });
});
