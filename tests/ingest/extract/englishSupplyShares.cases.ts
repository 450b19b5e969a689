import { extractText, triples } from './helpers';

/** Supply stated as a share of the buyer's use or of the seller's exports. */

describe('English supply as a share', () => {
  test('a share of the commodity a buyer uses, and a share of a state\'s exports that goes to another', () => {
    expect(triples(extractText('Kazakhstan provides about 40% of the uranium bought by Cameco.', 'x.en.txt'))).toContain('kazakhstan SUPPLIES cameco');
    expect(triples(extractText('About half of Australia\'s LNG exports go to Japan.', 'x.en.txt'))).toContain('australia SUPPLIES japan');
  });

  test('a share of something other than exports, or going elsewhere than a buyer, is no supply', () => {
    expect(triples(extractText('About half of Australia\'s voters went to the polls in Japan-style booths.', 'x.en.txt')).filter((t) => t.includes('SUPPLIES'))).toEqual([]);
  });
});

describe('English projects a firm owns, by "whose" and "its"', () => {
  test('X, whose Y project; X … at its Y plant', () => {
    expect(triples(extractText('Canada\'s GoviEx Uranium, whose Madaouela project lost its permit, said it would appeal.', 'x.en.txt')).some((t) => t.startsWith('goviex-uranium DEVELOPS'))).toBe(true);
    expect(triples(extractText('Orano is expanding enrichment capacity at its Georges Besse II plant in Tricastin.', 'x.en.txt')).some((t) => t.startsWith('orano DEVELOPS'))).toBe(true);
  });

  test('no other name between the firm and "its"', () => {
    expect(triples(extractText('Orano said Niger had halted work at its Imouraren mine.', 'x.en.txt')).filter((t) => t.startsWith('orano DEVELOPS'))).toEqual([]);
  });
});
