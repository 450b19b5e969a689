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
  clauseSpeechVerbs: string[];
  clauseOpeners: string;
  authorLineLabels: string[];
}

const rules = readRules<PeopleRules>('zh/people.json');
const titles = rules.titles.map(toSimplified).sort((a, b) => b.length - a.length);
/** Most sentences hold no title: one pass finds the few that occur. */
const titleScanner = new LiteralScanner(titles);
/** Words that may begin right after a name: speech verbs (称, 表示) and others (任内, 主导, 会见). */
const speech = [...rules.speechVerbs, ...rules.nameFollowers].map(toSimplified);
const enders = toSimplified(rules.nameEnders);
const authorLabels = rules.authorLineLabels.map(toSimplified);

/** A line presenting the authors (作者简介：田正，…研究所副研究员（北京…）): its names are no entities. */
export function isAuthorLine(text: string): boolean {
  const head = text.slice(0, 12).replace(/^[\s*#>_【\[]+/, '');
  return authorLabels.some((l) => head.startsWith(l));
}

/** Verbs that quote the person named at the start of a clause (认为, 指出). */
const clauseSpeechVerbs = rules.clauseSpeechVerbs.map(toSimplified);
/** Characters a clause starts after. */
const clauseOpeners = toSimplified(rules.clauseOpeners);
/** jieba tags that do not occur inside personal names. */
// (Plain u is 之, which Japanese given names use: 小林鹰之.)
const NOT_IN_NAMES = /^(?:f|m|q|t|zg|v|vn|vd|p|uj|ul|c|d|r)$/;
/** A bracketed phrase that may be a title after a name: 松野博一（内阁官房长官）, 萩生田光一（时任经济产业大臣；兼任…）. */
// (Sentences are split at semicolons, so the bracket may close in the next sentence.)
const BRACKETED = /[（(]([^（）()]{2,32}?)(?:[）)]|[；;]$)/g;
const MIN = 2;
const MAX = 4;
/** Japanese names run to five characters (萩生田光一, 金子原二郎); a bracketed title is strong enough evidence for them. */
const MAX_BEFORE_TITLE = 5;
/** jieba tags of the words a personal name may be cut into (小山|坚, 飞田|雅则, 山下|真一, 田中|彰). */
const NAME_WORD_TAGS = /^(?:nr|nrfg|nrt|nz|ns|s|x)$/;
/** Tags that point to a name (the segmenter reads it as one, or does not know the word). */
const NAME_EVIDENCE_TAGS = /^(?:nr|nrfg|nrt|nz|x)$/;
/** One-character words that end a name rather than finish it (了, 的, 在, 和, 其). */
const FUNCTION_TAGS = /^(?:p|c|u|uj|ul|uz|ug|uv|ud|r|d|m|q|f|t|y|e|o)$/;

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
      // 普京總統彙報時: a title right after a known person is that person's; no name follows it.
      if (known.some((k) => k.type === 'Person' && k.end === at)) {
        at = text.indexOf(title, at + 1);
        continue;
      }
      const end = nameEnd(text, start);
      const name = text.slice(start, end);
      // The cheap text tests first: `free` may have the sentence tagged.
      if (end - start >= MIN && fitsName(text, start, end) && !titles.some((t) => name.includes(t)) && !/[）)]/.test(text[end] ?? '') && followsName(text, end + dayAfterName(text, end)) && free(known, words.tokens, start, end)) {
        out.push({ start, end, type: 'Person', method: 'title', priority: PRIORITY.head });
      }
      at = text.indexOf(title, at + 1);
    }
  }
  for (const m of matchAll(BRACKETED, text)) {
    // The first of several roles names the person (时任经济产业大臣；兼任俄国经济合作大臣).
    const role = m[1].split(/[；;，,、]/)[0];
    if (!titles.some((t) => role.endsWith(t))) continue;
    let start = m.index;
    while (start > 0 && isCjkChar(text[start - 1]) && !enders.includes(text[start - 1]) && m.index - start < MAX_BEFORE_TITLE + 1) start--;
    // 然而萩生田光一（…）: a conjunction or adverb before the name ends the walk too.
    if (start > 0 && !enders.includes(text[start - 1])) {
      const after = words.tokens.find((t) => t.end > start && t.end <= m.index - MIN && FUNCTION_TAGS.test(t.tag) && t.start >= start - 2);
      if (after) start = after.end;
    }
    const length = m.index - start;
    if (length >= MIN && length <= MAX_BEFORE_TITLE && (start === 0 || enders.includes(text[start - 1]) || functionWordEndsAt(words.tokens, start)) && freeBeforeTitle(known, words.tokens, start, m.index)) {
      out.push({ start, end: m.index, type: 'Person', method: 'title', priority: PRIORITY.head });
    }
  }
  out.push(...speakerCandidates(text, known, words, out));
  return out;
}

