import { between, extractText, typeOf } from './helpers';

/**
 * Tenth round on English news no rule was written from: places with no cue but the state or region
 * they lie in, names paired with their states by "respectively", facilities typed by their head, and
 * firms that own, lead, run or build a project — each on an invented text.
 */

describe('English places placed by a state or region after them', () => {
  test('a capitalised word before "in" and a known state is a place in that state', () => {
    const doc = extractText('The cable will link Kruonis in Lithuania with Zarnowiec in Poland by 2028.');
    expect(typeOf(doc, 'Kruonis')).toBe('Place');
    expect(between(doc, 'Kruonis', 'LOCATED_IN', 'Lithuania')).toBeDefined();
    expect(between(doc, 'Zarnowiec', 'LOCATED_IN', 'Poland')).toBeDefined();
  });

  test('a comma and a compass word may stand between', () => {
    const doc = extractText('The refinery is in Jamnagar, in western India, and processes 1.4 million barrels a day.');
    expect(between(doc, 'Jamnagar', 'LOCATED_IN', 'India')).toBeDefined();
  });

  test('a place in a region the text calls a province', () => {
    const doc = extractText('The mine lies near Kolwezi in Lualaba province, close to the Zambian border.');
    expect(between(doc, 'Kolwezi', 'LOCATED_IN', 'Lualaba')).toBeDefined();
  });

  test('not a speaker, nor a capitalised word opening the sentence', () => {
    const doc = extractText('Officials welcomed the move, said Smith in Brussels. Production in Norway rose by 3% last year.');
    expect(typeOf(doc, 'Smith')).toBeUndefined();
    expect(typeOf(doc, 'Production')).toBeUndefined();
  });
});

describe('English names paired with their states by "respectively"', () => {
  test('each firm of the list is seated in the state of the same rank', () => {
    const doc = extractText('Petrosen and SMH, the state oil companies of Senegal and Mauritania respectively, hold the rest.');
    expect(between(doc, 'Petrosen', 'LOCATED_IN', 'Senegal')).toBeDefined();
    expect(between(doc, 'SMH', 'LOCATED_IN', 'Mauritania')).toBeDefined();
    expect(between(doc, 'SMH', 'LOCATED_IN', 'Senegal')).toBeUndefined();
  });

  test('not where they work ("the largest producers in")', () => {
    const doc = extractText('Exxon, BP and Shell, the largest producers in Guyana, Azerbaijan and Nigeria respectively, reported profits.');
    expect(between(doc, 'BP', 'LOCATED_IN', 'Azerbaijan')).toBeUndefined();
  });
});

describe('English facilities, bodies and their operators', () => {
  test('a facility head types the name; a place between the project and "run by" is no obstacle', () => {
    const doc = extractText('The state is funding a capture plant at the Brista waste incinerator in Stockholm, run by Stockholm Exergi.');
    expect(typeOf(doc, 'Brista waste incinerator')).toBe('Project');
    expect(between(doc, 'Brista waste incinerator', 'LOCATED_IN', 'Stockholm')).toBeDefined();
    expect(between(doc, 'Stockholm Exergi', 'DEVELOPS', 'Brista waste incinerator')).toBeDefined();
  });

  test('an "X-based" campaign group is a body seated in X', () => {
    const doc = extractText('Zero, a Helsinki-based environmental group, criticised the plan.');
    expect(typeOf(doc, 'Zero')).toBe('Organization');
    expect(between(doc, 'Zero', 'LOCATED_IN', 'Helsinki')).toBeDefined();
  });

  test("a firm's possessive before a project develops it; a state's does not", () => {
    const doc = extractText("Novatek's Arctic LNG 2 plant has struggled to find tankers. Russia's Yamal LNG shipped 20 cargoes.");
    expect(between(doc, 'Novatek', 'DEVELOPS', 'Arctic LNG 2')).toBeDefined();
    expect(between(doc, 'Russia', 'DEVELOPS', 'Yamal LNG')).toBeUndefined();
  });

  test('a firm that leads a project, and a contractor, develop it', () => {
    const doc = extractText('TotalEnergies leads the Mozambique LNG project. Bechtel, the main contractor for the Rio Grande LNG terminal, said work was on schedule.');
    expect(between(doc, 'TotalEnergies', 'DEVELOPS', 'Mozambique LNG')).toBeDefined();
    expect(between(doc, 'Bechtel', 'DEVELOPS', 'Rio Grande LNG')).toBeDefined();
  });
});

