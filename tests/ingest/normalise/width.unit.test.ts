import { normaliseWidth } from '../../../ingest/normalise/width';

/** Full-width text is read as half-width, and every character still points at the raw text. */
describe('width normalisation', () => {
  test('full-width Latin and digits become ASCII, CJK stays', () => {
    expect(normaliseWidth('日本ＬＮＧ輸入２０２２年').text).toBe('日本LNG輸入2022年');
  });

  test('each character keeps its offset in the raw text, so evidence opens at the right place', () => {
    const raw = 'ＡＢ中文Ｃ';
    const out = normaliseWidth(raw);
    const c = out.text.indexOf('C');
    expect(raw[out.toRaw[c]]).toBe('Ｃ');
  });

  test('footnote markers keep their shape so sources can still be found', () => {
    expect(normaliseWidth('制裁①和²').text).toBe('制裁①和²');
  });
});
