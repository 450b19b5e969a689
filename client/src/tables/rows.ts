// The rows of the entity and edge tables, and their filters and order. Pure: the panel reads
// the canvas into these shapes, so the rules can be tested without a browser.

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  /** Links in the whole graph. */
  degree: number;
  /** Links drawn on the canvas. */
  drawn: number;
  mentions: number;
}

export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  date: string | null;
  confidence: number;
  review: string | null;
  evidence: number;
}

export interface TableFilter {
  /** Entity or relationship type; empty = any. */
  type: string;
  minDegree: number;
  /** Only what this document mentions (entities) or states (edges): ids from the document. */
  inDocument: Set<string> | null;
  /** Year bounds, inclusive; undated edges pass only when no bound is set. */
  from: number | null;
  to: number | null;
  /** 'confirmed', 'rejected', 'unreviewed' or '' for any. */
  review: string;
}

export interface SortOrder<Row> {
  key: keyof Row;
  descending: boolean;
}

export function emptyFilter(): TableFilter {
  return { type: '', minDegree: 0, inDocument: null, from: null, to: null, review: '' };
}

export function filterEntities(rows: EntityRow[], filter: TableFilter): EntityRow[] {
  return rows.filter(
    (row) =>
      (!filter.type || row.type === filter.type) &&
      row.degree >= filter.minDegree &&
      (!filter.inDocument || filter.inDocument.has(row.id)),
  );
}

export function yearOf(date: string | null): number | null {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : null;
}

export function filterEdges(rows: EdgeRow[], filter: TableFilter): EdgeRow[] {
  return rows.filter((row) => {
    if (filter.type && row.type !== filter.type) return false;
    if (filter.inDocument && !filter.inDocument.has(row.id)) return false;
    if (filter.review && (row.review ?? 'unreviewed') !== filter.review) return false;
    if (filter.from !== null || filter.to !== null) {
      const year = yearOf(row.date);
      if (year === null) return false;
      if (filter.from !== null && year < filter.from) return false;
      if (filter.to !== null && year > filter.to) return false;
    }
    return true;
  });
}

/** Sorts a copy; missing values (no date, no review) always go last, whichever the direction. */
export function sortRows<Row>(rows: Row[], order: SortOrder<Row>): Row[] {
  const sign = order.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[order.key] as unknown;
    const y = b[order.key] as unknown;
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y));
  });
}
