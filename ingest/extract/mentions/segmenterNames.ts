import { readRules } from '../data';
import { isCjkChar, toSimplified } from '../script';
import type { Segmentation, Token } from '../segment';
import { headOf, headRules } from './heads';
import { overlaps, PRIORITY, type Candidate } from './types';

/** Names the segmenter's part-of-speech tags point to (data/rules/zh/segmenterNames.json). */
interface SegmenterNameRules {
  organizationEnds: string;
  minOrganizationLength: number;
  notNames: string[];
  placePrepositions: string[];
  placeTags: string[];
  placeEndTags: string[];
  placeEndChars: string;
  minPlaceLength: number;
  maxPlaceLength: number;
}

const rules = readRules<SegmenterNameRules>('zh/segmenterNames.json');
const orgEnds = new Set(toSimplified(rules.organizationEnds));
const notNames = new Set(rules.notNames.map(toSimplified));
const prepositions = new Set(rules.placePrepositions.map(toSimplified));
const placeTags = new Set(rules.placeTags);
const placeEndTags = new Set(rules.placeEndTags);
const CONTAINER_TYPES = new Set(['State', 'Place']);

/**
 * Organisations the segmenter tags nt (商务部, 海关总署, 国家外汇管理局) and places named after
 * 在 / 位于 up to the verb (在珀斯会晤, 在韩国釜山会晤). Only sentences holding a character an
 * organisation name ends with, or a preposition of place, are cut and tagged.
 */
export function segmenterNameCandidates(text: string, words: Segmentation, known: Candidate[]): Candidate[] {
  if (!mayHoldName(text)) return [];
  const out: Candidate[] = [];
  const toks = words.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.word.length >= rules.minOrganizationLength && orgEnds.has(t.word[t.word.length - 1]) && isCjkChar(t.word[0])) {
      // An agency keeps the state its name starts with (美国国防部); any other known name inside wins.
      if (t.tag === 'nt' && !isGeneric(t.word) && !takenBeyondState(known, t.start, t.end) && !taken(out, t.start, t.end)) {
        const type = headOf(t.word, true)?.type === 'Firm' ? 'Firm' : 'Organization';
        for (const k of known) if (k.type === 'State' && k.start === t.start && k.end < t.end) k.priority = -1;
        out.push({ start: t.start, end: t.end, type, method: 'segmenter-tag', priority: PRIORITY.head, pairedName: shortFormAfter(text, t.word, t.end) });
      }
    }
    if (prepositions.has(t.word)) {
      const place = placeAfter(text, toks, i + 1, known);
      if (place && !taken(out, place.start, place.end)) out.push(place);
    }
  }
  return out;
}

function mayHoldName(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (orgEnds.has(text[i]) || prepositions.has(text[i])) return true;
  return false;
}

function isGeneric(word: string): boolean {
  return notNames.has(word) || headRules.genericNames.has(word) || [...notNames].some((n) => word.endsWith(n) && word.length - n.length <= 2);
}

/** 在 [state] NAME verb: the run of name-tagged words after the preposition (and a state or place). */
function placeAfter(text: string, toks: Token[], from: number, known: Candidate[]): Candidate | undefined {
  let k = from;
  const container = k < toks.length ? known.find((c) => c.start === toks[k].start && CONTAINER_TYPES.has(c.type)) : undefined;
  if (container) while (k < toks.length && toks[k].start < container.end) k++;
  const first = k;
  while (k < toks.length && placeTags.has(toks[k].tag) && isCjkChar(toks[k].word[0]) && toks[k].end - toks[first].start <= rules.maxPlaceLength) k++;
  // A pronoun or function word is no name (在其列): the run starts with a word of its own.
  if (k === first || k >= toks.length || headRules.stopWords.has(toks[first].word[0]) || toks[first].tag === 'r') return undefined;
  const start = toks[first].start;
  const end = toks[k - 1].end;
  const next = toks[k];
  if (!placeEndTags.has(next.tag) && !rules.placeEndChars.includes(next.word)) return undefined;
  if (end - start < rules.minPlaceLength || taken(known, start, end)) return undefined;
  const name = text.slice(start, end);
  if (isGeneric(name) || headOf(name, true)) return undefined;
  return { start, end, type: 'Place', method: 'segmenter-tag', priority: PRIORITY.head };
}

function taken(list: Candidate[], start: number, end: number): boolean {
  for (const c of list) if (overlaps(c, { start, end })) return true;
  return false;
}

function takenBeyondState(list: Candidate[], start: number, end: number): boolean {
  for (const c of list) if (overlaps(c, { start, end }) && !(c.type === 'State' && c.start === start && c.end < end)) return true;
  return false;
}

const SHORT_FORM = /^[（(]([\u3400-\u9fff]{2,6})[）)]/;

/** 科学技术部（科技部）: a bracketed short form made of the name's own characters in order is its second name. */
export function shortFormAfter(text: string, name: string, end: number): string | undefined {
  const m = SHORT_FORM.exec(text.slice(end, end + 9));
  if (!m || m[1][0] !== name[0] || m[1].length >= name.length) return undefined;
  let at = 0;
  for (const ch of m[1]) {
    at = name.indexOf(ch, at);
    if (at < 0) return undefined;
    at++;
  }
  return m[1];
}
