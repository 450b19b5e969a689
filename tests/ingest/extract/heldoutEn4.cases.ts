import { between, extractText, typeOf } from './helpers';

/**
 * Kinds of failure seen on English news and analysis written after the rules (fourth round),
 * each on an invented sentence: the name or the relation a reader sees, with its evidence.
 */

describe('English names: datelines, bylines, seats and particles', () => {
  test('every city of a dateline is a place, known or not', () => {
    const doc = extractText('KIRKUK/DUHOK, March 4 (Reuters) - Crude exports resumed on Tuesday.');
    expect(typeOf(doc, 'KIRKUK')).toBe('Place');
    expect(typeOf(doc, 'DUHOK')).toBe('Place');
    expect(typeOf(doc, 'Reuters')).toBe('Organization');
  });

  test('reporters named in a byline and a credit line are people', () => {
    const doc = extractText('By Maria Lopez and Kenji Sato\n\nThe mine restarted.\n\nReporting by Anna Berg in Oslo; Editing by Paul Grant');
    for (const name of ['Maria Lopez', 'Kenji Sato', 'Anna Berg', 'Paul Grant']) expect(typeOf(doc, name)).toBe('Person');
  });

  test('a city before -listed is a place apart from the firm, and its seat', () => {
    const doc = extractText('Sydney-listed Pilbara Lithium said output rose.');
    expect(typeOf(doc, 'Pilbara Lithium')).toBe('Firm');
    expect(typeOf(doc, 'Sydney')).toBe('Place');
  });

  test('a demonym before -listed names the state', () => {
    const doc = extractText('The Canadian-listed miner Nordic Copper Mines said it would sell the project.');
    expect(typeOf(doc, 'Canadian')).toBe('State');
  });

  test('a commodity portfolio before Minister stays in the title, not a firm', () => {
    const doc = extractText('Kuwaiti Oil Minister Ahmed Salem said exports would rise.');
    expect(typeOf(doc, 'Kuwaiti Oil')).toBeUndefined();
    expect(typeOf(doc, 'Ahmed Salem')).toBe('Person');
  });

  test('names with particles and a second title', () => {
    const doc = extractText('Energy Minister Prince Faisal bin Nasser met officials in Sharm el-Sheikh.');
    expect(typeOf(doc, 'Faisal bin Nasser')).toBe('Person');
    expect(typeOf(doc, 'Sharm el-Sheikh')).toBe('Place');
  });

  test('places after near, around and "the port of"; a firm written with an ampersand', () => {
    const doc = extractText('The local firm K&T Logistics runs a terminal near Ostrava and ships from the port of Koper.');
    expect(typeOf(doc, 'K&T Logistics')).toBe('Firm');
    expect(typeOf(doc, 'Ostrava')).toBe('Place');
    expect(typeOf(doc, 'Koper')).toBe('Place');
  });

  test('licences and blocks are projects; a national park is a place', () => {
    const doc = extractText('The Harir block and the Bina Bawi licence lie outside the Zagros National Park.');
    expect(typeOf(doc, 'Harir block')).toBe('Project');
    expect(typeOf(doc, 'Bina Bawi licence')).toBe('Project');
    expect(typeOf(doc, 'Zagros National Park')).toBe('Place');
  });
});

