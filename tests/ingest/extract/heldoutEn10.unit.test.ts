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
