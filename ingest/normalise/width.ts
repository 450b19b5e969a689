import { MappedBuilder, type MappedText } from './mapped';

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

export function normaliseWidth(raw: string): MappedText {
  const out = new MappedBuilder();
  let i = 0;
  while (i < raw.length) {
    const cp = raw.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    if (cp < 0x80 || keepsShape(cp)) out.appendChar(ch, i);
    else {
      const folded = ch.normalize('NFKC');
      // Some compatibility characters expand (㈱ → (株)); each piece maps to the same place.
      for (const piece of folded) out.appendChar(piece, i, i + ch.length);
    }
    i += ch.length;
  }
  return out.build();
}
