/**
 * Where a sentence ends. CJK: 。！？； (and their ASCII forms after NFKC when they stand in CJK
 * text). Latin: . ! ? followed by a space and a new sentence — but not after abbreviations
 * (U.S., Dr., pp., e.g.), initials (J. Smith) or inside numbers (2.5).
 */

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u3000-\u303f\uff00-\uffef]/;
const CLOSERS = /[」』”’"）)\]】》〉\uE000]/;
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'nos',
    'vol', 'vols', 'pp', 'p', 'ed', 'eds', 'al', 'cf', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
    'sept', 'oct', 'nov', 'dec', 'fig', 'op', 'cit', 'ibid', 'gen', 'gov', 'sen', 'rep', 'dept', 'univ', 'approx',
    'est', 'ch', 'art', 'para', 'mt', 'ft', 'pres', 'ave', 'blvd', 'assn', 'bros', 'govt', 'intl', 'natl',
  ].map((a) => a.toLowerCase()),
);

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Does the text end a sentence at position i (the punctuation character itself)? */
export function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '。' || ch === '！' || ch === '？' || ch === '；') return true;
  const prev = text[i - 1];
  const next = nextVisible(text, i + 1);
  if (ch === ';') return isCjk(prev);
  if (ch === '!' || ch === '?') return next === undefined || /\s/.test(text[i + 1] ?? ' ') || isCjk(next) || isCjk(prev);
  if (ch !== '.') return false;
  if (/\d/.test(prev ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  if (next === undefined) return true;
  if (isCjk(prev) && !/[A-Za-z]/.test(next)) return true;
  const after = text[i + 1] ?? '';
  if (!/\s|[\uE000"”’)）」]/.test(after) && !isCjk(after)) return false;
  // A lower-case word goes on the sentence in any alphabet (50 млрд куб. м газа, 6,7 тыс. км).
  if (/\p{Ll}/u.test(next)) return false;
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (word.length === 1 && /[A-Z]/.test(word)) return false; // an initial
  if (/^[A-Za-z](?:\.[A-Za-z])+$/.test(word)) return false; // U.S, e.g, i.e
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}

function nextVisible(text: string, from: number): string | undefined {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (!/\s/.test(c) && !CLOSERS.test(c)) return c;
    if (c === '\n') return undefined;
  }
  return undefined;
}

export function isCloser(ch: string | undefined): boolean {
  return ch !== undefined && CLOSERS.test(ch);
}
