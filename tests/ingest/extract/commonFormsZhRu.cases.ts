import { extractText, triples } from './helpers';

/** Common Chinese and Russian news forms (data/rules/zh|ru/relations.common-forms.json); invented sentences. */

describe('common Chinese and Russian forms', () => {
  test('a Chinese supplier whose 向…供应 stands behind a long adverbial', () => {
    expect(triples(extractText('卡塔尔能源公司计划自2027年起根据新签署的长期协议每年向中国石化供应300万吨液化天然气。', 'x.zh-Hans.txt'))).toContain('qatarenergy SUPPLIES sinopec');
    expect(triples(extractText('俄罗斯自2022年底以来已经不再向波兰供应天然气。', 'x.zh-Hans.txt')).filter((t) => t.includes('SUPPLIES'))).toEqual([]);
  });

  test('a Russian buyer in the dative, with no preposition; none through a transit country', () => {
    expect(triples(extractText('«Казатомпром» поставляет уран китайской CGN.', 'x.ru.txt'))).toContainEqual(expect.stringMatching(/^kazatomprom SUPPLIES /));
    expect(triples(extractText('Россия поставляет газ Китаю по трубопроводу.', 'x.ru.txt'))).toContain('russia SUPPLIES china');
    expect(triples(extractText('«Газпром» поставляет газ через Украину в Европу.', 'x.ru.txt')).filter((t) => t.includes('ukraine'))).toEqual([]);
  });

  test('a loan given to a project is an investment in it', () => {
    expect(triples(extractText('Японский банк международного сотрудничества предоставил кредит проекту Mozambique LNG.', 'x.ru.txt'))).toContain('jbic INVESTS_IN mozambique-lng');
  });
});

describe('output stated as a share of the world, and sanctions by designation', () => {
  test('Chinese and Japanese producers with their share or amount before the commodity', () => {
    expect(triples(extractText('秘鲁生产全球约十分之一的铜。', 'x.zh-Hans.txt'))).toContain('peru PRODUCES copper');
    expect(triples(extractText('ペルーは世界の銅の約1割を生産している。', 'x.ja.txt'))).toContain('peru PRODUCES copper');
  });

  test('a body that lists a project as a sanctions target sanctions it', () => {
    expect(triples(extractText('米国務省は2024年、アークティックLNG2を制裁対象に指定した。', 'x.ja.txt'))).toContainEqual(expect.stringMatching(/ SANCTIONS arctic-lng-2$/));
  });
});
