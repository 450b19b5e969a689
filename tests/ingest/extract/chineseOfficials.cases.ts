import { extractText, triples } from './helpers';

/** Chinese officials by title, and the energy bodies of China under their own names. */

describe('Chinese officials and bodies', () => {
  test('a party chairman and a deputy minister are people by their title', () => {
    const doc = extractText('民眾黨主席柯文哲投票後表示，結果令人遺憾。', 'x.zh-Hant.txt');
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['柯文哲']);
    expect(triples(doc)).toEqual([expect.stringMatching(/ LEADS /)]);
    expect(extractText('經濟部政務次長林全表示，將評估重啟。', 'x.zh-Hant.txt').entities.some((e) => e.type === 'Person' && e.name === '林全')).toBe(true);
  });

  test('the longest title wins: 董事長 is not 董事 and a name starting 長', () => {
    const names = extractText('公司董事長王大明表示，產量將增加。', 'x.zh-Hant.txt').entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(names).toEqual(['王大明']);
  });

  test('China’s National Energy Administration under its own name, and its head', () => {
    expect(triples(extractText('国家能源局局长李明表示，将推进核电建设。', 'x.zh-Hans.txt'))).toContainEqual(expect.stringMatching(/ LEADS china-nea$/));
  });
});

describe('capitals that stand for their state', () => {
  test('a capital from the gazetteer acting as a state, after an adverb', () => {
    const rels = triples(extractText('越南与中国在南海存在争端。河内更倾向与日本合作。', 'x.zh-Hans.txt'));
    expect(rels).toContainEqual(expect.stringMatching(/^(?:vietnam COOPERATES_WITH japan|japan COOPERATES_WITH vietnam)$/));
    expect(rels.filter((t) => t.includes('hanoi'))).toEqual([]);
  });
});
