import path from 'node:path';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { useIncrementalPrefixSearch } from './prefixSearch';
import { useLinearLattice } from './lattice';
import { rememberFeatures } from './features';
import { unzippedDictionaryFile } from './dictionaryCache';

/**
 * Japanese morphology: kuromoji with its bundled IPADIC dictionary.
 *
 * kuromoji's own builder reads the dictionary asynchronously; its loader only needs a function
 * that hands over each file, so here the files are read and unzipped synchronously (kept
 * unzipped between processes: dictionaryCache.ts). That makes
 * the analyser available to the synchronous extraction in every entry point (ingest, server,
 * eval, tests) without an async step before it. It loads on the first sentence with kana (about
 * 1–4 s, once per process); documents without Japanese never pay for it.
 */
export type JapaneseToken = IpadicFeatures;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const DictionaryLoader = require('kuromoji/src/loader/DictionaryLoader') as new (dir: string) => {
  loadArrayBuffer: (file: string, done: (err: Error | null, buffer?: ArrayBuffer) => void) => void;
  load: (done: (err: Error | null, dictionaries: unknown) => void) => void;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const KuromojiTokenizer = require('kuromoji/src/Tokenizer') as new (dictionaries: unknown) => Tokenizer<IpadicFeatures>;

let tokenizer: Tokenizer<IpadicFeatures> | undefined;

function dictionaryDir(): string {
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

export function japaneseTokenizer(): Tokenizer<IpadicFeatures> {
  if (tokenizer) return tokenizer;
  const loader = new DictionaryLoader(dictionaryDir());
  loader.loadArrayBuffer = (file, done) => done(null, unzippedDictionaryFile(file));
  let failure: Error | null = null;
  loader.load((err, dictionaries) => {
    failure = err;
    if (err) return;
    tokenizer = new KuromojiTokenizer(dictionaries);
    useIncrementalPrefixSearch((dictionaries as { trie: Parameters<typeof useIncrementalPrefixSearch>[0] }).trie);
    useLinearLattice(tokenizer);
    rememberFeatures(tokenizer);
  });
  if (!tokenizer) throw failure ?? new Error('the Japanese dictionary did not load synchronously');
  return tokenizer;
}

/** For entry points that would rather load the dictionary before the first document. */
export async function loadJapaneseAnalyser(): Promise<void> {
  japaneseTokenizer();
}

/** Hiragana or katakana: the sentence is Japanese (kanji alone may be Chinese). */
export function hasKana(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3041 && c <= 0x30fa) return true;
  }
  return false;
}

/** Cut one sentence into morphemes. */
export function japaneseTokens(text: string): JapaneseToken[] {
  return japaneseTokenizer().tokenize(text);
}
