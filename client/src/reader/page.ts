import type { DocumentDetail } from '../api/types';
import type { LayoutBlock } from '../../../contract/reader';
import { el } from '../dom';

// One page of a document as the reader shows it: the layout's blocks (headings, paragraphs,
// list items, table rows, footnotes) built from the text with its markup left out, footnote
// markers as superscripts, page starts marked "p. 7", mentions and evidence as spans. Every
// piece of the text reaches the page as a text node: nothing in a document is parsed as HTML.

export interface Span {
  start: number;
  end: number;
}

/** The evidence sentence to mark, in the whole text's offsets. */
export type Highlight = Span | null;

/** A document written before layouts existed: its text as one paragraph per line. */
function fallbackBlocks(detail: DocumentDetail): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  const { text, from } = detail.document;
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') blocks.push({ kind: 'paragraph', start: from + at, end: from + at + line.length });
    at += line.length + 1;
  }
  return blocks;
}

export function renderPage(detail: DocumentDetail, highlight: Highlight): DocumentFragment {
  const ctx = new PageContext(detail, highlight);
  const fragment = document.createDocumentFragment();
  const blocks = detail.layout.blocks.length > 0 ? detail.layout.blocks : fallbackBlocks(detail);
  let table: HTMLTableElement | null = null;
  for (const block of blocks) {
    const start = Math.max(block.start, ctx.from);
    const end = Math.min(block.end, ctx.to);
    if (end <= start) continue;
    for (const p of detail.layout.pages) {
      if (p.start >= ctx.from && p.start < ctx.to && p.start <= start && !ctx.pagesShown.has(p.page) && p.page > 1) {
        ctx.pagesShown.add(p.page);
        fragment.append(el('div', { className: 'doc-page', 'data-testid': 'doc-page', text: `p. ${p.page}` }));
      }
    }
    if (block.kind !== 'row') table = null;
    if (block.kind === 'row') {
      if (!table) {
        table = el('table', { className: 'doc-table' });
        fragment.append(table);
      }
      const row = el('tr');
      for (const [s, e] of block.cells ?? [[start, end]]) row.append(ctx.fill(el(block.header ? 'th' : 'td'), Math.max(s, ctx.from), Math.min(e, ctx.to), false));
      table.append(row);
      continue;
    }
    fragment.append(ctx.fill(blockElement(block), start, end, block.kind === 'note'));
  }
  return fragment;
}

function blockElement(block: LayoutBlock): HTMLElement {
  switch (block.kind) {
    case 'heading':
      return el(`h${Math.min(Math.max(block.level ?? 2, 1) + 1, 6)}` as 'h3', { className: 'doc-heading' });
    case 'item':
      return el('li', { className: 'doc-item' });
    case 'note':
      return el('div', { className: 'doc-note', 'data-testid': 'doc-note', ...(block.sourceId ? { 'data-source': block.sourceId } : {}) });
    default:
      return el('p', { className: 'doc-paragraph' });
  }
}

class PageContext {
  readonly from: number;
  readonly to: number;
  readonly pagesShown = new Set<number>();
  private readonly hidden: Span[];
  private readonly cutSet: number[];
  private readonly mentions: Cursor<DocumentDetail['mentions'][number]>;
  private readonly evidence: Cursor<DocumentDetail['evidence'][number]>;
  private readonly markers: Cursor<DocumentDetail['layout']['markers'][number]>;
  private readonly emphasis: Cursor<Span & { kind: 'strong' | 'em' }>;
  mark: HTMLElement | null = null;

