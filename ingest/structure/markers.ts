/**
 * Footnote markers and footnote lines in the layouts papers come in:
 *  - numbers standing after punctuation in the body ("開展談判。1 隨", "以內，1有"), numbered
 *    in order through the document, with footnote lines "1 服部倫卓，…" at page ends;
 *  - superscript digits (³, ⁴⁵) with footnote lines starting "³ …";
 *  - <sup>①</sup> or bare circled numbers with footnote lines "① …" (often restarting per page).
 */

const CIRCLED = '[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]';
const SUPERSCRIPT = '[\u00b9\u00b2\u00b3\u2070-\u2079]';
const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '\u2070': '0', '\u00b9': '1', '\u00b2': '2', '\u00b3': '3', '\u2074': '4',
  '\u2075': '5', '\u2076': '6', '\u2077': '7', '\u2078': '8', '\u2079': '9',
};

export function superscriptToDigits(s: string): string {
  return [...s].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('');
}

export interface FootnoteLineStart {
  label: string;
  /** Where the footnote's text begins in the line. */
  textStart: number;
  numeric: boolean;
}

const CIRCLED_LINE = new RegExp(`^\\s*(?:<sup>)?\\s*(${CIRCLED})\\s*(?:</sup>)?\\s*(?=\\S)`, 'u');
const SUPERSCRIPT_LINE = new RegExp(`^\\s*(${SUPERSCRIPT}+)\\s*(?=\\S)`, 'u');
const NUMBERED_LINE = /^(\d{1,3})\s+(?=\S)/;
const BRACKETED_LINE = /^\s*\[(\d{1,3})\]\s*(?=\S)/;

/**
 * A footnote line starts with its label. A plain number only counts when that marker already
 * stood in the body and has no footnote yet — otherwise "2022 年…" or "18 6 月 9 日" (a marker
 * opening a body line) would be mistaken for footnotes.
 */
export function footnoteLineStart(line: string, pendingNumeric: ReadonlySet<string>): FootnoteLineStart | undefined {
  let m = CIRCLED_LINE.exec(line);
  if (m) return { label: m[1], textStart: m[0].length, numeric: false };
  m = SUPERSCRIPT_LINE.exec(line);
  if (m) return { label: superscriptToDigits(m[1]), textStart: m[0].length, numeric: false };
  m = NUMBERED_LINE.exec(line) ?? BRACKETED_LINE.exec(line);
  if (m && pendingNumeric.has(m[1])) return { label: m[1], textStart: m[0].length, numeric: true };
  return undefined;
}

export interface MarkerHit {
  start: number;
  end: number;
  label: string;
  numeric: boolean;
}

/** Characters after which a bare number is a footnote marker rather than a quantity. */
const MARKER_FOLLOWS = /[。，、；：」』）》〉”’".,;:!?！？)\]]/;
/** A number followed by a unit or counter is a quantity ("3 月", "8 名", "41%"), never a marker. */
const QUANTITY_AFTER = /^\s*(?:[年月日時号號%％億亿萬万千百個个名人次期頁页屆届歲岁度項项家國国島岛艘架枚位輛辆座條条種种倍桶噸吨]|[.,．:：/-]\d|[-–—]\s*\d)/;

/**
 * Markers in one body line. `before` is the last character of the body text that came before
 * this line (a marker can open a line: "。\n\n18 6 月 9 日"). Numeric markers are taken only
 * in sequence (the next expected number), which is what keeps years and counts out.
 */
export function findMarkers(line: string, before: string, nextNumeric: number): MarkerHit[] {
  const hits: MarkerHit[] = [];
  const sup = /<sup>\s*([^<]{1,8}?)\s*<\/sup>/gu;
  for (const m of line.matchAll(sup)) hits.push({ start: m.index, end: m.index + m[0].length, label: superscriptToDigits(m[1]), numeric: false });
  const loose = new RegExp(`${CIRCLED}|${SUPERSCRIPT}+`, 'gu');
  for (const m of line.matchAll(loose)) {
    if (hits.some((h) => m.index >= h.start && m.index < h.end)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, label: superscriptToDigits(m[0]), numeric: false });
  }
  let expected = nextNumeric;
  for (const m of line.matchAll(/(?<!\d)(\d{1,7})(?!\d)/g)) {
    let digits = m[1];
    // A marker glued to a year that follows it: "。42015 年 1 月" is marker 4, then 2015.
    const glued = /^(\d{1,3})((?:18|19|20)\d\d)$/.exec(digits);
    if (digits.length > 3) {
      if (!glued || !/^\s*年/.test(line.slice(m.index + digits.length))) continue;
      digits = glued[1];
    }
    if (digits.startsWith('0')) continue; // 01, 007: codes, never markers
    const n = Number(digits);
    // Taken in sequence; a marker or two lost in extraction must not derail all that follow.
    if (n < expected || n > expected + 2) continue;
    const prefix = line.slice(0, m.index).trimEnd();
    const prevChar = prefix.length > 0 ? prefix[prefix.length - 1] : before;
    if (!MARKER_FOLLOWS.test(prevChar)) continue;
    if (digits === m[1] && QUANTITY_AFTER.test(line.slice(m.index + digits.length))) continue;
    if (hits.some((h) => m.index >= h.start && m.index < h.end)) continue;
    hits.push({ start: m.index, end: m.index + digits.length, label: digits, numeric: true });
    expected = n + 1;
  }
  return hits.sort((a, b) => a.start - b.start);
}
