import path from 'node:path';
import { sampleCorpusDir } from '../../../ingest/corpus';
import { loadLexicon } from '../../../ingest/extract/lexicon';
import { matchText } from '../../../ingest/extract/script';
import { boundarySet, isWordSeparator, Segmentation, segmenter, tokens, withSentenceWords } from '../../../ingest/extract/segment';
import { cutTogether } from '../../../ingest/extract/sentenceWords';
import { prepareDocument } from '../../../ingest/pipeline';

/** Segmentation answers from shortcuts (punctuation, remembered tags) as jieba itself would. */

const sentences: string[] = [];

beforeAll(async () => {
  for (const file of ['000_80306e837f2edb1f.txt', '003_de7e3ed9aac2a254.txt']) {
    const doc = await prepareDocument(path.join(sampleCorpusDir, file));
    for (const s of doc.sentences) sentences.push(matchText(s.text).compact);
  }
  sentences.push('日本，市場的波動。', '「中國」與（美國）', 'A.B公司,C&D集团', '3.5%的股权；20%', '北京·上海——天津…', 'Arctic LNG 2 (Russia)');
});

test('either side of punctuation, a symbol or a space is a word boundary of jieba', () => {
  const lexicon = loadLexicon();
  let checked = 0;
  for (const text of sentences) {
    const boundaries = boundarySet(tokens(lexicon, text), text.length);
    for (let i = 0; i < text.length; i++) {
      if (!isWordSeparator(text.charCodeAt(i))) continue;
      checked++;
      expect({ text, i, before: boundaries.has(i), after: boundaries.has(i + 1) }).toEqual({ text, i, before: true, after: true });
    }
  }
  expect(checked).toBeGreaterThan(500);
  // Kept inside blocks of letters and digits by jieba: not separators.
  for (const ch of '+#&._%-a1中') expect(isWordSeparator(ch.charCodeAt(0))).toBe(false);
});

test('a lazily cut sentence has the boundaries of the cut one', () => {
  const lexicon = loadLexicon();
  for (const text of sentences.slice(0, 200)) {
    const boundaries = boundarySet(tokens(lexicon, text), text.length);
    const lazy = new Segmentation(lexicon, text);
    for (let i = 0; i <= text.length; i++) expect(lazy.has(i)).toBe(boundaries.has(i));
  }
});

test('tags looked up lazily are the tags jieba gives', () => {
  const lexicon = loadLexicon();
  const jieba = segmenter(lexicon);
  for (const text of sentences) {
    const tagged = jieba.tag(text, true);
    expect(tokens(lexicon, text).map((t) => [t.word, t.tag])).toEqual(tagged.map((t) => [t.word, t.tag]));
  }
});

test("a document's sentences cut in one call get the words and tags each gets alone", () => {
  const lexicon = loadLexicon();
  const jieba = segmenter(lexicon);
  const texts = sentences.filter((t) => /[\u3400-\u9fff]/.test(t));
  const together = cutTogether(jieba, texts);
  for (const text of new Set(texts)) expect({ text, words: together.get(text) }).toEqual({ text, words: jieba.cut(text, true) });
  // tokens() read inside withSentenceWords come from the shared cut, tags included.
  const alone = texts.slice(0, 40).map((t) => tokens(lexicon, t).map((w) => `${w.word}/${w.tag}@${w.start}`));
  const shared = withSentenceWords(lexicon, texts, () => texts.slice(0, 40).map((t) => tokens(lexicon, t).map((w) => `${w.word}/${w.tag}@${w.start}`)));
  expect(shared).toEqual(alone);
});
