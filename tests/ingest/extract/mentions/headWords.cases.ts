import { extractText, typeOf } from '../helpers';

/**
 * Chinese head words (ingest/extract/mentions/headWords.ts, data/rules/zh/heads.json): ports named
 * outside brackets, projects named after the place they stand in, and descriptions that end in a
 * head word but name nothing. Sentences invented for the tests.
 */
const names = (text: string) => extractText(text).entities.map((e) => e.name);
const has = (text: string, name: string) => extractText(text).entities.some((e) => e.aliases.includes(name) || e.name === name);

describe('ports named outside brackets', () => {
  test('a port after a foreign name is a project', () => {
    const doc = extractText('该集团计划扩建贝拉港，并将铬矿经马普托港出口。');
    expect(typeOf(doc, '贝拉港')).toBe('Project');
    expect(typeOf(doc, '马普托港')).toBe('Project');
  });

  test('a port after a verb of ships or of opening names nothing', () => {
    const doc = extractText('总统出席贝拉港开港仪式，首批货轮已离港。');
    expect(typeOf(doc, '贝拉港')).toBe('Project');
    expect(names('总统出席贝拉港开港仪式，首批货轮已离港。')).not.toContain('贝拉港开港');
  });

  test('a deep-water port described, not named, is no entity', () => {
    expect(has('当地将新建一座深水港和两座渔港。', '深水港')).toBe(false);
  });
});

describe('a facility named after the place it stands in', () => {
  test('a place and a description before a project head make one project', () => {
    const doc = extractText('壳牌与中国海油合作的广东炼油乙烯项目于去年投产。');
    expect(typeOf(doc, '广东炼油乙烯项目')).toBe('Project');
  });

  test('a place before a project with a name of its own stays a place', () => {
    const doc = extractText('该公司承建印度尼西亚苏拉威西巴图拉火力发电站。');
    expect(typeOf(doc, '巴图拉火力发电站')).toBe('Project');
    expect(typeOf(doc, '苏拉威西')).toBe('Place');
  });
});

describe('descriptions ending in a head word', () => {
  test('agreements described by their kind are no names', () => {
    const text = '两家公司签署框架协议，随后又签署一揽子协议和长期供气协议。';
    for (const n of ['框架协议', '一揽子协议', '供气协议']) expect(has(text, n)).toBe(false);
  });

  test('projects described by their commodity, size or owners are no names', () => {
    const text = '中资企业在当地建设锂项目、大铀矿和加工厂，并投资大量水电站和一体化项目。';
    for (const n of ['锂项目', '大铀矿', '加工厂', '大量水电站', '一体化项目']) expect(has(text, n)).toBe(false);
  });

  test('a state before a commodity and a project head still names a project', () => {
    const doc = extractText('坦桑尼亚液化天然气项目已推迟多年。');
    expect(typeOf(doc, '液化天然气项目')).toBe('Project');
  });
});

describe('a place within a place, both named by sound', () => {
  test('a region and the province in it are two places, the province in the region', () => {
    const doc = extractText('该矿位于秘鲁南部阿普里马克大区科塔班巴斯省。');
    expect(typeOf(doc, '阿普里马克大区')).toBe('Place');
    expect(typeOf(doc, '科塔班巴斯省')).toBe('Place');
  });
});

describe('events named by their parties', () => {
  test('two known parties joined by a dash, then a summit or forum head, name an event', () => {
    const doc = extractText('第三届中国－中亚峰会将在杜尚别举行。');
    expect(typeOf(doc, '中国－中亚峰会') ?? typeOf(doc, '中国-中亚峰会')).toBe('Event');
  });

  test('a forum named by state abbreviations is an event; a bare forum is none', () => {
    expect(typeOf(extractText('中俄能源商务论坛在莫斯科举行。'), '中俄能源商务论坛')).toBe('Event');
    expect(extractText('他出席了论坛。').entities).toEqual([]);
  });
});
