import { extractText, relation, triples } from './helpers';

/**
 * Chinese relations written inside noun phrases, across coordinated and dropped subjects, and
 * through quantities — on invented sentences in traditional script.
 */

describe('offices inside noun phrases and visits', () => {
  test('a second office holder in a list serves the state of the first', () => {
    const doc = extractText('美國總統拜登（Joe Biden）、國務卿布林肯（Antony Blinken）抵達東京。');
    expect(relation(doc, 'antony-blinken', 'LEADS', 'united-states')?.properties.role).toBe('国务卿');
    expect(relation(doc, 'joe-biden', 'LEADS', 'united-states')?.properties.role).toBe('总统');
  });

  test('the head of state a visitor meets leads the state visited; agreeing sides cooperate', () => {
    const doc = extractText('同年7月，日本首相岸田文雄訪問卡塔爾，與埃米爾塔米姆（Tamim bin Hamad Al Thani）會談，雙方同意加強能源合作。');
    expect(relation(doc, 'tamim-bin-hamad-al-thani', 'LEADS', 'qatar')?.properties.role).toBe('埃米尔');
    expect(triples(doc)).toContain('fumio-kishida COOPERATES_WITH tamim-bin-hamad-al-thani');
    expect(triples(doc)).not.toContain('qatar COOPERATES_WITH tamim-bin-hamad-al-thani');
  });
});

describe('buyers, sources and supply contracts', () => {
  test('X 是它的客戶: 它 stands for the subject of the clause before', () => {
    const doc = extractText('卡塔爾是全球最大的液化天然氣出口國之一，而韓國是它最大的客戶。');
    const imports = relation(doc, 'south-korea', 'IMPORTS_FROM', 'qatar');
    expect(imports?.method).toBe('rule:zh.hant.imports.buyer');
    expect(imports?.evidence[0].sentence).toContain('而韓國是它最大的客戶');
  });

  test('進口以 X 為最大來源，Y 則約佔兩成: every source named', () => {
    const doc = extractText('韓國的液化天然氣進口以卡塔爾為最大來源，澳洲則約佔兩成。');
    expect(triples(doc)).toEqual(expect.arrayContaining(['south-korea IMPORTS_FROM qatar', 'south-korea IMPORTS_FROM australia']));
  });

  test('它 in a new sentence is the subject of the sentence before; the signer who supplies supplies its counterpart', () => {
    const doc = extractText('卡塔爾能源把目光轉向亞洲其他買家。2022年11月21日，它與中國石化簽署為期27年的購銷協議，每年供應400萬噸液化天然氣。');
    const supply = relation(doc, 'qatarenergy', 'SUPPLIES', 'sinopec');
    expect(supply?.date).toBe('2022-11-21');
    expect(triples(doc)).not.toContain('sinopec SUPPLIES qatarenergy');
  });

  test('A 與 B 簽約…向 C 供應: both signers supply C and are partners', () => {
    const doc = extractText('2022年11月29日，卡塔爾能源與康菲石油簽約，自2026年起連續15年向德國供應液化天然氣。');
    expect(triples(doc)).toEqual(expect.arrayContaining(['qatarenergy SUPPLIES germany', 'conocophillips SUPPLIES germany']));
    expect(doc.relations.some((r) => r.type === 'COOPERATES_WITH' && [r.subject, r.object].sort().join() === 'conocophillips,qatarenergy')).toBe(true);
  });

  test('money provided is no supply', () => {
    const doc = extractText('日本國際協力銀行向卡塔爾能源提供貸款。');
    expect(triples(doc).filter((t) => t.includes('SUPPLIES'))).toEqual([]);
  });

  test('a site named by what it yields produces it', () => {
    const doc = extractText('6月30日，普欽簽署行政命令，將該國天然氣開採基地「庫頁島2號」的營運移交新公司。');
    expect(triples(doc)).toContain('sakhalin-2 PRODUCES natural-gas');
  });

  test('a yearly capacity names what a state produces', () => {
    const doc = extractText('卡塔爾液化天然氣年產能由7,700萬噸提高到1.1億噸。');
    expect(triples(doc)).toContain('qatar PRODUCES lng');
  });
});

