import type { PageStart } from './types';

/**
 * Positioned text items of PDF pages → the document text, in reading order, laid out the way
 * the structure stage reads printed papers: one line per printed line (the hard-wrap joining
 * of the normalise stage puts sentences back together), a blank line between paragraphs,
 * "# " before headings (larger type), footnote markers as superscript digits and each page's
 * footnotes as "¹ …" lines at its end. Running headers and footers and page numbers are left
 * out. Single-column pages; items are ordered top to bottom, left to right.
 */

export interface PdfItem {
  str: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  size: number;
  width: number;
}

export interface PdfPage {
  height: number;
  items: PdfItem[];
}

interface PrintedLine {
  items: PdfItem[];
  y: number;
  size: number;
  text: string;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (digits: string): string => [...digits].map((d) => SUPERSCRIPT[Number(d)]).join('');
/** "3", "- 3 -", "p. 3", "3 / 12", "第 3 頁": a page number alone on its line. */
const PAGE_NUMBER = /^[-–—\s]*(?:p\.?|page|第)?\s*\d{1,4}\s*(?:頁|页|\/\s*\d{1,4}|of\s+\d{1,4})?[-–—\s]*$/i;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export function layOutPages(pages: PdfPage[]): { text: string; pages: PageStart[] } {
  const lined = pages.map((p) => printedLines(p.items));
  const bodySize = commonSize(lined.flat());
  const running = runningLines(lined);
  const parts: string[] = [];
  const starts: PageStart[] = [];
  let offset = 0;
  lined.forEach((lines, index) => {
    const kept = lines.filter((line, i) => !isRunning(line, i, lines.length, running));
    const text = pageText(kept, bodySize);
    if (text.length === 0) return;
    if (parts.length > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    starts.push({ page: index + 1, start: offset });
    parts.push(text);
    offset += text.length;
  });
  return { text: parts.join(''), pages: starts };
}

/** Items on one baseline (within half a line) form a line; a raised footnote marker joins its line. */
function printedLines(items: PdfItem[]): PrintedLine[] {
  // A space the PDF sets as an item of its own separates words; alone it makes no line.
  const sorted = items.filter((item) => item.str.trim() !== '' || item.width > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PrintedLine[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) < Math.max(line.size, item.size) * 0.6) {
      line.items.push(item);
      if (item.size > line.size) {
        line.size = item.size;
        line.y = item.y;
      }
    } else lines.push({ items: [item], y: item.y, size: item.size, text: '' });
  }
  const printed = lines.filter((line) => line.items.some((item) => item.str.trim() !== ''));
  for (const line of printed) {
    line.items.sort((a, b) => a.x - b.x);
    line.text = lineText(line);
  }
  return printed;
}

function lineText(line: PrintedLine): string {
  let text = '';
  let end = -Infinity;
  line.items.forEach((item, i) => {
    let str = item.str.normalize('NFC').replace(/[\u2e80-\u2fdf]/g, (c) => c.normalize('NFKC'));
    // Smaller, raised digits are a footnote marker; at the start of a small line, a footnote's label.
    const raised = item.y > line.y + line.size * 0.15 && item.size < line.size * 0.85;
    if (/^\d{1,3}$/.test(str.trim()) && (raised || (i === 0 && item.size < line.size * 0.85))) str = superscript(str.trim());
    const gap = item.x - end;
    if (text.length > 0 && gap > item.size * 0.2 && !/\s$/.test(text) && !/^\s/.test(str) && !(CJK.test(text[text.length - 1]) && CJK.test(str[0]))) text += ' ';
    text += str;
    end = item.x + item.width;
  });
  return text.replace(/\s+/g, ' ').trim();
}

/** The type size most characters are set in: the body text's. */
function commonSize(lines: PrintedLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) for (const item of line.items) chars.set(Math.round(item.size), (chars.get(Math.round(item.size)) ?? 0) + item.str.length);
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best || 10;
}

const lineKey = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/** Lines that stand at the top or bottom of most pages, numbers aside: running headers and footers. */
function runningLines(pages: PrintedLine[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((l) => lineKey(l.text)));
    for (const key of edges) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, n]) => n >= needed).map(([key]) => key));
}

function isRunning(line: PrintedLine, index: number, count: number, running: Set<string>): boolean {
  const atEdge = index < 2 || index >= count - 2;
  if (!atEdge) return false;
  if (running.has(lineKey(line.text))) return true;
  return (index === 0 || index === count - 1) && PAGE_NUMBER.test(line.text);
}

function pageText(lines: PrintedLine[], bodySize: number): string {
  const out: string[] = [];
  let previous: PrintedLine | undefined;
  for (const line of lines) {
    if (previous) {
      const leading = previous.y - line.y;
      // More space than a line and a half of the larger type: a new paragraph (or the notes).
      out.push(leading > Math.max(previous.size, line.size) * 1.7 || line.size < bodySize * 0.9 !== previous.size < bodySize * 0.9 ? '\n\n' : '\n');
    }
    const heading = line.size >= bodySize * 1.5 ? '# ' : line.size >= bodySize * 1.15 ? '## ' : '';
    out.push(heading + line.text);
    previous = line;
  }
  return out.join('');
}
