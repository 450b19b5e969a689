import { readRules } from '../data';
import { toSimplified } from '../script';
import type { SentenceMentions } from '.';
import { overlaps, PRIORITY, type Candidate } from './types';

/**
 * Short forms of a state the text has named in full: 莫三比克 … 莫國政府, 卡塔爾 … 卡國, and the
 * state as a side of talks or a deal, 塞尔维亚 … 塞方保留37%股权. A news or paper text names a state
 * once and then writes its first character and 國 (or 方); that short form is
 * the same state, so relations stated with it (應莫國政府邀請派兵) reach it. Only after the full name,
 * only when one state named so far begins with that character. Adds candidates in place.
 */
interface ShortFormWords {
  countryWords: string[];
  notBefore: string;
  notAfter: string;
  /** 塞方, 委方, 土方: the side of a state in talks or a deal, with its own exceptions. */
  sideWords: { word: string; notFirst: string; notAfter: string }[];
}

const words = readRules<ShortFormWords>('zh/stateShortForms.json');
const countryWords = words.countryWords.map(toSimplified);
const notBefore = new Set([...toSimplified(words.notBefore)]);
const notAfter = new Set([...toSimplified(words.notAfter)]);
/** Each short-form word with the characters that, right after it or as the state's first character, make it another word. */
const shortFormWords = [
  ...countryWords.map((word) => ({ word, notFirst: new Set<string>(), notAfter })),
  ...words.sideWords.map((w) => ({ word: toSimplified(w.word), notFirst: new Set([...toSimplified(w.notFirst)]), notAfter: new Set([...toSimplified(w.notAfter)]) })),
];
const CJK = /[\u4e00-\u9fff]/;

export function addStateShortForms(sentences: SentenceMentions[]): void {
  // First character → the states named so far whose full name begins with it.
  const byFirst = new Map<string, Set<string>>();
  for (const s of sentences) {
    const text = s.match.compact;
    const added: Candidate[] = [];
    // The full names of this sentence count from where they stand (卡塔爾是出口國，卡國產能上升).
    const here = s.candidates.filter((c) => fullStateName(text, c)).map((c) => ({ end: c.end, first: text[c.start], key: c.lexiconKey! }));
    if (byFirst.size || here.length) {
      for (const { word, notFirst, notAfter: after } of shortFormWords) {
        for (let at = text.indexOf(word, 1); at >= 1; at = text.indexOf(word, at + 1)) {
          const first = text[at - 1];
          if (notFirst.has(first)) continue;
          const keys = new Set([...(byFirst.get(first) ?? []), ...here.filter((h) => h.end < at && h.first === first).map((h) => h.key)]);
          if (keys.size !== 1 || notBefore.has(text[at - 2] ?? '') || after.has(text[at + word.length] ?? '')) continue;
          const span = { start: at - 1, end: at + word.length };
          if (s.candidates.some((c) => overlaps(c, span))) continue;
          const key = [...keys][0];
          added.push({ ...span, type: 'State', method: 'state-short-form', priority: PRIORITY.lexicon, lexiconKey: key });
        }
      }
    }
    for (const h of here) {
      const keys = byFirst.get(h.first) ?? new Set<string>();
      keys.add(h.key);
      byFirst.set(h.first, keys);
    }
    if (!added.length) continue;
    s.candidates.push(...added);
    s.candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

/** A state written by a full name of three or more characters that does not itself end in 國. */
function fullStateName(text: string, c: Candidate): boolean {
  if (c.type !== 'State' || !c.lexiconKey || c.method === 'abbreviation' || c.method === 'state-short-form') return false;
  const name = text.slice(c.start, c.end);
  return name.length >= 3 && CJK.test(name[0]) && !countryWords.some((w) => name.endsWith(w));
}
