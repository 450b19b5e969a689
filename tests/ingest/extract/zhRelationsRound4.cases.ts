import { extractText, relation, triples } from './helpers';

/**
 * Chinese relations that carry to unseen text: offices written in brackets after their holder,
 * and short forms a text makes of a state it has named in full — on invented sentences.
 */

describe('offices that name their state', () => {
  test('a cabinet office in brackets after its holder: the holder leads the state the text named', () => {
    const doc = extractText('日本政府於 4 月公布新的能源方針。出席者為山本花子（時任農林水產大臣）、高橋一郎（內閣官房長官）等人。');
    const chief = doc.entities.find((e) => e.name === '高橋一郎')!;
    const minister = doc.entities.find((e) => e.name === '山本花子')!;
    const leads = relation(doc, chief.id, 'LEADS', 'japan');
    expect(leads?.properties.role).toBe('内阁官房长官');
    expect(leads?.evidence[0].sentence).toContain('高橋一郎（內閣官房長官）');
    expect(relation(doc, minister.id, 'LEADS', 'japan')?.properties.role).toBe('农林水产大臣');
  });

  test('a deputy leads nothing, and a state the text never named is not made up', () => {
    const deputy = extractText('日本與俄國舉行磋商，出席者有佐藤次郎（外務副大臣）。');
    expect(triples(deputy).filter((t) => t.includes('LEADS'))).toEqual([]);
    const unnamed = extractText('會議由高橋一郎（內閣官房長官）主持。');
    expect(triples(unnamed).filter((t) => t.includes('LEADS'))).toEqual([]);
  });
});

describe('short forms of a state named before', () => {
  test('卡國 after 卡塔爾: the state whose yearly capacity rises produces the commodity', () => {
    const doc = extractText('卡塔爾是主要的液化天然氣出口國。新生產線投產後，卡國液化天然氣年產能將提高到1.1億噸。');
    expect(doc.entities.find((e) => e.id === 'qatar')?.aliases).toContain('卡國');
    expect(relation(doc, 'qatar', 'PRODUCES', 'lng')?.evidence[0].sentence).toContain('卡國液化天然氣年產能');
  });

  test('no short form before the full name, nor where two named states share the first character', () => {
    const before = extractText('卡國液化天然氣年產能將提高。卡塔爾是出口國。');
    expect(doc(before, 'qatar')?.aliases ?? []).not.toContain('卡國');
    const shared = extractText('伊朗與伊拉克都出口原油，伊國產量下滑。');
    expect(triples(shared).some((t) => t.includes('PRODUCES'))).toBe(false);
  });
});

function doc(d: ReturnType<typeof extractText>, id: string) {
  return d.entities.find((e) => e.id === id);
}

describe('phrases that tie a project, a place or a pair', () => {
  test('開發 a place 的 field: the field is developed, by the project the clauses before are about', () => {
    const doc = extractText('北極液化天然氣2號專案位於俄羅斯北部，緊鄰薩貝塔港，開發格達半島（Gydan）陸上的烏特倫尼（Utrenneye）氣田。');
    const field = doc.entities.find((e) => e.aliases.includes('Utrenneye'))!;
    const develops = relation(doc, 'arctic-lng-2', 'DEVELOPS', field.id);
    expect(develops?.method).toBe('rule:zh.develops.field-of-place+carried-subject');
    expect(triples(doc)).not.toContain(`arctic-lng-2 DEVELOPS ${doc.entities.find((e) => e.aliases.includes('Gydan'))?.id}`);
  });

  test('a name whose original has a hyphen keeps both parts joined by a dash', () => {
    const doc = extractText('該公司開發魯伍馬盆地（Rovuma Basin）海上的曼巴—科拉爾（Mamba-Coral）氣田。');
    const field = doc.entities.find((e) => e.aliases.includes('Mamba-Coral'));
    expect(field?.name).toContain('曼巴—科拉爾');
    expect(relation(doc, field!.id, 'LOCATED_IN', 'rovuma-basin')).toBeDefined();
  });

  test('a pair that falls out over prices disputes', () => {
    const doc = extractText('近年中印在能源貿易上頻頻因價格問題發生矛盾。');
    expect(relation(doc, 'china', 'DISPUTES', 'india')?.method).toBe('rule:zh.disputes.friction');
  });

  test('a state before two places written as a pair locates both', () => {
    const doc = extractText('俄羅斯摩爾曼斯克與海參崴兩港的貨運量持續增加。');
    expect(relation(doc, 'vladivostok', 'LOCATED_IN', 'russia')?.method).toBe('rule:zh.located.two-places');
    expect(triples(doc)).toContain('murmansk LOCATED_IN russia');
  });

  test('the buyer named after a first cargo is supplied by its seller', () => {
    const doc = extractText('2016年2月，雪佛龍公司（Chevron）的首批液化天然氣運抵韓國，買家是韓國天然氣公社（KOGAS）。');
    const buyer = doc.entities.find((e) => e.aliases.includes('KOGAS'))!;
    expect(relation(doc, 'chevron', 'SUPPLIES', buyer.id)?.date).toBe('2016-02');
  });
});

