import { extractText } from './helpers';

/** Shares handed out over a list of holders in one statement, in every language. */

/** Holder, share and the holding's name as written (its id may be a hash for a name no list holds). */
const stakesIn = (text: string, file: string) => {
  const doc = extractText(text, file);
  const name = (id: string) => doc.entities.find((e) => e.id === id)?.aliases[0];
  return doc.relations.filter((r) => r.type === 'HOLDS_STAKE_IN').map((r) => `${r.subject} ${name(r.object)} ${r.properties?.share}`).sort();
};

const stakes = (text: string, file: string) =>
  extractText(text, file)
    .relations.filter((r) => r.type === 'HOLDS_STAKE_IN')
    .map((r) => `${r.subject} ${r.object} ${r.properties?.share}`)
    .sort();

describe('share distributions', () => {
  test('in order, with "respectively" before or after the figures', () => {
    expect(stakes('Chevron and ExxonMobil hold 50% and 25% of the Tengiz field, respectively.', 'x.en.txt')).toEqual(['chevron tengiz 0.5', 'exxonmobil tengiz 0.25']);
    expect(stakesIn('伊克西斯液化天然气项目由国际石油开发帝石和道达尔能源分别持股66.2%和26%。', 'x.zh-Hans.txt')).toEqual(['inpex 伊克西斯液化天然气项目 0.662', 'totalenergies 伊克西斯液化天然气项目 0.26']);
    expect(stakes('サハリン2には三井物産と三菱商事がそれぞれ12.5%と10%を出資する。', 'x.ja.txt')).toEqual(['mitsubishi-corp sakhalin-2 0.1', 'mitsui-and-co sakhalin-2 0.125']);
    expect(stakes('«Сахалин-2»: Mitsui и Mitsubishi принадлежат соответственно 12,5% и 10%.', 'x.ru.txt')).toEqual(['mitsubishi-corp sakhalin-2 0.1', 'mitsui-and-co sakhalin-2 0.125']);
  });

  test('the same share each, and equal parts', () => {
    expect(stakes('中国石油与道达尔能源各持有北极液化天然气2号项目10%的股份。', 'x.zh-Hans.txt')).toEqual(['cnpc arctic-lng-2 0.1', 'totalenergies arctic-lng-2 0.1']);
    expect(stakes('Eni and ExxonMobil each hold 25% of Coral South FLNG.', 'x.en.txt').map((s) => s.split(' ').pop())).toEqual(['0.25', '0.25']);
    expect(stakes('Gazprom, Mitsui and Mitsubishi Corp own Sakhalin-2 in equal shares.', 'x.en.txt')).toEqual(['gazprom sakhalin-2 0.333', 'mitsubishi-corp sakhalin-2 0.333', 'mitsui-and-co sakhalin-2 0.333']);
  });

  test('the holders follow the name they own: a consortium "in which" they hold shares', () => {
    const found = stakes('Оператором выступает консорциум «Каспиан Газ», в котором «Туркменгаз» принадлежит 85%, а «Газпром» и «Лукойл» — по 5%.', 'x.ru.txt');
    expect(found.filter((s) => s.endsWith(' 0.05')).map((s) => s.split(' ')[0]).sort()).toEqual(['gazprom', 'lukoil']);
    expect(new Set(found.filter((s) => s.endsWith(' 0.05')).map((s) => s.split(' ')[1])).size).toBe(1);
  });

  test('a state written as a holder\'s nationality is no holder; shares of volumes, markets or growth are no stakes', () => {
    expect(stakesIn('ルワイスLNGには英シェルと英BPもそれぞれ10％を出資する。', 'x.ja.txt')).toEqual(['bp ルワイスLNG 0.1', 'shell ルワイスLNG 0.1']);
    expect(stakes('Пакистан и Индия должны получать по 42% объема газа «Галкыныш».', 'x.ru.txt')).toEqual([]);
    expect(stakes('Chevron and ExxonMobil reported profits up 10% and 8% respectively on their stakes.', 'x.en.txt')).toEqual([]);
  });
});

describe('the project a stake left unwritten is of', () => {
  test('of the projects the sentence before named, the one the passage is about, not one named there only to place it', () => {
    const doc = extractText('中国海油宣布，梅罗油田第四期项目投产。梅罗油田是巴西最大的盐下油田之一，位于桑托斯盆地的里贝拉(Libra)区块。巴西国家石油公司担任作业者并持有38.6%权益，壳牌和道达尔能源各持有19.3%。', 'x.zh-Hans.txt');
    const held = doc.relations.filter((r) => r.type === 'HOLDS_STAKE_IN').map((r) => `${r.subject} ${r.object}`).sort();
    expect(held).toEqual(['petrobras mero-field', 'shell mero-field', 'totalenergies mero-field']);
  });
});
