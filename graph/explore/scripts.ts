import * as OpenCC from 'opencc-js';

/**
 * Search terms in any script: the original, its simplified-Chinese form (from traditional and
 * from Japanese kanji), and lower case — the same forms the ingest folds into searchText.
 */
const fromTraditional = OpenCC.Converter({ from: 't', to: 'cn' });
const fromJapanese = OpenCC.Converter({ from: 'jp', to: 'cn' });

export function toSimplified(text: string): string {
  return fromJapanese(fromTraditional(text));
}

const folded = new Map<string, string>();

/**
 * A name folded for comparison: simplified, lower case, inner whitespace collapsed. Remembered,
 * since search ranking folds the same aliases on every keystroke (bounded: cleared when full).
 */
export function foldName(text: string): string {
  let value = folded.get(text);
  if (value === undefined) {
    value = toSimplified(text).toLowerCase().replace(/\s+/g, ' ').trim();
    if (folded.size >= 50_000) folded.clear();
    folded.set(text, value);
  }
  return value;
}

export function queryVariants(q: string): string[] {
  const trimmed = q.trim();
  return [...new Set([trimmed, toSimplified(trimmed), trimmed.toLowerCase(), toSimplified(trimmed).toLowerCase()])];
}

const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lucene query syntax characters taken literally. */
export function escapeLucene(text: string): string {
  return text.replace(luceneSpecial, (c) => `\\${c}`);
}

const cjk = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/**
 * A full-text query for what the analyst has typed so far: each variant as a phrase, or its
 * words as prefixes (so "arct" finds Arctic while typing). Latin is lower-cased first, so
 * AND/OR/NOT typed by the user stay words, not operators.
 */
export function fullTextQuery(q: string): string | null {
  const clauses: string[] = [];
  for (const variant of queryVariants(q)) {
    const lower = variant.toLowerCase();
    const words = lower.split(/\s+/).filter((w) => w.replace(luceneSpecial, '').length > 0);
    if (words.length === 0) continue;
    clauses.push(`"${escapeLucene(lower)}"`);
    const prefixes = words.map((w) => (cjk.test(w) ? `"${escapeLucene(w)}"` : `${escapeLucene(w)}*`));
    clauses.push(`(${prefixes.join(' AND ')})`);
  }
  return clauses.length > 0 ? [...new Set(clauses)].join(' OR ') : null;
}
