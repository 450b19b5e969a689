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
