import { readRules } from './data';
import { rewriteMatchText, type MatchTextEdit } from './matchTextEdits';
import { escapeRegExp, longestFirstAlternation } from './regexWords';
import type { MatchText } from './script';

/**
 * Percentages written out in words become the sign in the text matching sees: "25 per cent",
 * "60 процентами", "10パーセント", "百分之二十" read as 25%, 60%, 10%, 20%, so the share every rule
 * reads ({share}: a number and %) is found however the writer spelled it. Each character written
 * in maps to where the words stood, so offsets into the sentence stay right.
 */
interface PercentWordsData {
  after: string[];
  chineseBefore: string;
}

const data = readRules<PercentWordsData>('percentWords.json');
const words = longestFirstAlternation(data.after);
/** A number, then a percent word that ends there (not "percentage", not "процентных"). */
const AFTER = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s?(?:${words})(?![\\p{L}])`, 'giu');
const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百点\\d.]+';
const BEFORE = new RegExp(`${escapeRegExp(data.chineseBefore)}(${CHINESE_NUMERAL})`, 'gu');
const QUICK = new RegExp(`${words}|${escapeRegExp(data.chineseBefore)}`, 'iu');

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十五 → 25, 十 → 10, 一百 → 100, 三十三点三 → 33.3, 12.5 → 12.5; undefined when it is not a number. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const [whole, fraction] = text.split('点');
  let value = 0;
  let current = 0;
  for (const ch of whole) {
    if (ch in DIGITS) current = DIGITS[ch];
    else if (ch === '十') {
      value += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      value += (current || 1) * 100;
      current = 0;
    } else return undefined;
  }
  value += current;
  if (fraction === undefined) return value;
  let digits = '';
  for (const ch of fraction) {
    if (!(ch in DIGITS)) return undefined;
    digits += DIGITS[ch];
  }
  return digits ? Number(`${value}.${digits}`) : value;
}

export function writePercentSigns(m: MatchText): MatchText {
  if (!QUICK.test(m.compact)) return m;
  const edits: MatchTextEdit[] = [];
  for (const hit of m.compact.matchAll(AFTER)) edits.push({ start: hit.index!, end: hit.index! + hit[0].length, text: `${hit[1]}%` });
  for (const hit of m.compact.matchAll(BEFORE)) {
    const n = chineseNumber(hit[1]);
    if (n !== undefined && n <= 100) edits.push({ start: hit.index!, end: hit.index! + hit[0].length, text: `${n}%` });
  }
  // The number's characters keep the number's place; the sign takes the place of the words.
  return rewriteMatchText(m, edits);
}