/**
 * A clause that opens with a name and a speech verb (小山坚认为，…; 飞田雅则指出，…): the name of an
 * analyst or official quoted without a title. Only 3–4 characters that segmentation reads as
 * name words, never a known name or an ordinary noun (专家认为, 报告指出, 该公司表示).
 */
function speakerCandidates(text: string, known: Candidate[], words: Segmentation, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const verb of clauseSpeechVerbs) {
    let at = text.indexOf(verb);
    while (at >= 0) {
      let start = at;
      // Only punctuation opens the clause: 则 ends a name elsewhere but writes one here (飞田雅则).
      while (start > 0 && isCjkChar(text[start - 1]) && !clauseOpeners.includes(text[start - 1]) && at - start <= MAX) start--;
      const length = at - start;
      if (length >= 3 && length <= MAX && (start === 0 || clauseOpeners.includes(text[start - 1]))
        && !found.some((f) => overlaps(f, { start, end: at })) && !known.some((k) => overlaps(k, { start, end: at })) && nameWords(words.tokens, start, at)) {
        out.push({ start, end: at, type: 'Person', method: 'speaker', priority: PRIORITY.head });
      }
      at = text.indexOf(verb, at + 1);
    }
  }
  return out;
}

/** Like `free`, but a bracketed title is evidence enough for a given name with a numeral (光一, 博一). */
function freeBeforeTitle(known: Candidate[], toks: Token[], start: number, end: number): boolean {
  if (known.some((k) => overlaps(k, { start, end }))) return false;
  if (toks.some((t) => t.start === start && t.end === end && !/^(nr|x|eng)/.test(t.tag))) return false;
  return toks.filter((t) => t.start < end && start < t.end).every((t) => t.tag === 'm' ? !/\d/.test(t.word) : !NOT_IN_NAMES.test(t.tag));
}

function functionWordEndsAt(toks: Token[], at: number): boolean {
  return toks.some((t) => t.end === at && FUNCTION_TAGS.test(t.tag));
}

/** Every word of two or more characters is one segmentation reads as a name, and the run is not one place word. */
function nameWords(toks: Token[], start: number, end: number): boolean {
  const inside = toks.filter((t) => t.start < end && start < t.end);
  if (inside.length < 2 || inside[0].start !== start || inside[inside.length - 1].end !== end) return false;
  // Family names are often ordinary words to the segmenter (野村|哲郎): a noun may stand beside a
  // word it reads as a name or does not know.
  const evidence = inside.some((t) => t.word.length >= 2 && NAME_EVIDENCE_TAGS.test(t.tag));
  return evidence && inside.every((t) => (t.word.length < 2 ? !FUNCTION_TAGS.test(t.tag) : NAME_WORD_TAGS.test(t.tag) || t.tag === 'n'));
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

/** 发言人郭嘉昆25日表示: the day of the statement between the name and its verb, as its length (0 when none). */
const DAY = /^\d{1,2}(?:月\d{1,2})?日/;
function dayAfterName(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (!(c >= 0x30 && c <= 0x39)) return 0;
  return DAY.exec(text.slice(end, end + 7))?.[0].length ?? 0;
}

/** A speech verb or a word that ends a name at `at` (称, 表示, 在, ，). */
function followsName(text: string, at: number): boolean {
  return speech.some((v) => text.startsWith(v, at)) || enders.includes(text[at] ?? '。');
}

function nameEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < maxTransliteratedName + 1 && isCjkChar(text[end]) && !enders.includes(text[end])) {
    if (speech.some((v) => text.startsWith(v, end))) break;
    end++;
  }
  return end;
}
