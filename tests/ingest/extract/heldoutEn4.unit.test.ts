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