describe('a one-character state in 對X依賴', () => {
  test('對俄依賴: the state written by its abbreviation is depended on', () => {
    const doc = extractText('戰爭爆發後，德國對俄依賴成為政治議題。');
    expect(relation(doc, 'germany', 'DEPENDS_ON', 'russia')?.evidence[0].sentence).toContain('德國對俄依賴');
  });
});

describe('places written inside noun phrases', () => {
  test('a place and a direction word right before a project locate it', () => {
    const doc = extractText('英國石油公司收購了美國得克萨斯州西部二叠纪（Permian）页岩油项目 30% 的股权。');
    const project = doc.entities.find((e) => e.aliases.includes('Permian'))!;
    expect(relation(doc, project.id, 'LOCATED_IN', 'texas')?.method).toBe('rule:zh.located.direction-project');
  });

  test('a region written as such holds the prefecture after it', () => {
    const doc = extractText('新的电池工厂建在九州地区熊本县。');
    const kumamoto = doc.entities.find((e) => e.name === '熊本县' || e.aliases.includes('熊本县'))!;
    expect(relation(doc, kumamoto.id, 'LOCATED_IN', 'kyushu')).toBeDefined();
  });
});

describe('measures a government lists', () => {
  test('a tax levied and bonds issued, after 具体措施包括, are carried out by the government of the sentence before', () => {
    const doc = extractText('韩国政府于2024年公布了碳中和路线图。具体措施包括：针对高排放企业，征收“碳边境税”；发行“绿色转型国债”，支持企业投资。');
    const tax = doc.entities.find((e) => e.name === '碳边境税');
    const bonds = doc.entities.find((e) => e.name === '绿色转型国债');
    expect(tax?.type).toBe('Policy');
    expect(relation(doc, 'south-korea', 'IMPLEMENTS', tax!.id)?.method).toBe('rule:zh.implements.instrument+carried-subject');
    expect(relation(doc, 'south-korea', 'IMPLEMENTS', bonds!.id)).toBeDefined();
  });
});

describe('precision', () => {
  test('two leaders who met in talks are not thereby partners; agreeing to cooperate still makes them so', () => {
    const met = extractText('2019 年 6 月，日本首相安倍與普欽於會談觸及領土議題。');
    expect(triples(met)).not.toContain('shinzo-abe COOPERATES_WITH vladimir-putin');
    const agreed = extractText('日本與俄羅斯同意加強能源合作。');
    expect(triples(agreed)).toContain('japan COOPERATES_WITH russia');
  });
});

describe('short forms stay short forms', () => {
  test('新國家 and 新國際 are words, not Singapore, even after 新加坡 was named', () => {
    const doc = extractText('新加坡是航運中心。該國提出新國際資源戰略，以建設新國家。');
    const singapore = doc.entities.find((e) => e.id === 'singapore');
    expect(singapore?.aliases ?? []).not.toContain('新國');
  });
});