describe('English leaders, decisions to invest and owners', () => {
  test('a body, a vice-president title and a person; a demonym, Chancellor and a person', () => {
    const doc = extractText('World Bank Vice-President Anna Bjerde met Austrian Chancellor Karl Nehammer in Vienna.');
    expect(between(doc, 'Anna Bjerde', 'LEADS', 'World Bank')).toBeDefined();
    expect(between(doc, 'Karl Nehammer', 'LEADS', 'Austria')).toBeDefined();
    expect(between(doc, 'Anna Bjerde', 'LEADS', 'Austria')).toBeUndefined();
  });

  test('who takes a final investment decision on a project invests in it', () => {
    const doc = extractText('Santos Ltd (Santos) has made a final investment decision (FID) on the 3.7 million tonnes a year Barossa gas project.');
    expect(between(doc, 'Santos Ltd', 'INVESTS_IN', 'Barossa')).toBeDefined();
  });

  test('a share written in words, and owners in equal shares, hold stakes', () => {
    const doc = extractText('Petronas, wholly owned by the Malaysian government, sells LNG. The Porthos joint venture started in 2024. The venture, owned in equal thirds by Gasunie, EBN and the Port of Rotterdam, stores CO2.');
    expect(between(doc, 'Malaysia', 'HOLDS_STAKE_IN', 'Petronas')).toBeDefined();
    expect(between(doc, 'Gasunie', 'HOLDS_STAKE_IN', 'Porthos')).toBeDefined();
    expect(typeOf(doc, 'Porthos')).toBe('Project');
  });

  test('a compass word opens a project name typed by its head', () => {
    const doc = extractText('The Southern Star joint venture has shipped its first cargo.');
    expect(typeOf(doc, 'Southern Star')).toBe('Project');
  });

  test('a project on a peninsula, and a law the body acts under with names between', () => {
    const doc = extractText('Novatek runs the Yamal LNG plant on the Gydan peninsula. The European Commission has named Keliber\'s lithium project in western Finland a strategic project under its Critical Raw Materials Act.');
    expect(between(doc, 'Yamal LNG', 'LOCATED_IN', 'Gydan peninsula')).toBeDefined();
    expect(between(doc, 'European Commission', 'IMPLEMENTS', 'Critical Raw Materials Act')).toBeDefined();
  });
});

describe('English stakes of a list, and names typed by "called"', () => {
  test('a state possessive before a holder, "each" after the share, and an owner in a participle', () => {
    const doc = extractText("Eni operates the Coral South project with a 25% stake. Korea's KOGAS holds 10%, while Galp and ENH, both controlled by their states, hold 5% each. Sinopec and PetroChina, both controlled by the Chinese state, bid too.");
    expect(between(doc, 'KOGAS', 'HOLDS_STAKE_IN', 'Coral South')).toBeDefined();
    expect(between(doc, 'Galp', 'HOLDS_STAKE_IN', 'Coral South')).toBeDefined();
    expect(between(doc, 'KOGAS', 'HOLDS_STAKE_IN', 'Galp')).toBeUndefined();
    expect(between(doc, 'China', 'HOLDS_STAKE_IN', 'PetroChina')).toBeDefined();
  });

  test('a name after "a joint venture named" or "a mission called" takes the noun\'s type', () => {
    const doc = extractText('Codelco and SQM set up a joint venture named NovaAndino Litio. NATO launched a mission called Baltic Sentry in January.');
    expect(typeOf(doc, 'NovaAndino Litio')).toBe('Project');
    expect(typeOf(doc, 'Baltic Sentry')).toBe('Policy');
  });
});

describe('English names of bodies and credit lines', () => {
  test('initials of a state open a body\'s name, not a commodity\'s', () => {
    const doc = extractText('The U.K. Treasury and the Geological Survey of Finland met buyers of U.S. WTI crude.');
    expect(typeOf(doc, 'U.K. Treasury')).toBe('Organization');
    expect(typeOf(doc, 'U.S. WTI crude')).toBeUndefined();
  });

  test('a survey and a chamber of commerce are bodies', () => {
    const doc = extractText('The dispute went to the Arbitration Chamber of Commerce after the Ukrainian Geological Survey reported.');
    expect(typeOf(doc, 'Ukrainian Geological Survey')).toBe('Organization');
  });

  test('every name of a credit line is a person, a first name like Jan too', () => {
    const doc = extractText('Prices rose on Monday.\n\n(Additional reporting by Ilze Berzina in Riga and Mikko Lahti in Helsinki; Editing by Jan Smith)');
    expect(typeOf(doc, 'Mikko Lahti')).toBe('Person');
    expect(typeOf(doc, 'Jan Smith')).toBe('Person');
  });
});

