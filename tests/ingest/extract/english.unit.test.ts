import { entityId, extractText, relation, triples } from './helpers';

/** English sentences (invented, not from the evaluation documents): names found without a list, relations with their evidence. */

describe('English names', () => {
  test('a firm typed by its head word, its acronym and later short form are one entity', () => {
    const doc = extractText("Kazakhstan's Tengri Mining Corporation (TMC) acquired a 30% stake in the Aral copper mine in March 2024. TMC also runs the Balkhash smelter.");
    const firm = doc.entities.find((e) => e.id === 'tengri-mining-corporation');
    expect(firm?.type).toBe('Firm');
    expect(firm?.aliases).toContain('TMC');
    expect(doc.entities.find((e) => e.id === 'aral-copper-mine')?.type).toBe('Project');
    expect(triples(doc)).toContain('tengri-mining-corporation DEVELOPS balkhash-smelter');
  });

  test('people by title and by role; demonyms name their state', () => {
    const doc = extractText('President Kassym-Jomart Tokayev met Elena Markova, the Russian trade envoy.');
    expect(doc.entities.find((e) => e.id === 'kassym-jomart-tokayev')?.type).toBe('Person');
    expect(entityId(doc, 'Russian')).toBe('russia');
  });

  test('a Title Case headline names nothing by its capitals', () => {
    const doc = extractText("Kazakhstan's Ambitious Plan For Green Hydrogen Exports");
    expect(doc.entities.map((e) => e.type)).not.toContain('Policy');
  });
});

describe('English relation rules', () => {
  test('a stake acquired: holder, project, share, date and the seat from the possessive', () => {
    const doc = extractText("Kazakhstan's Tengri Mining Corporation (TMC) acquired a 30% stake in the Aral copper mine in March 2024.");
    const stake = relation(doc, 'tengri-mining-corporation', 'HOLDS_STAKE_IN', 'aral-copper-mine');
    expect(stake?.properties.share).toBe(0.3);
    expect(stake?.date).toBe('2024-03');
    expect(stake?.evidence[0].sentence).toContain('acquired a 30% stake');
    expect(triples(doc)).toContain('tengri-mining-corporation LOCATED_IN kazakhstan');
  });

  test('an appositive role and "led by chief executive" give LEADS with the role', () => {
    const minister = extractText("Elena Markova, Kazakhstan's energy minister, said exports would rise.");
    expect(relation(minister, 'elena-markova', 'LEADS', 'kazakhstan')?.properties.role).toBe('energy minister');
    const ceo = extractText('Baltic Energy, led by chief executive Lars Dahl, agreed to supply Germany with ammonia.');
    expect(relation(ceo, 'lars-dahl', 'LEADS', 'baltic-energy')?.properties.role).toBe('chief executive');
    expect(triples(ceo)).toContain('baltic-energy SUPPLIES germany');
  });

  test('"is 50% owned by" and "also in" ', () => {
    const doc = extractText('The Atyrau refinery, also in Kazakhstan, is 50% owned by KazMunayGas.');
    expect(relation(doc, 'kazmunaygas', 'HOLDS_STAKE_IN', 'atyrau-refinery')?.properties.share).toBe(0.5);
    expect(triples(doc)).toContain('atyrau-refinery LOCATED_IN kazakhstan');
  });

  test('-based and "the X region of western Y" give LOCATED_IN', () => {
    expect(triples(extractText('Perth-based Pilbara Minerals supplies lithium to China.'))).toContain('pilbara-minerals LOCATED_IN perth');
    expect(triples(extractText('Drilling began in the Atyrau region of western Kazakhstan.'))).toContain('atyrau-region LOCATED_IN kazakhstan');
  });

  test('sanctions lists, observers, agreed cooperation and demonym imports', () => {
    const listed = extractText('In June 2024 the European Union added Sovcomflot to its sanctions list.');
    expect(relation(listed, 'european-union', 'SANCTIONS', 'sovcomflot')?.date).toBe('2024-06');
    expect(relation(extractText('Vietnam sits as an observer at the Arctic Council.'), 'vietnam', 'MEMBER_OF', 'arctic-council')?.properties.role).toBe('observer');
    expect(triples(extractText('Japan and Australia agreed to cooperate on critical minerals.'))).toContain('australia COOPERATES_WITH japan');
    expect(triples(extractText('Chinese refiners bought Iranian crude at a discount.'))).toContain('china IMPORTS_FROM iran');
  });

  test('a list member followed by a possessive is not in the list; negation kills the relation', () => {
    const doc = extractText("Washington imposed sanctions on Sovcomflot and Lukoil, Russia's shipping and oil companies.");
    expect(triples(doc)).not.toContain('united-states SANCTIONS russia');
    expect(triples(extractText('Turkey did not impose sanctions on Russia.'))).toEqual([]);
  });

  test('"the company" refers back to the latest firm, not in apposition', () => {
    const doc = extractText('Lundin Mining is owned by Swedish investors. The company agreed to team up with SQM on lithium.');
    expect(triples(doc)).toContain('lundin-mining COOPERATES_WITH sqm');
    const apposed = extractText('Lundin Mining owns Caserones. Sierra Metals, the company that runs the Las Vegas mine, is private.');
    expect(triples(apposed)).not.toContain('lundin-mining DEVELOPS las-vegas-mine');
  });
});

describe('a known firm with its legal form', () => {
  test('Rosneft Oil Company is Rosneft, not a second firm', () => {
    const doc = extractText('Rosneft Oil Company signed a supply deal with Indian Oil Corporation in 2023.', 'invented.en.txt');
    expect(doc.entities.filter((e) => e.type === 'Firm').map((e) => e.id)).toContain('rosneft');
    expect(doc.entities.find((e) => e.name === 'Rosneft Oil Company' && e.id !== 'rosneft')).toBeUndefined();
  });
});
