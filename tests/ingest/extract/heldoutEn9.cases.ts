import { between, extractText, typeOf } from './helpers';

/**
 * Ninth round on English news: actors referred to by a description, possessives inside lists,
 * supplies agreed as contracts, stakes to be taken and money promised — each on an invented text.
 */

describe('English descriptions that refer back or name what follows', () => {
  test('a demonym description referring back keeps its seat', () => {
    const doc = extractText('Vitol expanded its tanker fleet in March. The Swiss trader said on Friday that margins had recovered.');
    expect(between(doc, 'Vitol', 'LOCATED_IN', 'Switzerland')).toBeDefined();
  });

  test('a description right before a name is that name\'s, not a reference to the firm named before', () => {
    const doc = extractText('Equinor ordered turbines for the Dogger Bank wind farm, built by the German engineering group Siemens Energy.');
    expect(between(doc, 'Siemens Energy', 'LOCATED_IN', 'Germany')).toBeDefined();
    expect(between(doc, 'Equinor', 'LOCATED_IN', 'Germany')).toBeUndefined();
  });

  test('"the project" takes up a project its own sentence named, and a stake to be taken is held', () => {
    const doc = extractText('Mozambique named new ministers in May. Eni, which operates the Coral South project, picked Galp as its partner; the Portuguese company will take a 10% stake in the project and invest up to $500 million.');
    expect(between(doc, 'Eni', 'COOPERATES_WITH', 'Galp')).toBeDefined();
    expect(between(doc, 'Galp', 'HOLDS_STAKE_IN', 'Coral South')).toBeDefined();
    expect(between(doc, 'Galp', 'ACQUIRES', 'Coral South')).toBeUndefined();
  });

  test('"the government" is the state the text is about', () => {
    const doc = extractText('Guinea wants its iron ore refined at home. Guinea has asked miners for plans. Rio Tinto signed a memorandum with the government in May to build a refinery.');
    expect(between(doc, 'Rio Tinto', 'COOPERATES_WITH', 'Guinea')).toBeDefined();
  });
});

describe('English lists with possessives', () => {
  test('a later member with its own state possessive is one more member, seated in its own state', () => {
    const doc = extractText("Japan's Inpex and France's TotalEnergies each bought a cargo of crude from Sonatrach.");
    expect(between(doc, 'Sonatrach', 'SUPPLIES', 'Inpex')).toBeDefined();
    expect(between(doc, 'Sonatrach', 'SUPPLIES', 'TotalEnergies')).toBeDefined();
    expect(between(doc, 'TotalEnergies', 'LOCATED_IN', 'Japan')).toBeUndefined();
  });

  test('not after ", and", where the possessive opens a clause of its own', () => {
    const doc = extractText("Chevron operates the Leviathan field. Shell holds another 35%, and Israel's NewMed Energy owns the remaining 30%.");
    expect(between(doc, 'Shell', 'HOLDS_STAKE_IN', 'NewMed Energy')).toBeUndefined();
  });

  test('a relative clause after a member with its own possessive is that member\'s', () => {
    const doc = extractText("Congo relies on operators such as Glencore and China's CMOC, which runs the Tenke Fungurume mine.");
    expect(between(doc, 'CMOC', 'DEVELOPS', 'Tenke Fungurume')).toBeDefined();
    expect(between(doc, 'Glencore', 'DEVELOPS', 'Tenke Fungurume')).toBeUndefined();
  });

  test('a pronoun after a list opens its own clause', () => {
    const doc = extractText('ArcelorMittal opened a plant in 2025, with electrolysers built by the German engineering group Siemens Energy, and it has agreed to sell its green steel to Mercedes-Benz from 2027.');
    expect(between(doc, 'Siemens Energy', 'SUPPLIES', 'Mercedes-Benz')).toBeUndefined();
  });
});

