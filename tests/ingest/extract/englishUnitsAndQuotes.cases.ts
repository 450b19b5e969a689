import { extractText, triples } from './helpers';

/** English: a firm's foreign unit acts for the firm; a quoted name reads as a bare one. */

describe('a demonym before a unit of a firm', () => {
  test("the possessing firm is the party, and the unit's country is no party and not the firm's seat", () => {
    const rels = triples(extractText("Chevron's Australian unit operates the Gorgon LNG plant.", 'x.en.txt'));
    expect(rels).toContain('chevron DEVELOPS gorgon-lng');
    expect(rels.filter((r) => r.includes('australia'))).toEqual([]);
  });

  test('a plural firm noun still lets the country act through its firms', () => {
    expect(triples(extractText('Chinese refiners import Iranian oil.', 'x.en.txt'))).toContain('china IMPORTS_FROM iran');
  });
});

describe('names in quotation marks', () => {
  test('curly and straight quotes around a name do not hide it from the rules', () => {
    expect(triples(extractText('Mitsui & Co. owns 10% of the “Arctic LNG 2” project.', 'x.en.txt'))).toContain('mitsui-and-co HOLDS_STAKE_IN arctic-lng-2');
    expect(triples(extractText('Novatek, which operates "Yamal LNG", reported higher output.', 'x.en.txt'))).toContain('novatek DEVELOPS yamal-lng');
  });

  test("a quotation that ends just before a possessive leaves the name's 's alone", () => {
    expect(triples(extractText('"The pipeline was not feasible," Equinor\'s chief executive Anders Opedal said.', 'x.en.txt'))).toContain('anders-opedal LEADS equinor');
  });
});
