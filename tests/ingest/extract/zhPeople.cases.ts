import { entityId, extractText } from './helpers';

/** Chinese personal names found by their title, their dots or their bracketed original. */

function people(text: string): string[] {
  return extractText(text).entities.filter((e) => e.type === 'Person').map((e) => e.name);
}

describe('Chinese people by title and by dots', () => {
  test('a transliterated name after a title may run longer than four characters; the title is not part of it', () => {
    expect(people('新西兰总理阿尔登斯特在惠灵顿会晤日本外相。')).toContain('阿尔登斯特');
  });

  test('a name ends before the verb that follows it, not only before a speech verb', () => {
    const names = people('时任经济产业大臣西村康稔任内，首任担当大臣小林鹰之主导了制度设计。');
    expect(names).toEqual(expect.arrayContaining(['西村康稔', '小林鹰之']));
    expect(names.some((n) => n.includes('大臣'))).toBe(false);
  });

  test('parts joined by · make one foreign name, with its original in brackets as a second name', () => {
    const doc = extractText('该公司股东弗拉基米尔·波塔宁（Vladimir Potanin）表示将增持。');
    const id = entityId(doc, '弗拉基米尔·波塔宁');
    expect(id).toBe('vladimir-potanin');
    expect(doc.entities.find((e) => e.id === id)?.aliases).toContain('Vladimir Potanin');
  });

  test('a middle dot between ordinary words is not a name', () => {
    expect(people('会议讨论了经济·安全议题。')).toEqual([]);
  });
});
