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
