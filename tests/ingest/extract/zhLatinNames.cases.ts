import { entityId, extractText, relation } from './helpers';

/**
 * Latin-script names written bare inside Chinese text: one finder types them by a description
 * before them (…矿企, …企业) or by their context (a state with 的, a coordinated typed name). The
 * sentences are made up for the tests.
 */

describe('Latin names inside Chinese text', () => {
  test('a description ending in a head word types the name after it, and the name recurs bare', () => {
    const doc = extractText('挪威能源企业Vardal Energi持有莫桑比克液化天然气项目20%的权益。Vardal Energi计划增持。');
    const vardal = doc.entities.find((e) => e.name === 'Vardal Energi');
    expect(vardal?.type).toBe('Firm');
    expect(doc.mentions.filter((m) => m.entityId === vardal!.id)).toHaveLength(2);
    expect(relation(doc, vardal!.id, 'LOCATED_IN', entityId(doc, '挪威')!)).toBeDefined();
    const stake = doc.relations.find((r) => r.subject === vardal!.id && r.type === 'HOLDS_STAKE_IN');
    expect(stake?.properties.share).toBe(0.2);
    expect(stake?.evidence[0].sentence).toContain('20%的权益');
  });

  test('a name coordinated with a described name takes its type', () => {
    const doc = extractText('澳大利亚矿企Kestrel Minerals与Harwick Resources签署包销协议。');
    expect(doc.entities.find((e) => e.name === 'Kestrel Minerals')?.type).toBe('Firm');
    expect(doc.entities.find((e) => e.name === 'Harwick Resources')?.type).toBe('Firm');
  });

  test('a state with 国营的 before a Latin name makes it a firm of that state', () => {
    const doc = extractText('印尼国营的Bumi Karya持有该矿山30%的股份。');
    const bumi = entityId(doc, 'Bumi Karya')!;
    expect(doc.entities.find((e) => e.id === bumi)?.type).toBe('Firm');
    expect(relation(doc, bumi, 'LOCATED_IN', entityId(doc, '印尼')!)).toBeDefined();
  });

  test('roles and topics after a head word are no names under any cue', () => {
    expect(extractText('该企业IPO计划推迟，公司CEO表示将继续投资。').entities).toEqual([]);
  });
});