describe('dropped and referring subjects', () => {
  test('a clause opening with 並於 keeps the subject of the clause before, with its own date', () => {
    const doc = extractText('2022年，中國石化與卡塔爾能源簽約，並於2023年取得北極液化天然氣2號1.25%的權益。');
    const stake = doc.relations.find((r) => r.subject === 'sinopec' && r.object === 'arctic-lng-2' && (r.type === 'ACQUIRES' || r.type === 'HOLDS_STAKE_IN'));
    expect(stake?.properties.share).toBe(0.0125);
    expect(stake?.date).toBe('2023');
  });

  test('a clause-initial 其 before an adverb is the subject: a ban on a titled list of people', () => {
    const doc = extractText('俄羅斯外交部於5月發布通報，而其早在3月15日即宣布禁止美國總統拜登（Joe Biden）、國務卿布林肯（Antony Blinken）等人入境。');
    expect(triples(doc)).toEqual(expect.arrayContaining(['russian-ministry-of-foreign-affairs BANS joe-biden', 'russian-ministry-of-foreign-affairs BANS antony-blinken']));
    expect(triples(doc)).not.toContain('russian-ministry-of-foreign-affairs BANS united-states');
  });

  test('a possessive 其 (its number of expulsions) is no subject', () => {
    const doc = extractText('日本政府將多名俄國外交官驅逐出境，惟其驅逐人數與波蘭、德國相較下顯有所保留。');
    expect(triples(doc)).toContain('japan EXPELS russia');
    expect(triples(doc).filter((t) => t.includes('poland') || t.includes('germany'))).toEqual([]);
  });

  test('雙方 stands for the visitor and the partner met: both sign', () => {
    const doc = extractText('同年7月，日本首相岸田文雄訪問沙烏地阿拉伯，與王儲穆罕默德（Mohammed bin Salman）會談，雙方簽署了《能源合作協定》。');
    const signers = doc.relations.filter((r) => r.type === 'SIGNS').map((r) => r.subject).sort();
    expect(signers).toEqual(['fumio-kishida', 'mohammed-bin-salman']);
    expect(relation(doc, 'mohammed-bin-salman', 'LEADS', 'saudi-arabia')?.properties.role).toBe('王储');
  });

  test('a name modified by its overseer is the subject, not the overseer', () => {
    const doc = extractText('經濟產業省所管的日本石油天然氣金屬礦物資源機構自2008年起即出資支持三井物產，目前持有北極液化天然氣2號10%的股份。');
    expect(triples(doc)).not.toContain('meti HOLDS_STAKE_IN arctic-lng-2');
    expect(relation(doc, 'jogmec', 'HOLDS_STAKE_IN', 'arctic-lng-2')?.properties.share).toBe(0.1);
  });
});

describe('stakes, sales and operators', () => {
  test('A 和 B 分別持有 X 12.5% 和 10%: each holder with its share, and no stake of one holder in the other', () => {
    const doc = extractText('三井物產和三菱商事分別持有庫頁島2號12.5%和10%的股份。');
    expect(relation(doc, 'mitsui-and-co', 'HOLDS_STAKE_IN', 'sakhalin-2')?.properties.share).toBe(0.125);
    expect(relation(doc, 'mitsubishi-corp', 'HOLDS_STAKE_IN', 'sakhalin-2')?.properties.share).toBe(0.1);
    expect(relation(doc, 'mitsui-and-co', 'HOLDS_STAKE_IN', 'mitsubishi-corp')).toBeUndefined();
  });

  test('the largest shareholder holds a stake; a stake sold to a buyer is acquired by it, with the share', () => {
    expect(triples(extractText('三井物產是庫頁島2號的第二大股東。'))).toContain('mitsui-and-co HOLDS_STAKE_IN sakhalin-2');
    const sale = extractText('殼牌將其在庫頁島2號的27.5%股份出售給諾瓦泰克。');
    expect(relation(sale, 'novatek', 'ACQUIRES', 'sakhalin-2')?.properties.share).toBe(0.275);
    expect(relation(sale, 'shell', 'ACQUIRES', 'sakhalin-2')).toBeUndefined();
  });

  test('the largest shareholder named after 是 holds a stake', () => {
    expect(triples(extractText('庫頁島2號的最大股東是俄羅斯天然氣工業公司。'))).toContain('gazprom HOLDS_STAKE_IN sakhalin-2');
  });

  test('a yearly capacity keeps its figure as the amount of what the project produces', () => {
    const doc = extractText('亞馬爾液化天然氣項目位於俄羅斯北部。亞馬爾液化天然氣項目年產能約1,650萬噸液化天然氣。');
    expect(relation(doc, 'yamal-lng', 'PRODUCES', 'lng')?.properties.amount).toBe('1,650万吨');
  });

  test('the operator develops the project; buying from a seller after 向 imports from it', () => {
    expect(triples(extractText('諾瓦泰克擔任亞馬爾液化天然氣項目的作業者。'))).toContain('novatek DEVELOPS yamal-lng');
    expect(triples(extractText('日本向卡塔爾採購液化天然氣。'))).toContain('japan IMPORTS_FROM qatar');
  });

  test('a purchase contract without its project buys from the project the passage is about', () => {
    const doc = extractText('亞馬爾液化天然氣項目位於俄羅斯北部。亞馬爾液化天然氣項目年產1,650萬噸。東北電力也簽有小額購買合約。');
    expect(relation(doc, 'tohoku-electric', 'IMPORTS_FROM', 'yamal-lng')?.evidence[0].sentence).toBe('東北電力也簽有小額購買合約。');
  });
});