describe('English builders, operators and licences', () => {
  test('a commodity between a name and a project head types the name; a firm set to build it develops it', () => {
    const doc = extractText('Larsen & Toubro Ltd will build the Qurayyah gas plant, Aramco said.');
    expect(typeOf(doc, 'Qurayyah')).toBe('Project');
    expect(between(doc, 'Larsen & Toubro Ltd', 'DEVELOPS', 'Qurayyah')).toBeDefined();
  });

  test('"to be built by" and "owned and operated by" in an appositive', () => {
    const doc = extractText('The Papua LNG project, to be built by TotalEnergies, will cost $12 billion. The Tangguh LNG plant, owned and operated by BP, restarted.');
    expect(between(doc, 'TotalEnergies', 'DEVELOPS', 'Papua LNG')).toBeDefined();
    expect(between(doc, 'BP', 'DEVELOPS', 'Tangguh LNG')).toBeDefined();
  });

  test('a licence awarded to a firm is acquired', () => {
    const doc = extractText('Aker BP, which was awarded the Ringvei Vest licence in 2023, plans to drill there.');
    expect(between(doc, 'Aker BP', 'ACQUIRES', 'Ringvei Vest licence')).toBeDefined();
  });
});

describe('English backers and described firms', () => {
  test('who backs a firm invests in it; a person after "backed by" is a person', () => {
    const doc = extractText('Lilac Solutions, a U.S. start-up backed by Mary Barra and Breakthrough Energy Ventures, is testing the brine.');
    expect(typeOf(doc, 'Mary Barra')).toBe('Person');
    expect(between(doc, 'Mary Barra', 'INVESTS_IN', 'Lilac Solutions')).toBeDefined();
  });

  test('an investor, an explorer, a consortium described in an appositive are firms', () => {
    const doc = extractText('Brookfield signed with Kestrel, a Toronto-based infrastructure investor, and with Arafura, a rare earths explorer.');
    expect(typeOf(doc, 'Kestrel')).toBe('Firm');
    expect(between(doc, 'Kestrel', 'LOCATED_IN', 'Toronto')).toBeDefined();
  });
});

describe('English possessive stakes', () => {
  test("a holder's possessive before its stake in a project; two known firms side by side stay two", () => {
    const doc = extractText("The deal hands Chevron Hess's 30% interest in the Stabroek block. Shell's 25% stake in the Prelude project is for sale. Greenpeace Norway protested.");
    expect(between(doc, 'Hess', 'HOLDS_STAKE_IN', 'Stabroek block')).toBeDefined();
    expect(between(doc, 'Shell', 'HOLDS_STAKE_IN', 'Prelude project')).toBeDefined();
    expect(typeOf(doc, 'Chevron Hess')).toBeUndefined();
    expect(typeOf(doc, 'Greenpeace Norway')).toBe('Organization');
  });
});

describe('English projects of a firm and firms run by a person', () => {
  test("a project described as a firm's is developed by it, not a joint venture's partners", () => {
    const doc = extractText('Kvanefjeld, a rare earths project of Sydney-listed Critical Metals Corp, is on hold. Mopani Energy, a joint venture of Glencore and ZCCM, holds it.');
    expect(between(doc, 'Critical Metals Corp', 'DEVELOPS', 'Kvanefjeld')).toBeDefined();
    expect(between(doc, 'Glencore', 'DEVELOPS', 'Mopani Energy')).toBeUndefined();
  });

  test('a person who runs the firm an appositive describes leads it; a tycoon is a person', () => {
    const doc = extractText('Adani Group, the conglomerate controlled by Indian tycoon Gautam Adani, bought the port.');
    expect(typeOf(doc, 'Gautam Adani')).toBe('Person');
    expect(between(doc, 'Gautam Adani', 'LEADS', 'Adani Group')).toBeDefined();
  });
});

describe('English bans written as a suspension', () => {
  test("a state that suspends or halts a commodity's exports bans them", () => {
    const doc = extractText('Guinea halted bauxite exports in May. Zimbabwe suspended the export of raw lithium in 2022.');
    expect(between(doc, 'Guinea', 'BANS', 'bauxite')).toBeDefined();
    expect(between(doc, 'Zimbabwe', 'BANS', 'lithium')).toBeDefined();
  });
});

describe('English references with a cost or a size', () => {
  test('"the $20 billion plant" refers back to the project as "the plant" does', () => {
    const doc = extractText('Eni halted the Rovuma LNG project in 2021. It stopped work at the $30 billion plant on the Afungi peninsula.');
    expect(between(doc, 'Rovuma LNG', 'LOCATED_IN', 'Afungi peninsula')).toBeDefined();
  });
});
