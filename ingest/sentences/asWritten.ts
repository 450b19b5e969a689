import type { Sentence } from '../model';

/**
 * The sentence as it stands in the document: the original characters (full-width punctuation
 * and all, no NFKC), with the hard wraps joined and footnote markers left out — what evidence
 * shows a reader and what a quote copied from the document matches. Walks `toRaw`, so an NFKC
 * expansion (one raw character, several normalised ones) contributes its raw character once.
 */
export function sentenceAsWritten(raw: string, sentence: Pick<Sentence, 'text' | 'toRaw'>): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < sentence.text.length; i++) {
    const r = sentence.toRaw[i];
    if (r === undefined) {
      out += sentence.text[i];
      continue;
    }
    // The space a join put between Latin words maps onto the next line's first character.
    if (sentence.text[i] === ' ' && !/\s/.test(raw[r] ?? '')) {
      out += ' ';
      continue;
    }
    if (r <= last) continue;
    last = r;
    const ch = raw[r];
    // A joined line break stays a space only where the join put one (between Latin words).
    if (ch === '\n' || ch === '\r') {
      if (sentence.text[i] === ' ') out += ' ';
      continue;
    }
    out += ch;
  }
  return out;
}
