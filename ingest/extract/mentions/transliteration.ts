import { readRules } from '../data';
import { overlaps, PRIORITY, type Candidate } from './types';

/** Characters that write foreign names by sound (data/rules/zh/transliteration.json). */
interface TransliterationRules {
  chars: string;
  dots: string;
  minPart: number;
  maxPart: number;
  maxTitledName: number;
}

const rules = readRules<TransliterationRules>('zh/transliteration.json');
const soundChars = new Set(rules.chars);
export const maxTransliteratedName = rules.maxTitledName;

export function isSoundChar(ch: string | undefined): boolean {
  return ch !== undefined && soundChars.has(ch);
}

/** Every character of the span writes a sound: a foreign name may run longer than a Chinese one. */
export function isTransliterated(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!soundChars.has(text[i])) return false;
  return true;
}

/**
 * A modifier that writes a foreign name by sound: three characters or more, at least three in four
 * of them transliteration characters (德尔加杜角 has one that is not).
 */
export function writesForeignName(modifier: string): boolean {
  if (modifier.length < 3) return false;
  let sound = 0;
  for (const ch of modifier) if (soundChars.has(ch)) sound++;
  return sound * 4 >= modifier.length * 3;
}

/**
 * Foreign personal names written part·part (根纳季·季姆琴科, 弗拉基米尔·普京): each part a run of
 * transliteration characters. Most sentences hold no dot: the test for one comes first.
 */
export function dottedNameCandidates(text: string, known: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let at = firstDot(text, 0);
  while (at >= 0) {
    let start = at;
    while (start > 0 && at - start < rules.maxPart && isSoundChar(text[start - 1])) start--;
    let end = at;
    let dot = at;
    // Follow the chain of parts: 马丁·路德·金.
    for (;;) {
      let partEnd = dot + 1;
      while (partEnd < text.length && partEnd - dot - 1 < rules.maxPart && isSoundChar(text[partEnd])) partEnd++;
      if (partEnd === dot + 1) break;
      end = partEnd;
      if (!rules.dots.includes(text[end] ?? '')) break;
      dot = end;
    }
    // A known name in the span (弗拉基米尔·普京) is left to the lexicon, unless it is only the
    // family name after the dot: 谢尔达尔·别尔德穆哈梅多夫 is the son, not the father the lexicon
    // knows by the family name alone, so the whole dotted name wins.
    const inside = known.filter((k) => overlaps(k, { start, end }));
    if (end > at && at - start >= rules.minPart && end - start - 1 >= 2 * rules.minPart - 1) {
      if (inside.length === 0) out.push({ start, end, type: 'Person', method: 'dotted-name', priority: PRIORITY.head });
      else if (inside.every((k) => k.type === 'Person' && k.start > at && k.end <= end)) out.push({ start, end, type: 'Person', method: 'dotted-name', priority: PRIORITY.lexicon + 1 });
    }
    at = firstDot(text, Math.max(end, at + 1));
  }
  return out;
}

function firstDot(text: string, from: number): number {
  let best = -1;
  for (const d of rules.dots) {
    const i = text.indexOf(d, from);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

const LATIN_AFTER = /^[（(]([A-Z][A-Za-z .'’-]{1,60}?)[）)]/;

/** A name found by its title or its dots, with its original right after it (马哲睿（Christophe de Margerie））: one person, both names. */
export function pairWithLatin(text: string, people: Candidate[]): void {
  for (const p of people) {
    if (p.pairedName || (text[p.end] !== '（' && text[p.end] !== '(')) continue;
    const m = LATIN_AFTER.exec(text.slice(p.end, p.end + 64));
    if (m) p.pairedName = m[1].trim();
  }
}

/** Where a dotted name ending at `end` starts (弗拉基米尔·波塔宁), no earlier than `from`; undefined if none ends there. */
export function dottedNameStart(text: string, from: number, end: number): number | undefined {
  let start = end;
  let part = 0;
  let dots = 0;
  while (start > from) {
    const ch = text[start - 1];
    if (rules.dots.includes(ch) && part > 0) {
      dots++;
      part = 0;
    } else if (isSoundChar(ch) && part < rules.maxPart) part++;
    else break;
    start--;
  }
  if (part === 0 && dots > 0) start++;
  return dots > 0 && part >= 1 ? start : undefined;
}
