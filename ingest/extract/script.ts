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

/** Traditional → simplified, same length as the input. */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x2e80 ? ch : simplifiedChar(ch);
  return out;
}

const PUNCT_OR_SPACE = /[\s\p{P}\p{S}]/gu;

/** The comparison key of a name: NFKC, simplified script, lower case, no spaces or punctuation. */
export function nameKey(name: string): string {
  return toSimplified(name.normalize('NFKC')).toLowerCase().replace(PUNCT_OR_SPACE, '');
}

export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
export const LATIN_CHAR = /[A-Za-z\u00c0-\u024f\u0400-\u04ff]/;

export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CHAR.test(ch);
}

export function isLatinChar(ch: string | undefined): boolean {
  return ch !== undefined && LATIN_CHAR.test(ch);
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
  let compact = '';
  const toText: number[] = [];
  for (let i = 0; i < simple.length; i++) {
    const ch = simple[i];
    if (/\s/.test(ch)) {
      const prev = simple[i - 1];
      const next = simple[i + 1];
      const keep = isLatinChar(prev) && (isLatinChar(next) || /[0-9(&]/.test(next ?? ''))
        || (/[0-9.&]/.test(prev ?? '') && isLatinChar(next))
        || (/[0-9]/.test(prev ?? '') && /[0-9]/.test(next ?? '') && false);
      if (!keep || /\s/.test(compact[compact.length - 1] ?? ' ')) continue;
      compact += ' ';
    } else {
      compact += ch;
    }
    toText.push(i);
  }
  toText.push(simple.length);
  return { compact, toText };
}
