import { between, extractText } from './helpers';

/**
 * Kinds of failure seen on English news written after the rules (sixth round: seats behind a
 * description, owners and objects referred to, money without an investing verb, routes), each on
 * an invented sentence.
 */

describe('English seats written with a description', () => {
  test("a body after a state's possessive and its description lies in that state", () => {
    const doc = extractText("Peru's mining regulator Osinergmin fined the smelter on Monday.");
    expect(between(doc, 'Osinergmin', 'LOCATED_IN', 'Peru')).toBeDefined();
  });

  test('the seat in an appositive: X-based, or a firm based in a place', () => {
    const doc = extractText('The refinery will be built with Gulf Star Holdings, a Doha-based firm. Equinor signed a deal with Blue Water Holdings, a green energy investor based in Norway.');
    expect(between(doc, 'Gulf Star Holdings', 'LOCATED_IN', 'Doha')).toBeDefined();
    expect(between(doc, 'Blue Water Holdings', 'LOCATED_IN', 'Norway')).toBeDefined();
  });

  test('a place in a list after the appositive is no seat', () => {
    const doc = extractText('Trafigura, a trading firm in Singapore, Geneva and London, bought the cargo.');
    expect(between(doc, 'Trafigura', 'LOCATED_IN', 'Singapore')).toBeUndefined();
  });
});

describe('English owners and objects referred to', () => {
  test('"X, its owner" and "Its owner, X" hold a stake in the project of the passage', () => {
    const doc = extractText('Costs at the Kitimat smelter doubled, and for years the plant saddled Rio Tinto, its owner, with losses.');
    expect(between(doc, 'Rio Tinto', 'HOLDS_STAKE_IN', 'Kitimat smelter')).toBeDefined();
    const next = extractText('The Kvanefjeld project sits on a plateau above Narsaq. Its owner, Perth-based Energy Transition Minerals, counts a Chinese firm as its largest shareholder.');
    expect(between(next, 'Energy Transition Minerals', 'HOLDS_STAKE_IN', 'Kvanefjeld project')).toBeDefined();
  });

  test('"the company" is the firm the sentence before was about, not the last firm it named', () => {
    const doc = extractText(
      'Lynas Rare Earths bought the Kalgoorlie plant in 2021 from Mitsubishi Corporation, a trading house. The Japan Bank for International Cooperation has sent the company a letter of interest for a loan.',
    );
    expect(between(doc, 'Japan Bank for International Cooperation', 'INVESTS_IN', 'Lynas Rare Earths')).toBeDefined();
    expect(between(doc, 'Japan Bank for International Cooperation', 'INVESTS_IN', 'Mitsubishi Corporation')).toBeUndefined();
  });

  test('"bought control of it": the project the sentence before named', () => {
    const doc = extractText('The Sarsang block lies in northern Iraq. Texas-based HKN Energy bought control of it in 2019.');
    expect(between(doc, 'HKN Energy', 'ACQUIRES', 'Sarsang block')).toBeDefined();
  });
});

describe('English money without an investing verb', () => {
  test('an amount committed to a state or a project', () => {
    const doc = extractText('Tokyo has committed $200 million to Indonesian geothermal plants.');
    expect(between(doc, 'Japan', 'INVESTS_IN', 'Indonesia')).toBeDefined();
  });

  test('a firm backed or financed by investors; political backing of a plan is no investment', () => {
    const doc = extractText('Lake Resources, a lithium developer backed by Rio Tinto and BHP, is drilling in Argentina.');
    expect(between(doc, 'Rio Tinto', 'INVESTS_IN', 'Lake Resources')).toBeDefined();
    expect(between(doc, 'BHP', 'INVESTS_IN', 'Lake Resources')).toBeDefined();
    const plan = extractText('Germany backed the plan, and Norway said Equinor would study it.');
    expect(plan.relations.filter((r) => r.type === 'INVESTS_IN')).toHaveLength(0);
  });

  test('a letter of interest for a loan is an investment planned', () => {
    const doc = extractText('The Japan Bank for International Cooperation has sent Lynas Rare Earths a letter of interest for a loan of up to $100 million.');
    expect(between(doc, 'Japan Bank for International Cooperation', 'INVESTS_IN', 'Lynas Rare Earths')?.properties.status).toBe('planned');
  });

  test('money to be spent on an activity in a place', () => {
    const doc = extractText('Equinor plans to spend about $2 billion on drilling in the Barents Sea.');
    expect(between(doc, 'Equinor', 'INVESTS_IN', 'Barents Sea')?.properties.status).toBe('planned');
  });
});

describe('English routes', () => {
  test('a route named in apposition lies in each state it goes from, through and to', () => {
    const doc = extractText('The Trans-Saharan Gas Pipeline, a pipeline from fields in Nigeria through Niger to the coast of Algeria, is years from completion.');
    expect(between(doc, 'Trans-Saharan Gas Pipeline', 'LOCATED_IN', 'Nigeria')).toBeDefined();
    expect(between(doc, 'Trans-Saharan Gas Pipeline', 'LOCATED_IN', 'Niger')).toBeDefined();
    expect(between(doc, 'Trans-Saharan Gas Pipeline', 'LOCATED_IN', 'Algeria')).toBeDefined();
  });

  test('a sentence that opens with the route described is about the project named before', () => {
    const doc = extractText(
      'Investors backed the Lobito Corridor last year. The 1,300-km railway will carry copper from mines in southern Congo to the port of Lobito on Angola\'s Atlantic coast.',
    );
    expect(between(doc, 'Lobito Corridor', 'LOCATED_IN', 'Angola')).toBeDefined();
  });
});
