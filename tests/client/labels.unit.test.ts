import { shortLabel } from '../../client/src/graph/labels';

describe('node labels', () => {
  it('keeps short names whole', () => {
    expect(shortLabel('Mitsui & Co.')).toBe('Mitsui & Co.');
    expect(shortLabel('北極液化天然氣2號')).toBe('北極液化天然氣2號');
  });

  it('shortens long names at a word boundary, CJK characters counting double, with an ellipsis', () => {
    const english = shortLabel('Japan Organization for Metals and Energy Security');
    expect(english).toBe('Japan Organization for…');
    const chinese = shortLabel('日本石油天然氣金屬礦物資源機構能源安全保障局');
    expect(chinese.endsWith('…')).toBe(true);
    expect([...chinese.slice(0, -1)].length).toBeLessThanOrEqual(13);
  });
});
