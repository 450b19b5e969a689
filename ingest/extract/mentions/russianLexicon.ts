import type { Lexicon, LexiconEntry } from '../lexicon';
import { foldWord, hasCyrillic, isFixedWord, NAME_WORD, wordForms } from '../russianWords';
import { PRIORITY, type Candidate } from './types';

/**
 * Lexicon names written in Cyrillic, found in any of their inflected forms (на Северном морском
 * пути, Росатома, Путиным), as whole words. Names are indexed by the forms of their first word;
 * each further word must be one of the forms of the name's word at that place.
 */
interface RussianName {
  words: Set<string>[];
  /** A capitalised name word must be capitalised in the text (Россия, not россия the word). */
  capital: boolean;
  entry: LexiconEntry;
}

interface RussianIndex {
  byFirstWord: Map<string, RussianName[]>;
}

const indexes = new WeakMap<Lexicon, RussianIndex>();

function key(word: string): string {
  return isFixedWord(word) ? word : foldWord(word);
}

function buildIndex(lexicon: Lexicon): RussianIndex {
  const byFirstWord = new Map<string, RussianName[]>();
  for (const entry of lexicon.entries.values()) {
    for (const name of entry.names) {
      if (!hasCyrillic(name)) continue;
      const words = name.normalize('NFKC').match(NAME_WORD) ?? [];
      if (words.length === 0) continue;
      const forms = words.map((w) => new Set(wordForms(w)));
      const first = words[0] ?? '';
      const capital = /^\p{Lu}/u.test(first) && !isFixedWord(first);
      const item: RussianName = { words: forms, capital, entry };
      for (const f of forms[0]) {
        const list = byFirstWord.get(f) ?? [];
        list.push(item);
        byFirstWord.set(f, list);
      }
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

export function russianIndex(lexicon: Lexicon): RussianIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    index = buildIndex(lexicon);
    indexes.set(lexicon, index);
  }
  return index;
}

/** The entry of a one-word Cyrillic lexicon name of that type, in whichever case form the word is (России, РФ → Russia). */
export function oneWordName(lexicon: Lexicon, word: string, type: string): LexiconEntry | undefined {
  return russianIndex(lexicon).byFirstWord.get(key(word))?.find((n) => n.words.length === 1 && n.entry.type === type)?.entry;
}

export interface TextWord {
  start: number;
  end: number;
  text: string;
  key: string;
}

export function textWords(text: string): TextWord[] {
  const out: TextWord[] = [];
  for (const m of text.matchAll(NAME_WORD)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], key: key(m[0]) });
  return out;
}

/** Cyrillic lexicon names in a sentence, longest first at each word. Only sentences with Cyrillic. */
export function russianLexiconCandidates(lexicon: Lexicon, text: string, words?: TextWord[]): Candidate[] {
  if (!hasCyrillic(text)) return [];
  const index = russianIndex(lexicon);
  const ws = words ?? textWords(text);
  const found: Candidate[] = [];
  let i = 0;
  while (i < ws.length) {
    const hit = nameAt(index, text, ws, i);
    if (hit) {
      found.push({ start: ws[i].start, end: ws[i + hit.words.length - 1].end, type: hit.entry.type, method: 'lexicon', priority: PRIORITY.lexicon, lexiconKey: hit.entry.key });
      i += hit.words.length;
    } else {
      i++;
    }
  }
  return found;
}

/** A word of four or more capitals that is no acronym the lexicon knows (НОВАТЭК, ЛУКОЙЛ, АЛРОСА). */
const SHOUTED = /^[А-ЯЁ]{4,}$/;

function nameAt(index: RussianIndex, text: string, ws: TextWord[], i: number): RussianName | undefined {
  const list = index.byFirstWord.get(ws[i].key);
  if (!list) return SHOUTED.test(ws[i].text) ? shoutedName(index, ws[i]) : undefined;
  for (const name of list) {
    if (i + name.words.length > ws.length) continue;
    if (name.capital && !/^\p{Lu}/u.test(ws[i].text)) continue;
    let ok = true;
    for (let k = 1; k < name.words.length && ok; k++) {
      // Words of one name are separated by spaces only (not by a comma or a bracket).
      ok = name.words[k].has(ws[i + k].key) && /^\s+$/.test(text.slice(ws[i + k - 1].end, ws[i + k].start));
    }
    if (ok) return name;
  }
  return undefined;
}

/**
 * Firms write their own names in capitals (НОВАТЭК, ЛУКОЙЛ) where the lexicon has them as a
 * word (Новатэк): a one-word capitalised name matches such a word in any of its case forms, while
 * acronyms (США, КНР) stay matched as written.
 */
function shoutedName(index: RussianIndex, word: TextWord): RussianName | undefined {
  return index.byFirstWord.get(foldWord(word.text))?.find((n) => n.words.length === 1 && n.capital);
}