describe('English relations: seats, operators, sanctions, takeovers and signatures', () => {
  test('a city before -listed is the firm’s seat', () => {
    const doc = extractText('Sydney-listed Pilbara Lithium said output rose.');
    expect(between(doc, 'Pilbara Lithium', 'LOCATED_IN', 'Sydney')?.evidence[0].sentence).toContain('Sydney-listed Pilbara Lithium');
  });

  test('"which is listed in" gives the seat of the firm before it', () => {
    const doc = extractText('Atlas Copper Mines, which is listed in Johannesburg, restarted the smelter.');
    expect(between(doc, 'Atlas Copper Mines', 'LOCATED_IN', 'Johannesburg')).toBeDefined();
  });

  test('a demonym in an appositive description is the seat; a description before another name is not', () => {
    const doc = extractText('The ore goes to Kessel Metals, a Swiss metals trader. The line is run by a consortium of Volta Rail Holdings, the Italian builder Brenta Costruzioni and others.');
    expect(between(doc, 'Kessel Metals', 'LOCATED_IN', 'Swiss')).toBeDefined();
    expect(between(doc, 'Brenta Costruzioni', 'LOCATED_IN', 'Italian')).toBeDefined();
    expect(between(doc, 'Volta Rail Holdings', 'LOCATED_IN', 'Italian')).toBeUndefined();
  });

  test('a state before a described firm: chemicals maker, builder, marketer', () => {
    const doc = extractText('Analysts said Japanese chemicals maker Tosoh Corp would buy more salt.');
    expect(between(doc, 'Tosoh Corp', 'LOCATED_IN', 'Japanese')).toBeDefined();
  });

  test('the operator of a field named in an appositive develops it', () => {
    const doc = extractText('Petra Oil Corp, the Houston-based operator of the Qara Dagh block, said output fell.');
    expect(between(doc, 'Petra Oil Corp', 'DEVELOPS', 'Qara Dagh block')).toBeDefined();
    expect(between(doc, 'Petra Oil Corp', 'LOCATED_IN', 'Houston')).toBeDefined();
  });

  test('states "under" another state’s sanctions are sanctioned by it', () => {
    const doc = extractText('Buyers turned to Syria and Cuba, which are both under U.S. sanctions.');
    expect(between(doc, 'U.S.', 'SANCTIONS', 'Syria')).toBeDefined();
    expect(between(doc, 'U.S.', 'SANCTIONS', 'Cuba')).toBeDefined();
  });

  test('a takeover written as a noun: "the takeover of X by Y"', () => {
    const doc = extractText('Regulators cleared the 2021 takeover of Millennial Lithium Corp by China\'s Contemporary Amperex Technology.');
    const takeover = between(doc, 'Contemporary Amperex Technology', 'ACQUIRES', 'Millennial Lithium Corp');
    expect(takeover?.evidence[0].sentence).toContain('takeover of Millennial Lithium Corp');
  });

  test('an agreement the parties signed in a relative clause', () => {
    const doc = extractText('Flows resumed under the Pacific Gas Transit Agreement, which Tokyo and Canberra signed in 1998.');
    expect(between(doc, 'Tokyo', 'SIGNS', 'Pacific Gas Transit Agreement')?.date).toBe('1998');
    expect(between(doc, 'Canberra', 'SIGNS', 'Pacific Gas Transit Agreement')).toBeDefined();
  });

  test('a memorandum signed "on" a topic with a list of states: cooperation with each', () => {
    const doc = extractText('Oman signed a memorandum on the corridor with Jordan, Egypt and Kuwait in May 2024.');
    for (const partner of ['Jordan', 'Egypt', 'Kuwait']) expect(between(doc, 'Oman', 'COOPERATES_WITH', partner)?.date).toBe('2024-05');
  });

  test('ministers with a portfolio or a commodity in their title lead their state', () => {
    const doc = extractText('Kuwaiti Oil Minister Ahmed Salem met U.S. Secretary of State Laura Finch and Australian Treasurer Mark Doyle.');
    expect(between(doc, 'Ahmed Salem', 'LEADS', 'Kuwaiti')).toBeDefined();
    expect(between(doc, 'Laura Finch', 'LEADS', 'U.S.')?.properties.role).toBe('Secretary of State');
    expect(between(doc, 'Mark Doyle', 'LEADS', 'Australian')).toBeDefined();
  });
});

