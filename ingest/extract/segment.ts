import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { Lexicon } from './lexicon';
import { isCjkChar } from './script';

/**
 * Word segmentation (jieba) for finding the modifiers of a head word and word boundaries.
 * Lexicon names are added as user words so segmentation keeps them whole.
 */

let jieba: Jieba | undefined;

export function segmenter(lexicon: Lexicon): Jieba {
  if (jieba) return jieba;
  jieba = Jieba.withDict(dict);
  const words: string[] = [];
  for (const list of lexicon.byFirstChar.values()) {
    for (const alias of list) if (isCjkChar(alias.form[0]) && !/\s/.test(alias.form)) words.push(`${alias.form} 100000 nz`);
  }
  jieba.loadDict(Buffer.from(words.join('\n') + '\n'));
  return jieba;
}

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Tagged tokens with offsets into the (compact, simplified) text. */
export function tokens(lexicon: Lexicon, text: string): Token[] {
  const tagged: TaggedWord[] = segmenter(lexicon).tag(text, true);
  const out: Token[] = [];
  let at = 0;
  for (const t of tagged) {
    const start = text.indexOf(t.word, at);
    if (start < 0) continue;
    out.push({ word: t.word, tag: t.tag, start, end: start + t.word.length });
    at = start + t.word.length;
  }
  return out;
}

/** Offsets at which a token starts (and the text end). */
export function boundarySet(toks: Token[], length: number): Set<number> {
  const set = new Set<number>([0, length]);
  for (const t of toks) {
    set.add(t.start);
    set.add(t.end);
  }
  return set;
}
