import { readRules } from '../data';
import { matchAll } from '../matchAll';
import { LiteralScanner } from '../requiredText';
import { isCjkChar, toSimplified } from '../script';
import type { Segmentation, Token } from '../segment';
import { isTransliterated, maxTransliteratedName } from './transliteration';
import { overlaps, PRIORITY, type Candidate } from './types';

interface PeopleRules {
  titles: string[];
  speechVerbs: string[];
  nameEnders: string;
  nameFollowers: string[];
}

const rules = readRules<PeopleRules>('zh/people.json');
const titles = rules.titles.map(toSimplified).sort((a, b) => b.length - a.length);
/** Most sentences hold no title: one pass finds the few that occur. */
const titleScanner = new LiteralScanner(titles);
/** Words that may begin right after a name: speech verbs (称, 表示) and others (任内, 主导, 会见). */
const speech = [...rules.speechVerbs, ...rules.nameFollowers].map(toSimplified);
const enders = toSimplified(rules.nameEnders);
/** jieba tags that do not occur inside personal names. */
// (Plain u is 之, which Japanese given names use: 小林鹰之.)
const NOT_IN_NAMES = /^(?:f|m|q|t|zg|v|vn|vd|p|uj|ul|c|d|r)$/;
/** A bracketed phrase that may be a title after a name: 松野博一（内阁官房长官）. */
const BRACKETED = /[（(]([^（）()]{2,16})[）)]/g;
const MIN = 2;
const MAX = 4;

/**
 * People named by their role: a 2–4 character name right after a title and ending before a
 * speech verb or punctuation (原局长北村滋称), or right before a bracketed title
 * (松野博一（内阁官房长官）).
 */
export function personCandidates(text: string, known: Candidate[], words: Segmentation): Candidate[] {
  const out: Candidate[] = [];
  const present = titleScanner.occurring(text);
  for (let k = 0; k < titles.length; k++) {
    if (present[k] === 0) continue;
    const title = titles[k];
    let at = text.indexOf(title);
    while (at >= 0) {
      const start = at + title.length;
      const end = nameEnd(text, start);
      const name = text.slice(start, end);
      // The cheap text tests first: `free` may have the sentence tagged.
      if (end - start >= MIN && fitsName(text, start, end) && !titles.some((t) => name.includes(t)) && !/[）)]/.test(text[end] ?? '') && (speech.some((v) => text.startsWith(v, end)) || enders.includes(text[end] ?? '。')) && free(known, words.tokens, start, end)) {
        out.push({ start, end, type: 'Person', method: 'title', priority: PRIORITY.head });
      }
      at = text.indexOf(title, at + 1);
    }
  }
  for (const m of matchAll(BRACKETED, text)) {
    if (!titles.some((t) => m[1].endsWith(t))) continue;
    let start = m.index;
    while (start > 0 && isCjkChar(text[start - 1]) && !enders.includes(text[start - 1]) && m.index - start < MAX + 1) start--;
    const length = m.index - start;
    if (length >= MIN && length <= MAX && (start === 0 || enders.includes(text[start - 1])) && free(known, words.tokens, start, m.index)) {
      out.push({ start, end: m.index, type: 'Person', method: 'title', priority: PRIORITY.head });
    }
  }
  return out;
}

/**
 * Not inside another name, not one ordinary word as segmentation reads it (职务, 表示), and not
 * holding a locative, measure, time or verb word (部长级会议上). (Module functions, not closures
 * per call: this runs for every sentence.)
 */
function free(known: Candidate[], toks: Token[], start: number, end: number): boolean {
  if (known.some((k) => overlaps(k, { start, end }))) return false;
  if (toks.some((t) => t.start === start && t.end === end && !/^(nr|x|eng)/.test(t.tag))) return false;
  return toks.filter((t) => t.start < end && start < t.end).every((t) => !NOT_IN_NAMES.test(t.tag));
}

/** 2–4 characters, or up to seven when all write sounds (阿尔巴尼斯). */
function fitsName(text: string, start: number, end: number): boolean {
  return end - start <= MAX || (end - start <= maxTransliteratedName && isTransliterated(text, start, end));
}

function nameEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < maxTransliteratedName + 1 && isCjkChar(text[end]) && !enders.includes(text[end])) {
    if (speech.some((v) => text.startsWith(v, end))) break;
    end++;
  }
  return end;
}
