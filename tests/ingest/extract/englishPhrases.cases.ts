import { extractText, relation, triples } from './helpers';

/** Invented English sentences: a minister's or secretary's title names the body the person leads. */

describe('office titles', () => {
  test("a minister's topic word leads to the ministry the text named before", () => {
    const doc = extractText('The Kazakh Ministry of Energy published new export quotas on Monday. Energy Minister Almasadam Satkaliyev said the quotas would hold until 2026.');
    const leads = doc.relations.find((r) => r.type === 'LEADS' && r.subject === 'almasadam-satkaliyev');
    expect(leads?.properties.role).toBe('Energy Minister');
    expect(leads?.evidence[0].sentence).toContain('Energy Minister Almasadam Satkaliyev');
    expect(doc.entities.find((e) => e.id === leads?.object)?.name).toContain('Ministry of Energy');
  });

  test('a body named in the same sentence is the one led', () => {
    const doc = extractText('The Department of Commerce will publish the export rule, Commerce Secretary Jana Whitfield said.');
    const leads = doc.relations.find((r) => r.type === 'LEADS' && r.subject === 'jana-whitfield');
    expect(doc.entities.find((e) => e.id === leads?.object)?.name).toContain('Department of Commerce');
  });

  test('a deputy leads nothing, and a title alone does not say which state', () => {
    const deputy = extractText('The Ministry of Energy set quotas. Deputy Energy Minister Pavel Sorokin said exports would rise.');
    expect(triples(deputy).filter((t) => t.includes('LEADS'))).toEqual([]);
    const alone = extractText('Energy Minister Pavel Sorokin said exports would rise.');
    expect(triples(alone).filter((t) => t.includes('LEADS'))).toEqual([]);
    expect(relation(alone, 'pavel-sorokin', 'LEADS', 'russia')).toBeUndefined();
  });
});

describe("a state's own crude grade", () => {
  test("Mexico's heavy Maya grade: the state produces it, with the sentence as evidence", () => {
    const doc = extractText("Mexico's heavy Maya grade found buyers in Asia.");
    const produces = relation(doc, 'mexico', 'PRODUCES', 'maya');
    expect(produces?.evidence[0].sentence).toBe("Mexico's heavy Maya grade found buyers in Asia.");
  });

  test("a state's imports of a resource are not its production", () => {
    const doc = extractText("India's crude imports rose in March.");
    expect(triples(doc).filter((t) => t.includes('PRODUCES'))).toEqual([]);
  });
});

describe('owners and operators in apposition', () => {
  test('"Eni, its largest shareholder" holds a stake in the field the clause names', () => {
    const doc = extractText('Output at the Kashagan field fell, and Eni, its largest shareholder, cut spending.');
    expect(relation(doc, 'eni', 'HOLDS_STAKE_IN', 'kashagan')?.evidence[0].sentence).toContain('its largest shareholder');
  });

  test('"took over as operator" develops the project the passage is about', () => {
    const doc = extractText('The Zafranal copper mine was built in Peru. In 2021 the Zafranal copper mine hit delays. Teck Resources then took over as operator.');
    expect(relation(doc, 'teck-resources', 'DEVELOPS', 'zafranal-copper-mine')?.evidence[0].sentence).toBe('Teck Resources then took over as operator.');
  });

  test("a known firm's first word is its short form later in the text", () => {
    const doc = extractText('The smelter was built by JX Nippon Mining & Metals in 2009. In 2023 JX sold the smelter.');
    const firm = doc.entities.find((e) => e.id === 'jx-nippon-mining');
    expect(firm?.mentions).toBe(2);
  });
});

describe('partners listed after "among its"', () => {
  test('each state listed among the founding members participates', () => {
    const doc = extractText('The Clean Hydrogen Partnership, which Japan launched in 2023 with India and Brazil among its founding members, met in Tokyo.');
    const participants = doc.relations.filter((r) => r.type === 'PARTICIPATES_IN' && r.object === 'clean-hydrogen-partnership').map((r) => r.subject);
    expect(participants.sort()).toEqual(['brazil', 'india']);
  });
});

describe('places opened by a geographic word', () => {
  test('"the Salar de Atacama" and "Lake Baikal" are places, with what they produce', () => {
    const doc = extractText('Albemarle pumps lithium from the Salar de Atacama in Chile. Rosneft drills near Lake Baikal.');
    expect(doc.entities.find((e) => e.id === 'salar-de-atacama')?.type).toBe('Place');
    expect(doc.entities.find((e) => e.id === 'lake-baikal')?.type).toBe('Place');
    expect(relation(doc, 'salar-de-atacama', 'PRODUCES', 'lithium')?.evidence[0].sentence).toContain('from the Salar de Atacama');
  });
});

describe('firms named by a state and a commodity', () => {
  test('"Korea Zinc" is one firm, while "zinc" alone stays the commodity', () => {
    const doc = extractText('Korea Zinc is the largest buyer of zinc concentrate in Asia.');
    expect(doc.entities.find((e) => e.id === 'korea-zinc')?.type).toBe('Firm');
    expect(doc.entities.find((e) => e.id === 'zinc')?.type).toBe('Resource');
  });
});
