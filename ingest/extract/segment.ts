import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { Lexicon } from './lexicon';
import { isCjkChar } from './script';
import { cutTogether, type SentenceWords } from './sentenceWords';

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
  readonly word: string;
  /** Part of speech as jieba tags it (looked up only when asked for). */
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

/**
 * jieba's tag of a word depends on the word alone (its dictionary entry, else its characters),
 * and `tag` cuts exactly as `cut` does; but `tag` costs about three times `cut` (one object per
 * word crosses from native code). So sentences are cut, and a sentence is tagged only when a tag
 * is asked for and one of its words has not been seen before. Bounded: a new vocabulary starts
 * over rather than growing without end.
 */
const wordTags = new Map<string, string>();
const MAX_REMEMBERED_TAGS = 200_000;

class TaggedSentence {
  private tagged = false;

  constructor(private readonly jieba: Jieba, private readonly text: string) {}

  tagOf(word: string): string {
    const known = wordTags.get(word);
    if (known !== undefined || this.tagged) return known ?? '';
    // The first unseen word of a document tags all its CJK sentences in one call (as they were cut).
    if (sentenceWords?.has(this.text) && tagDocument(this.jieba, sentenceWords)) {
      const found = wordTags.get(word);
      if (found !== undefined) return found;
    }
    this.tagged = true;
    rememberTags(this.jieba.tag(this.text, true));
    return wordTags.get(word) ?? '';
  }
}

/** Tags the words of a document's sentences once (false when they were tagged already). */
function tagDocument(jieba: Jieba, words: SentenceWords): boolean {
  if (words.tagged) return false;
  words.tagged = true;
  rememberTags(jieba.tag(words.joined, true));
  return true;
}

function rememberTags(tagged: { word: string; tag: string }[]): void {
  if (wordTags.size > MAX_REMEMBERED_TAGS) wordTags.clear();
  for (const t of tagged) wordTags.set(t.word, t.tag);
}

class SegmentedWord implements Token {
  constructor(readonly word: string, readonly start: number, readonly end: number, private readonly sentence: TaggedSentence) {}

  get tag(): string {
    return this.sentence.tagOf(this.word);
  }
}

/** The words of the sentences of the document being read, cut together (withSentenceWords). */
let sentenceWords: SentenceWords | undefined;

/**
 * Runs `read` with the words of these (compact) sentence texts cut in one call; `tokens` takes
 * them from there instead of cutting each sentence on its own. Only sentences with CJK
 * characters are cut ahead: others rarely need words at all.
 */
export function withSentenceWords<T>(lexicon: Lexicon, texts: readonly string[], read: () => T): T {
  const previous = sentenceWords;
  sentenceWords = cutTogether(segmenter(lexicon), texts.filter(hasCjk));
  try {
    return read();
  } finally {
    sentenceWords = previous;
  }
}

function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x9fff) return true;
  }
  return false;
}

/** Tokens with offsets into the (compact, simplified) text; tags resolve on first use. */
export function tokens(lexicon: Lexicon, text: string): Token[] {
  const seg = segmenter(lexicon);
  const sentence = new TaggedSentence(seg, text);
  const out: Token[] = [];
  let at = 0;
  for (const word of sentenceWords?.get(text) ?? seg.cut(text, true)) {
    const start = text.indexOf(word, at);
    if (start < 0) continue;
    out.push(new SegmentedWord(word, start, start + word.length, sentence));
    at = start + word.length;
  }
  return out;
}

/** Where words begin and end: a Set of offsets, or a Segmentation that cuts only when asked. */
export interface Boundaries {
  has(offset: number): boolean;
}

/**
 * The words of one sentence, cut on first use. Many sentences never need them (no short
 * lexicon name, head word, title or pair in them), and cutting is the larger part of what is
 * left of extraction once everything else only looks where it can find something.
 */
export class Segmentation implements Boundaries {
  private toks: Token[] | undefined;
  private bounds: Set<number> | undefined;

  constructor(private readonly lexicon: Lexicon, readonly text: string) {}

  get tokens(): Token[] {
    this.toks ??= tokens(this.lexicon, this.text);
    return this.toks;
  }

  has(offset: number): boolean {
    if (offset === 0 || offset === this.text.length) return true;
    if (isWordSeparator(this.text.charCodeAt(offset - 1)) || isWordSeparator(this.text.charCodeAt(offset))) return true;
    this.bounds ??= boundarySet(this.tokens, this.text.length);
    return this.bounds.has(offset);
  }
}

/**
 * jieba cuts blocks of Han characters, letters, digits and + # & . _ % - into words, and emits
 * every other character (punctuation, symbols, spaces) as a word of its own. So either side of
 * such a character is a word boundary, known without cutting the sentence.
 */
const SEPARATOR = /[\s\p{P}\p{S}]/u;
const KEPT_IN_BLOCKS = /[+#&._%-]/;
/** By code unit: 0 not yet known, 1 separator, 2 not. */
const separatorCodes = new Uint8Array(0x10000);

export function isWordSeparator(code: number): boolean {
  if (Number.isNaN(code)) return false;
  let known = separatorCodes[code];
  if (known === 0) {
    const ch = String.fromCharCode(code);
    known = SEPARATOR.test(ch) && !KEPT_IN_BLOCKS.test(ch) ? 1 : 2;
    separatorCodes[code] = known;
  }
  return known === 1;
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
