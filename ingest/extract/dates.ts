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
/** Month names other than English ones, by prefix (мае, ноября): the longest prefix wins. */
const MONTH_PREFIXES = (dateRules.monthPrefixes ?? []).map((prefix, i) => ({ prefix, month: i + 1 })).sort((a, b) => b.prefix.length - a.prefix.length);

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
 * Reads the dates of one sentence. `context` is the year of the nearest preceding date in the
 * document; a date without a year (6 月 30 日, 同年 9 月) takes it. Returns the dates and the
 * context for the next sentence.
 */
export function readDates(text: string, contextYear: number | undefined): { dates: DateMention[]; contextYear: number | undefined } {
  const found: DateMention[] = [];
  let year = contextYear;
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
  return { dates: found, contextYear: year };
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
