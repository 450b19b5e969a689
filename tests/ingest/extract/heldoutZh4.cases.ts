import { between, extractText, typeOf } from './helpers';

/** Chinese news and analysis written after the rules: kinds of sentence the third held-out round taught. */

describe('Chinese ministries, titles and sellers on unseen text', () => {
  test('a ministry named by its state and remit keeps the state in its name and lies there', () => {
    const doc = extractText('秘魯能源和礦業部週三宣布，暫停審批新的銅礦開採許可。');
    expect(typeOf(doc, '秘魯能源和礦業部')).toBe('Organization');
    const seat = between(doc, '秘魯能源和礦業部', 'LOCATED_IN', '秘魯');
    expect(seat?.evidence[0].sentence).toContain('秘魯能源和礦業部');
  });

  test('a bare remit before 部長 names the ministry the person heads; with a state the minister leads the state', () => {
    const bare = extractText('經濟部長王美花表示，將檢討電價政策。');
    expect(between(bare, '王美花', 'LEADS', '經濟部')).toBeDefined();
    const withState = extractText('智利礦業部長威廉斯（Aurora Williams）表示，政府歡迎外國投資。');
    expect(between(withState, '威廉斯', 'LEADS', '智利')).toBeDefined();
    expect(typeOf(withState, '智利礦業部')).toBeUndefined();
  });

  test('the buyer before 从/向 acquires; the seller named between does not', () => {
    const doc = extractText('紫金矿业从加拿大艾芬豪矿业（Ivanhoe Mines）手中收购了卡莫阿铜矿（Kamoa）的部分权益。');
    expect(between(doc, '紫金矿业', 'ACQUIRES', '卡莫阿铜矿')).toBeDefined();
    expect(between(doc, '艾芬豪矿业', 'ACQUIRES', '卡莫阿铜矿')).toBeUndefined();
  });

  test('a Latin original with diacritics pairs with its Chinese name', () => {
    const doc = extractText('丹麥沃旭能源（Ørsted）宣布在彰化外海興建新風場。');
    expect(typeOf(doc, 'Ørsted')).toBe('Firm');
    expect(between(doc, '沃旭能源', 'LOCATED_IN', '丹麥')).toBeDefined();
  });
});

describe('Chinese projects, ranks, reserves and shares on unseen text', () => {
  test('a project under a firm (旗下) is developed by it', () => {
    const doc = extractText('中国五矿集团旗下的拉斯邦巴斯铜矿项目去年产量下降。');
    expect(between(doc, '中国五矿集团', 'DEVELOPS', '拉斯邦巴斯铜矿项目')).toBeDefined();
  });

  test('a project led by a firm (由…主导的, …由…主导建设) is developed by it', () => {
    const before = extractText('由英國石油公司主導的藍鯨離岸風場已完成融資。');
    expect(between(before, '英國石油公司', 'DEVELOPS', '藍鯨離岸風場')).toBeDefined();
    const after = extractText('巴拉望天然气管道由菲律宾国家石油公司主导建设，预计2028年完工。');
    expect(between(after, '菲律宾国家石油公司', 'DEVELOPS', '巴拉望天然气管道')).toBeDefined();
  });

  test('the producer after 仅次于 produces the same commodity as the ranked one', () => {
    const doc = extractText('秘鲁已成为拉美第二大铜生产国，仅次于智利。');
    const second = between(doc, '智利', 'PRODUCES', '铜');
    expect(second?.evidence[0].sentence).toContain('仅次于智利');
    expect(between(doc, '秘鲁', 'PRODUCES', '铜')).toBeDefined();
  });

  test('a ranked supplier supplies the buyer, and so does the one after 仅次于', () => {
    const doc = extractText('伊拉克是印度第二大原油供应国，仅次于俄罗斯。');
    expect(between(doc, '伊拉克', 'SUPPLIES', '印度')?.properties.resource).toBe('oil');
    expect(between(doc, '俄罗斯', 'SUPPLIES', '印度')).toBeDefined();
  });

  test('a state that owns reserves of a commodity produces it; a buyer seeking it does not', () => {
    const owner = extractText('玻利维亚拥有约2100万吨锂资源，居全球首位。');
    expect(between(owner, '玻利维亚', 'PRODUCES', '锂')).toBeDefined();
    const buyer = extractText('日本商社着力获取南美洲和澳大利亚的锂资源。');
    expect(between(buyer, '澳大利亚', 'PRODUCES', '锂')).toBeUndefined();
  });

  test('holders written before 分別 hold the project after it, each its share in order', () => {
    const doc = extractText('由日本丸紅主導的波羅的海風場去年完成融資，三井物產與住友商事分別持有該案20%及30%股權。');
    expect(between(doc, '三井物產', 'HOLDS_STAKE_IN', '波羅的海風場')?.properties.share).toBe(0.2);
    expect(between(doc, '住友商事', 'HOLDS_STAKE_IN', '波羅的海風場')?.properties.share).toBe(0.3);
    expect(between(doc, '丸紅', 'HOLDS_STAKE_IN', '三井物產')).toBeUndefined();
  });
});

describe('Chinese datelines and names written again', () => {
  test('a dateline names the place a story is filed from and its reporter', () => {
    const doc = extractText('（中央社記者王大明東京5日專電）日本經濟產業省今天公布新的氫能戰略。');
    expect(typeOf(doc, '東京')).toBe('Place');
    expect(typeOf(doc, '王大明')).toBe('Person');
    const xinhua = extractText('新华社利马3月2日电 秘鲁政府2日宣布扩大铜矿出口。');
    expect(typeOf(xinhua, '利马')).toBe('Place');
  });

  test('a firm introduced with its original is the same firm when written again after its state', () => {
    const doc = extractText('其餘股份由秘魯國營礦業公司（Minera Peru）持有。美國財政部去年對秘魯國營礦業公司實施制裁。');
    const sanction = between(doc, '美國財政部', 'SANCTIONS', '秘魯國營礦業公司');
    expect(sanction?.evidence[0].sentence).toContain('實施制裁');
    expect(between(doc, '美國財政部', 'SANCTIONS', '秘魯')).toBeUndefined();
  });
});

describe('Chinese operators and nationalities written inside noun phrases', () => {
  test('the firm running the project named after 的 develops it', () => {
    const doc = extractText('英國石油公司（BP）經營的卡拉巴赫油田去年產量回升。');
    expect(between(doc, '英國石油公司', 'DEVELOPS', '卡拉巴赫油田')).toBeDefined();
  });

  test('a field referred back to (該氣田) and once run by a firm is developed by it', () => {
    const doc = extractText('緬甸的耶德納氣田是該國最大的氣田。該氣田原由道達爾能源經營。');
    const run = between(doc, '道達爾能源', 'DEVELOPS', '耶德納氣田');
    expect(run?.evidence[0].sentence).toContain('該氣田原由');
  });

  test('a state, a description of the trade and a firm: the firm is of that state', () => {
    const doc = extractText('澳洲稀土業者萊納斯（Lynas）宣布擴產。');
    expect(between(doc, '萊納斯', 'LOCATED_IN', '澳洲')).toBeDefined();
  });
});
