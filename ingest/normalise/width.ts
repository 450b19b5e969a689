import type { MappedText } from './mapped';

/**
 * NFKC, one code point at a time so each output character keeps its raw offset: full-width
 * Latin and digits become ASCII (ＬＮＧ → LNG, ２０２２ → 2022), compatibility ideographs fold.
 * Footnote markers are left as they are (¹ ① would otherwise turn into plain digits and
 * melt into the sentence), so the structure stage can still recognise them.
 */

function keepsShape(cp: number): boolean {
  return (
    cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || // ² ³ ¹
    (cp >= 0x2070 && cp <= 0x209f) || // superscripts and subscripts
    (cp >= 0x2460 && cp <= 0x24ff) || // ① … ⓿ enclosed alphanumerics
    (cp >= 0x2776 && cp <= 0x2793) || // ❶ … dingbat circled numbers
    (cp >= 0x3251 && cp <= 0x325f) || // ㉑ … ㉟
    (cp >= 0x32b1 && cp <= 0x32bf) // ㊱ … ㊿
  );
}

/** NFKC of one code point, remembered: a document repeats the same few thousand characters. */
const folds = new Map<number, string>();

function fold(cp: number, ch: string): string {
  let folded = folds.get(cp);
  if (folded === undefined) {
    folded = ch.normalize('NFKC');
    folds.set(cp, folded);
  }
  return folded;
}

export function normaliseWidth(raw: string): MappedText {
  // Most characters stay as they are: they are copied in runs, and only folded ones are pieced.
  const parts: string[] = [];
  const toRaw: number[] = [];
  let runStart = 0;
  let end = 0;
  let i = 0;
  while (i < raw.length) {
    const cp = raw.codePointAt(i) as number;
    const width = cp < 0x10000 ? 1 : 2;
    const ch = width === 1 ? raw[i] : String.fromCodePoint(cp);
    const folded = cp < 0x80 || keepsShape(cp) ? ch : fold(cp, ch);
    if (folded !== ch) {
      if (runStart < i) parts.push(raw.slice(runStart, i));
      // Some compatibility characters expand (㈱ → (株)); each piece maps to the same place.
      parts.push(folded);
      for (let k = 0; k < folded.length; k++) toRaw.push(i);
      runStart = i + width;
      if (folded.length > 0) end = i + width;
    } else {
      for (let k = 0; k < width; k++) toRaw.push(i);
      end = i + width;
    }
    i += width;
  }
  if (runStart < raw.length) parts.push(raw.slice(runStart));
  toRaw.push(end);
  return { text: parts.join(''), toRaw };
}
