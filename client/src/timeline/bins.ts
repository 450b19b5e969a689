// The timeline's numbers: dated edges (and their evidence) counted per year, the undated apart,
// and whether a date falls in a period. Pure, so the rules are tested without a browser.

export interface DatedItem {
  date: string | null;
  evidence: number;
}

export interface YearBin {
  year: number;
  edges: number;
  evidence: number;
}

export interface Histogram {
  /** Every year from the first to the last dated edge, empty years included. */
  years: YearBin[];
  undated: { edges: number; evidence: number };
}

/** A closed range of years. */
export interface Period {
  from: number;
  to: number;
}

export function yearOf(date: string | null | undefined): number | null {
  const match = /^(\d{4})/.exec(date ?? '');
  return match ? Number(match[1]) : null;
}

export function histogram(items: DatedItem[]): Histogram {
  const counts = new Map<number, YearBin>();
  const undated = { edges: 0, evidence: 0 };
  for (const item of items) {
    const year = yearOf(item.date);
    if (year === null) {
      undated.edges += 1;
      undated.evidence += item.evidence;
      continue;
    }
    const bin = counts.get(year) ?? { year, edges: 0, evidence: 0 };
    bin.edges += 1;
    bin.evidence += item.evidence;
    counts.set(year, bin);
  }
  if (counts.size === 0) return { years: [], undated };
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const years: YearBin[] = [];
  for (let year = first; year <= last; year += 1) years.push(counts.get(year) ?? { year, edges: 0, evidence: 0 });
  return { years, undated };
}

/** Whether an edge of this date is shown under the period (undated ones: as the analyst chose). */
export function shownInPeriod(date: string | null, period: Period | null, showUndated: boolean): boolean {
  const year = yearOf(date);
  if (year === null) return showUndated;
  if (!period) return true;
  return year >= period.from && year <= period.to;
}

/** The windows a play-through steps through: `width` years at a time, from the first year to the last. */
export function playSteps(first: number, last: number, width: number): Period[] {
  const span = Math.max(1, Math.min(width, last - first + 1));
  const steps: Period[] = [];
  for (let from = first; from + span - 1 <= last; from += 1) steps.push({ from, to: from + span - 1 });
  return steps;
}
