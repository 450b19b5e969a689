import { writePercentSigns } from './percentWords';
import { writePossessiveS } from './possessives';
import * as OpenCC from 'opencc-js';

/**
 * Script normalisation. Matching runs over a simplified-script copy of each sentence that has
 * exactly the same length as the original, so an offset found in the copy is an offset in the
 * sentence: conversion is character by character (phrase-level conversion could change lengths).
 */

const toSimplifiedPhrase = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Traditional → simplified phrase by phrase (the length may change): for whole names and texts. */
export function simplifiedText(text: string): string {
  return toSimplifiedPhrase(text);
}
const charCache = new Map<string, string>();

function simplifiedChar(ch: string): string {
  const cached = charCache.get(ch);
  if (cached !== undefined) return cached;
  const out = toSimplifiedPhrase(ch);
  const result = out.length === ch.length ? out : ch;
  charCache.set(ch, result);
  return result;
}

/** BMP character → its simplified code unit (0: not looked up yet); every sentence goes through here. */
const simplifiedCode = new Uint16Array(0x10000);

/** Traditional → simplified, same length as the input (the input itself when nothing changes). */
export function toSimplified(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair (or a lone surrogate) converts as one character.
      const pair = c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const ch = pair ? text.slice(i, i + 2) : text[i];
      const mapped = simplifiedChar(ch);
      if (mapped !== ch) {
        out += text.slice(copied, i) + mapped;
        copied = i + ch.length;
      }
      if (pair) i++;
      continue;
    }
    let mapped = simplifiedCode[c];
    if (mapped === 0) {
      mapped = simplifiedChar(String.fromCharCode(c)).charCodeAt(0);
      simplifiedCode[c] = mapped;
    }
    if (mapped !== c) {
      out += text.slice(copied, i) + String.fromCharCode(mapped);
      copied = i + 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const PUNCT_OR_SPACE = /[\s\p{P}\p{S}]/gu;

/** Names recur in a document and across documents; resolution asks for their keys repeatedly. */
const nameKeys = new Map<string, string>();
// Names come as slices of their sentences, and a cached slice keeps its sentence alive: the
// bound keeps that memory from growing with the corpus.
const MAX_REMEMBERED_KEYS = 20_000;

/** The comparison key of a name: NFKC, simplified script, lower case, no spaces or punctuation. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = toSimplified(name.normalize('NFKC')).toLowerCase().replace(PUNCT_OR_SPACE, '');
    if (nameKeys.size >= MAX_REMEMBERED_KEYS) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
export const LATIN_CHAR = /[A-Za-z\u00c0-\u024f\u0400-\u04ff]/;

// Asked for characters of every sentence: code-unit ranges, as CJK_CHAR and LATIN_CHAR test them
// (any code unit of the string), without running an expression.
export function isCjkChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  for (let i = 0; i < ch.length; i++) {
    const c = ch.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return true;
  }
  return false;
}

export function isLatinChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  for (let i = 0; i < ch.length; i++) {
    const c = ch.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff)) return true;
  }
  return false;
}

/**
 * The sentence as matching sees it: simplified, with spaces next to CJK characters or digits
 * dropped (PDF text puts spaces around numbers: 北極液化天然氣 2 號). `toText[i]` is the offset in
 * the sentence text of character i of `compact`.
 */
export interface MatchText {
  compact: string;
  toText: number[];
}

export function matchText(sentenceText: string): MatchText {
  const simple = toSimplified(sentenceText);
  // Runs of kept characters are copied as slices; only whitespace needs a decision.
  let compact = '';
  let runStart = 0;
  let lastKeptIsSpace = true;
  const toText: number[] = [];
  for (let i = 0; i < simple.length; i++) {
    const c = simple.charCodeAt(i);
    if (!isSpaceCode(c)) {
      toText.push(i);
      lastKeptIsSpace = false;
      continue;
    }
    compact += simple.slice(runStart, i);
    runStart = i + 1;
    const prev = i > 0 ? simple.charCodeAt(i - 1) : -1;
    const next = i + 1 < simple.length ? simple.charCodeAt(i + 1) : -1;
    // A plural's possessive apostrophe ends its word: TotalEnergies' CEO is two words, not "TotalEnergies'CEO".
    const keep = ((isLatinCode(prev) || ((prev === 0x27 || prev === 0x2019) && isLatinCode(simple.charCodeAt(i - 2)))) && (isLatinCode(next) || isDigitCode(next) || next === 0x28 /* ( */ || next === 0x26 /* & */))
      || ((isDigitCode(prev) || prev === 0x2e /* . */ || prev === 0x26) && isLatinCode(next))
      // A hyphen spaced as a dash between words stays a dash (ИНТЕРФАКС - Совет ЕС), not a hyphenated word.
      || (isLatinCode(prev) && next === 0x2d && isSpaceCode(simple.charCodeAt(i + 2)))
      || (prev === 0x2d && isSpaceCode(simple.charCodeAt(i - 2)) && isLatinCode(next));
    if (!keep || lastKeptIsSpace) continue;
    compact += ' ';
    lastKeptIsSpace = true;
    toText.push(i);
  }
  compact += simple.slice(runStart);
  toText.push(simple.length);
  return writePossessiveS(writePercentSigns({ compact: russianQuotes(compact), toText }));
}

const CYRILLIC = /[\u0400-\u04ff]/;
/** Quotes taken in pairs, the inner text opening with a capital or a digit, as a name does. */
const STRAIGHT_QUOTED = /["“„]([\p{Lu}\d][^"“”„«»]{0,59}?)["”“]/gu;

/**
 * Russian names in straight or English quotes (генеральный директор "Росатома", НК "Роснефть") are
 * read as the «» the Russian rules expect: one character for one, so every offset stays.
 */
function russianQuotes(text: string): string {
  if (!CYRILLIC.test(text) || !/["“„]/.test(text)) return text;
  return text.replace(STRAIGHT_QUOTED, (_m, inner: string) => `«${inner}»`);
}

/** What /\s/ matches, by code unit. */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** LATIN_CHAR by code unit. */
function isLatinCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