describe('subjects left unwritten across clauses and sentences', () => {
  test('a sentence opening with 並 continues the subject of the sentence before, not its partner', () => {
    const doc = extractText('2022年11月29日，卡塔爾能源與康菲石油簽約。並自2026年起連續15年向德國供應液化天然氣。');
    const supply = relation(doc, 'qatarenergy', 'SUPPLIES', 'germany');
    expect(supply?.method).toContain('carried-subject');
    expect(supply?.evidence[0].sentence).toContain('向德國供應');
    expect(triples(doc)).not.toContain('conocophillips SUPPLIES germany');
  });

  test('the subject does not carry into a new paragraph', () => {
    const doc = extractText('2022年11月29日，卡塔爾能源與康菲石油簽約。\n\n並自2026年起連續15年向德國供應液化天然氣。');
    expect(relation(doc, 'qatarenergy', 'SUPPLIES', 'germany')).toBeUndefined();
  });

  test('partners that sign together both import in the next clause', () => {
    const doc = extractText('日本的東京瓦斯（Tokyo Gas）與英國森特理克（Centrica）聯合簽約，自亞馬爾液化天然氣項目進口液化天然氣。');
    expect(triples(doc)).toEqual(expect.arrayContaining([
      'tokyo-gas IMPORTS_FROM yamal-lng',
      'centrica IMPORTS_FROM yamal-lng',
      'tokyo-gas LOCATED_IN japan',
      'centrica LOCATED_IN united-kingdom',
    ]));
    expect(doc.entities.find((e) => e.id === 'centrica')?.type).toBe('Firm');
  });

  test('a signer who supplies from a named project supplies its counterpart', () => {
    const doc = extractText('卡塔爾能源與中國石化（Sinopec）簽署為期27年的購銷協議，每年從北方氣田東擴建（North Field East）供應400萬噸液化天然氣。');
    expect(relation(doc, 'qatarenergy', 'SUPPLIES', 'sinopec')?.evidence[0].sentence).toContain('每年從北方氣田東擴建');
  });
});

describe('Latin-script names inside Chinese text', () => {
  test('a Latin name after a state with 的 is a firm of that state and holds its stake', () => {
    const doc = extractText('泰國的SGEP則持有亞馬爾液化天然氣項目8.5%的權益。');
    expect(doc.entities.find((e) => e.name === 'SGEP')?.type).toBe('Firm');
    const pttep = doc.entities.find((e) => e.name === 'SGEP')!.id;
    expect(triples(doc)).toContain(`${pttep} LOCATED_IN thailand`);
    expect(relation(doc, pttep, 'HOLDS_STAKE_IN', 'yamal-lng')?.properties.share).toBe(0.085);
  });

  test('a Latin name typed once (子公司MEPMOZ) is the same firm where it stands bare; an abbreviation without a cue is no name', () => {
    const doc = extractText('三井物產透過子公司MEPMOZ持有20%。JOGMEC自2008年起即出資支持MEPMOZ，但FID仍未作出。');
    const mepmoz = doc.entities.find((e) => e.name === 'MEPMOZ');
    expect(mepmoz?.type).toBe('Firm');
    expect(doc.mentions.filter((m) => m.entityId === mepmoz?.id)).toHaveLength(2);
    expect(doc.entities.some((e) => e.name === 'FID')).toBe(false);
  });

  test('a Latin name coordinated with a firm is a firm too', () => {
    const doc = extractText('印度的Kalinga Videsh、印度石油公司（Oil India）與巴拉特石油資源公司（BPRL）合計持有亞馬爾液化天然氣項目30%。');
    expect(doc.entities.find((e) => e.name === 'Kalinga Videsh')?.type).toBe('Firm');
    expect(triples(doc)).toContain('kalinga-videsh LOCATED_IN india');
  });
});

describe('places and tags around projects', () => {
  test('a place with 的 before a project locates it', () => {
    const doc = extractText('該公司在格達半島上的北極液化天然氣2號持有60%的股份。');
    expect(relation(doc, 'arctic-lng-2', 'LOCATED_IN', 'gydan-peninsula')?.method).toBe('rule:zh.located.place-of-project');
  });

  test('a news tag in 【】 does not hide the subject that later clauses continue', () => {
    const doc = extractText('【能源安全簡報】亞馬爾液化天然氣項目位於俄羅斯北部，並向中國出口液化天然氣。');
    expect(relation(doc, 'yamal-lng', 'SUPPLIES', 'china')?.method).toContain('carried-subject');
  });
});

describe('joining sanctions', () => {
  test('a state joining the sanctions sanctions the state the sentence before named', () => {
    const doc = extractText('歐美國家旋即強化對俄制裁。隨著日本加入制裁行列，雙邊關係急轉直下。');
    expect(relation(doc, 'japan', 'SANCTIONS', 'russia')?.evidence[0].sentence).toContain('日本加入制裁行列');
  });
});
