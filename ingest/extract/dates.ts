import { readRules } from './data';
import { matchAll } from './matchAll';
import { FilterIndex, FilterSubject, textFilter } from './requiredText';

/** Dates in a sentence, as ISO prefixes (2022, 2022-06, 2022-06-30), with their position. */
export interface DateMention {
  start: number;
  end: number;
  iso: string;
  /** Did the sentence give the year itself (not inherited)? */
  fullYear: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const dateRules = readRules<{ patterns: string[]; monthPrefixes?: string[] }>('dates.json');
/** Month names other than English ones, by prefix (мае, ноября), in month order (data/rules/dates.json). */
export const otherMonthPrefixes: readonly string[] = dateRules.monthPrefixes ?? [];
/** The same by length: the longest prefix wins. */
const MONTH_PREFIXES = otherMonthPrefixes.map((prefix, i) => ({ prefix, month: i + 1 })).sort((a, b) => b.prefix.length - a.prefix.length);

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const en = MONTHS.indexOf(lower) + 1;
  return en > 0 ? en : MONTH_PREFIXES.find((p) => lower.startsWith(p.prefix))?.month;
}

const patterns = dateRules.patterns.map((p) => {
  const re = new RegExp(p, 'gi');
  // Most sentences hold no 年, 月 or month name: skip a pattern whose fixed text is absent.
  return { re, filter: textFilter(re) };
});

const patternIndex = new FilterIndex(patterns.map((p) => p.filter));

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * What earlier sentences leave for a date without a year: the year of the nearest preceding
 * date, and the paragraph it stood in. A year is lent only inside its paragraph: papers often
 * look back (俄國 2014 年併吞克里米亞) before a new paragraph opens on a later event (2 月 25 日,
 * of 2022), and a wrong year is worse than none.
 */
export interface DateContext {
  year?: number;
  paragraph?: string;
}

/**
 * Reads the dates of one sentence. `context` is what earlier sentences left (a number: the year
 * of the nearest preceding date); a date without a year (6 月 30 日, 同年 9 月) takes its year
 * when `paragraph` is the one that year stood in. Returns the dates and the context for the next
 * sentence.
 */
export function readDates(text: string, context: number | DateContext | undefined, paragraph?: string): { dates: DateMention[]; contextYear: number | undefined; context: DateContext } {
  const found: DateMention[] = [];
  const before: DateContext = typeof context === 'number' ? { year: context, paragraph } : context ?? {};
  let year = before.paragraph === paragraph ? before.year : undefined;
  const hits: { start: number; end: number; y?: number; m?: number; d?: number }[] = [];
  for (const k of patternIndex.candidates(new FilterSubject(text))) {
    const { re } = patterns[k];
    for (const m of matchAll(re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && h.start < end)) continue;
      const g = m.groups ?? {};
      const mon = g.mon ? monthNumber(g.mon) : g.m ? Number(g.m) : undefined;
      const day = g.d ?? g.d2;
      hits.push({ start, end, y: g.y ? Number(g.y) : undefined, m: mon, d: day ? Number(day) : undefined });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  for (const h of hits) {
    const fullYear = h.y !== undefined;
    if (fullYear) year = h.y;
    if (year === undefined) continue;
    const iso = h.m === undefined ? `${year}` : h.d === undefined ? `${year}-${pad(h.m)}` : `${year}-${pad(h.m)}-${pad(h.d)}`;
    found.push({ start: h.start, end: h.end, iso, fullYear });
  }
  return { dates: found, contextYear: year, context: { year, paragraph } };
}

/**
 * The date a relation found at [start, end) of the sentence takes: the last one written before
 * its end (Chinese puts dates first), else the first after it (…sanctioned X in November 2023).
 */
export function dateFor(dates: DateMention[], start: number, end: number): string | undefined {
  void start;
  let best: DateMention | undefined;
  for (const d of dates) if (d.start < end) best = d;
  return (best ?? dates.find((d) => d.start >= end))?.iso;
}