  constructor(private readonly detail: DocumentDetail, private readonly highlight: Highlight) {
    this.from = detail.document.from;
    this.to = detail.document.to;
    this.hidden = mergeRanges(detail.layout.hidden.map(([start, end]) => ({ start, end })));
    const cuts = new Set<number>();
    const add = (s: Span) => cuts.add(s.start).add(s.end);
    this.hidden.forEach(add);
    detail.layout.emphasis.forEach(([start, end]) => add({ start, end }));
    detail.layout.markers.forEach(add);
    detail.mentions.forEach(add);
    detail.evidence.forEach(add);
    if (highlight) add(highlight);
    this.cutSet = [...cuts].sort((a, b) => a - b);
    this.mentions = new Cursor(detail.mentions);
    this.evidence = new Cursor(detail.evidence);
    this.markers = new Cursor(detail.layout.markers);
    this.emphasis = new Cursor(detail.layout.emphasis.map(([start, end, kind]) => ({ start, end, kind })));
  }

  /** The text [start, end) into `node`, cut at every span boundary. Footnotes carry no evidence. */
  fill(node: HTMLElement, start: number, end: number, note: boolean): HTMLElement {
    const points = [start, ...this.cutsWithin(start, end), end];
    let marker: { el: HTMLElement; end: number } | null = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      if (b <= a || this.isHidden(a)) continue;
      const piece = this.detail.document.text.slice(a - this.from, b - this.from);
      let child: Node = document.createTextNode(piece);
      const mention = this.mentions.at(a, b);
      if (mention) child = el('span', { className: 'mention', 'data-type': mention.type ?? '', title: mention.type ?? '', 'data-entity': mention.entityId }, child);
      const emphasis = this.emphasis.at(a, b);
      if (emphasis) child = el(emphasis.kind, {}, child);
      const claim = note ? undefined : this.evidence.at(a, b);
      if (claim) child = el('span', { className: 'evidence-span', 'data-rel': claim.relId, title: `${claim.type} — show on the canvas` }, child);
      const m = this.markers.at(a, b);
      if (m) {
        if (!marker || marker.end !== m.end) {
          const sup = el('sup', { className: 'doc-marker', 'data-testid': 'doc-marker', role: 'button', tabindex: '0', title: 'Open the source', ...(m.sourceId ? { 'data-source': m.sourceId } : {}) });
          marker = { el: sup, end: m.end };
          this.place(node, sup, a, b, note);
        }
        marker.el.append(child);
        continue;
      }
      marker = null;
      this.place(node, child, a, b, note);
    }
    return node;
  }

  /** Into the evidence mark when the piece is part of the highlighted sentence (never a footnote inside it). */
  private place(node: HTMLElement, child: Node, a: number, b: number, note: boolean): void {
    const h = this.highlight;
    if (!note && h && a >= h.start && b <= h.end) {
      if (!this.mark || this.mark.parentNode !== node) {
        this.mark = el('mark', { 'data-testid': 'doc-highlight', tabindex: '-1' });
        node.append(this.mark);
      }
      this.mark.append(child);
    } else node.append(child);
  }

  private cutsWithin(start: number, end: number): number[] {
    let lo = 0;
    let hi = this.cutSet.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cutSet[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.cutSet.length && this.cutSet[i] < end; i++) out.push(this.cutSet[i]);
    return out;
  }

  private isHidden(offset: number): boolean {
    let lo = 0;
    let hi = this.hidden.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.hidden[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.hidden.length && this.hidden[lo].start <= offset;
  }
}

/**
 * The span covering a piece of text, for pieces asked in text order: a pointer moves past spans
 * that ended, so a page of thousands of spans is cut in one pass.
 */
class Cursor<T extends Span> {
  private readonly spans: T[];
  private i = 0;

  constructor(spans: T[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
  }

  at(a: number, b: number): T | undefined {
    while (this.i < this.spans.length && this.spans[this.i].end <= a) this.i++;
    for (let j = this.i; j < this.spans.length && this.spans[j].start <= a; j++) {
      if (this.spans[j].end >= b) return this.spans[j];
    }
    return undefined;
  }
}

/** Overlapping ranges as one sorted list without overlaps. */
function mergeRanges(ranges: Span[]): Span[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
