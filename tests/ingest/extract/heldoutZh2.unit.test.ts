import { between, extractText, typeOf } from './helpers';

/** Chinese text written after the rules: kinds of sentence the second held-out round taught. */

describe('Chinese firms, places and participants on unseen text', () => {
  test('a firm whose name opens with its state is in that state, and the state is named', () => {
    const doc = extractText('科威特石油公司（KPC）宣布擴大煉油產能。');
    expect(typeOf(doc, '科威特')).toBe('State');
    const seat = between(doc, '科威特石油公司', 'LOCATED_IN', '科威特');
    expect(seat?.evidence[0].sentence).toContain('科威特石油公司（KPC）');
  });
});