describe('English: ministers of the state a story is about, and owners named in a relative clause', () => {
  test('a bare minister title belongs to the state the passage is about, not to the news agency', () => {
    const doc = extractText('LIMA, June 3 (Reuters) - Peru has suspended two copper export permits. Mining Minister Carla Ruiz said on Tuesday the review would take a month.');
    const leads = between(doc, 'Carla Ruiz', 'LEADS', 'Peru');
    expect(leads?.properties.role).toBe('Mining Minister');
    expect(leads?.evidence[0].sentence).toContain('Mining Minister Carla Ruiz');
  });

  test('a name followed by "which holds N% of" is a firm, and holds the stake', () => {
    const doc = extractText('The plant is a joint venture with Rennick, which holds 49% of Baltic Cathode.');
    expect(typeOf(doc, 'Rennick')).toBe('Firm');
  });
});

describe('English: respective stakes, lists of partners, compass-word firms', () => {
  test('two holders, two shares and two objects "respectively": each holder with its own object', () => {
    const doc = extractText('Arden Mining Corp and Kestrel Resources hold 30% and 12% of Tamar Lithium Inc and Oxley Minerals Ltd, respectively.');
    expect(between(doc, 'Arden Mining Corp', 'HOLDS_STAKE_IN', 'Tamar Lithium Inc')?.properties.share).toBe(0.3);
    expect(between(doc, 'Kestrel Resources', 'HOLDS_STAKE_IN', 'Oxley Minerals Ltd')?.properties.share).toBe(0.12);
    expect(between(doc, 'Arden Mining Corp', 'HOLDS_STAKE_IN', 'Oxley Minerals Ltd')).toBeUndefined();
  });

  test('a holder written with its listing seat still holds its respective share', () => {
    const doc = extractText('Equinor and London-listed Harbour Energy hold 60% and 40% of the Tyra licence, respectively.');
    expect(between(doc, 'Harbour Energy', 'HOLDS_STAKE_IN', 'Tyra licence')?.properties.share).toBe(0.4);
    expect(between(doc, 'Harbour Energy', 'LOCATED_IN', 'London')).toBeDefined();
  });

  test('a compass word before a lone firm head is part of the name', () => {
    const doc = extractText('Funds sold their shares in Eastern Minerals, a rare earths developer that was building the Halls Creek project.');
    expect(typeOf(doc, 'Eastern Minerals')).toBe('Firm');
    expect(between(doc, 'Eastern Minerals', 'DEVELOPS', 'Halls Creek project')).toBeDefined();
  });
});

describe('English: a name governed by a preposition is no subject of the verb after it', () => {
  test('neither the listing city nor the mine produces or develops', () => {
    const doc = extractText('Tamar Tin Mining, which is listed in Toronto, produces tin at its Kessel mine and is developing the Oxley deposit.');
    expect(between(doc, 'Toronto', 'PRODUCES', 'tin')).toBeUndefined();
    expect(between(doc, 'Kessel mine', 'DEVELOPS', 'Oxley deposit')).toBeUndefined();
    expect(between(doc, 'Tamar Tin Mining', 'LOCATED_IN', 'Toronto')).toBeDefined();
  });
});

describe('English: offtakes written as "agreed to sell … to", brand-like firm names', () => {
  test('a producer that agreed to sell its output to a buyer supplies it; the buyer’s nationality is no buyer', () => {
    const doc = extractText('Kessel Tin Mining agreed in 2025 to sell part of its future lithium output to Albemarle, the American producer.');
    const supply = between(doc, 'Kessel Tin Mining', 'SUPPLIES', 'Albemarle');
    expect(supply?.properties.resource).toBe('lithium');
    expect(supply?.evidence[0].sentence).toContain('to sell part of its future lithium output to Albemarle');
    expect(between(doc, 'Kessel Tin Mining', 'SUPPLIES', 'American')).toBeUndefined();
  });

  test('one word with a capital inside is a firm', () => {
    const doc = extractText('VoltHydro opened an electrolyser plant near Walvis Bay last year.');
    expect(typeOf(doc, 'VoltHydro')).toBe('Firm');
  });
});