describe('English owners, supplies and money', () => {
  test('a share owned by a state\'s firm is the firm\'s', () => {
    const doc = extractText("Sakhalin Energy, which is 12.5% owned by Japan's Mitsui, said output would rise.");
    expect(between(doc, 'Mitsui', 'HOLDS_STAKE_IN', 'Sakhalin Energy')).toBeDefined();
    expect(between(doc, 'Japan', 'HOLDS_STAKE_IN', 'Sakhalin Energy')).toBeUndefined();
  });

  test('sale and purchase and offtake agreements with a buyer: the signer supplies', () => {
    const spa = extractText("QatarEnergy signed a sale and purchase agreement with China's Sinopec for 4 Mtpa over 27 years.");
    expect(between(spa, 'QatarEnergy', 'SUPPLIES', 'Sinopec')).toBeDefined();
    const offtake = extractText('Pilbara Minerals, which runs the Pilgangoora mine, signed an offtake agreement with Ganfeng Lithium in 2023.');
    expect(between(offtake, 'Pilbara Minerals', 'SUPPLIES', 'Ganfeng Lithium')).toBeDefined();
  });

  test('a supply deal counts only where what is supplied follows', () => {
    const supplied = extractText('Novatek has signed long-term supply deals with Shell and TotalEnergies for the supply of LNG.');
    expect(between(supplied, 'Novatek', 'SUPPLIES', 'Shell')).toBeDefined();
    expect(between(supplied, 'Novatek', 'SUPPLIES', 'TotalEnergies')).toBeDefined();
    const bare = extractText('BMW signed a supply deal with Albemarle last year.');
    expect(between(bare, 'BMW', 'SUPPLIES', 'Albemarle')).toBeUndefined();
  });

  test('finance pledged with nothing named after it goes to the passage\'s project', () => {
    const doc = extractText('The Lobito Corridor will carry copper to the Atlantic. The World Bank and the African Development Bank have also pledged finance.');
    expect(between(doc, 'World Bank', 'INVESTS_IN', 'Lobito Corridor')).toBeDefined();
    expect(between(doc, 'African Development Bank', 'INVESTS_IN', 'Lobito Corridor')).toBeDefined();
  });

  test('a cancelled venture is no cooperation', () => {
    const doc = extractText('Bolivia cancelled a joint venture with Eramet in 2021.');
    expect(between(doc, 'Bolivia', 'COOPERATES_WITH', 'Eramet')).toBeUndefined();
  });
});

describe('English operations, offtakes and speakers', () => {
  test('who brings a project online or begins pumping from it develops it, and the field produces what is pumped', () => {
    const online = extractText('Petrobras brought the Buzios field online in 2018.');
    expect(between(online, 'Petrobras', 'DEVELOPS', 'Buzios')).toBeDefined();
    const pumping = extractText("Eni began pumping gas from Egypt's Zohr field in December 2017.");
    expect(between(pumping, 'Eni', 'DEVELOPS', 'Zohr')).toBeDefined();
    expect(between(pumping, 'Zohr', 'PRODUCES', 'natural gas')).toBeDefined();
  });

  test('"the company" after a verb of saying is the firm whose officer speaks', () => {
    const doc = extractText('Sinopec holds 20% of the block. Shell Chief Executive Wael Sawan said the company had partnered with Petronas on the block.');
    expect(between(doc, 'Shell', 'COOPERATES_WITH', 'Petronas')).toBeDefined();
    expect(between(doc, 'Sinopec', 'COOPERATES_WITH', 'Petronas')).toBeUndefined();
  });

  test('the two sides of an offtake agreement cooperate, past a relative clause on the seller', () => {
    const doc = extractText('Pilbara Minerals, which runs the Pilgangoora mine, signed an offtake agreement with Ganfeng Lithium in 2023.');
    expect(between(doc, 'Pilbara Minerals', 'COOPERATES_WITH', 'Ganfeng Lithium')).toBeDefined();
  });
});

describe('English banks and subsidiaries', () => {
  test('a bank is a firm unless its name makes it a public body', () => {
    const doc = extractText("Germany's Deutsche Bank and the Asian Development Bank joined Nedbank Group and the Bank of Ghana in the loan.");
    expect(typeOf(doc, 'Deutsche Bank')).toBe('Firm');
    expect(typeOf(doc, 'Asian Development Bank')).toBe('Organization');
    expect(typeOf(doc, 'Bank of Ghana')).toBe('Organization');
  });

  test('a demonym before "its subsidiary" seats the subsidiary, which is part of the parent', () => {
    const doc = extractText("The loan was arranged by South Africa's Absa Bank, its Kenyan subsidiary Absa Bank Kenya and the Afreximbank.");
    expect(between(doc, 'Absa Bank Kenya', 'PART_OF', 'Absa Bank')).toBeDefined();
    expect(between(doc, 'Absa Bank Kenya', 'LOCATED_IN', 'Kenya')).toBeDefined();
    expect(between(doc, 'Afreximbank', 'PART_OF', 'Absa Bank')).toBeUndefined();
  });
});

