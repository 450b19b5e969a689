import type { Layout, LayoutBlock } from '../../contract/reader';
import { recogniseHeading } from './headings';
import type { Structure } from './index';

/**
 * The reader's layout of a document's text (contract/reader.ts): every reader hands the
 * structure stage Markdown-like text ("## " headings, "**" emphasis, <sup> markers, "| a | b |"
 * rows), so one pass over its lines says how to show any format without its markup. Offsets
 * stay those of the text, so evidence and mentions land where they always did.
 */
export function documentLayout(raw: string, structure: Structure, pages: Layout['pages'] = []): Layout {
  const out: Layout = { blocks: [], hidden: [], emphasis: [], markers: [], pages };
  const notes = noteRanges(raw, structure);
  let note = 0;
  let paragraph: LayoutBlock | undefined;
  const lines = lineRanges(raw);
  for (let i = 0; i < lines.length; i++) {
    const [start, end] = lines[i];
    const text = raw.slice(start, end);
    while (note < notes.length && notes[note].end <= start) note++;
    const inNote = notes[note] && notes[note].start <= start ? notes[note] : undefined;
    if (text.trim() === '') {
      // Printed text: a blank line inside a sentence is the extraction's, not a paragraph's end.
      if (!structure.hardWrapped || (paragraph && /[。！？!?.．:：」』”)）]\s*$/.test(raw.slice(paragraph.start, paragraph.end)))) paragraph = undefined;
      continue;
    }
    if (inNote) {
      paragraph = undefined;
      const last = out.blocks[out.blocks.length - 1];
      if (last?.kind === 'note' && last.sourceId === inNote.sourceId && last.start >= inNote.start) last.end = end;
      else out.blocks.push({ kind: 'note', start, end, ...(inNote.sourceId ? { sourceId: inNote.sourceId } : {}) });
      continue;
    }
    const block = lineBlock(raw, start, end, lines[i + 1], out);
    if (block === null) {
      paragraph = undefined; // a table's rule line: markup only
      continue;
    }
    if (block.kind === 'paragraph' && paragraph) {
      hideCjkBreak(raw, paragraph.end, start, out);
      paragraph.end = end;
    } else {
      out.blocks.push(block);
      paragraph = block.kind === 'paragraph' ? block : undefined;
    }
  }
  for (const block of out.blocks) inline(raw, block.start, block.end, out);
  for (const block of structure.blocks) {
    for (const m of block.markers) {
      const sourceId = structure.notes.find((n) => n.occurrence === m.occurrence)?.sourceId;
      out.markers.push({ start: m.rawStart, end: m.rawEnd, label: m.label, ...(sourceId ? { sourceId } : {}) });
    }
  }
  out.hidden.sort((a, b) => a[0] - b[0]);
  out.emphasis.sort((a, b) => a[0] - b[0]);
  out.markers.sort((a, b) => a.start - b.start);
  return out;
}

interface NoteRange {
  start: number;
  end: number;
  sourceId?: string;
}

/** Footnotes and reference entries, from the start of their first line (the label with them). */
function noteRanges(raw: string, structure: Structure): NoteRange[] {
  const ranges: NoteRange[] = [];
  for (const n of structure.notes) {
    const first = n.lines[0].line;
    const last = n.lines[n.lines.length - 1].line;
    const from = first.toRaw[0];
    ranges.push({ start: raw.lastIndexOf('\n', from - 1) + 1, end: last.toRaw[last.text.length], sourceId: n.sourceId });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

function lineRanges(raw: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let start = 0;
  while (start <= raw.length) {
    const nl = raw.indexOf('\n', start);
    const end = nl < 0 ? raw.length : nl;
    lines.push([start, end > start && raw[end - 1] === '\r' ? end - 1 : end]);
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** One line's block, its leading markup hidden; null for a line that is markup only. */
function lineBlock(raw: string, start: number, end: number, next: [number, number] | undefined, out: Layout): LayoutBlock | null {
  const text = raw.slice(start, end);
  if (TABLE_RULE.test(text) && text.includes('|')) {
    out.hidden.push([start, end]);
    return null;
  }
  if (TABLE_ROW.test(text)) {
    const cells: Array<[number, number]> = [];
    const bars = [...text.matchAll(/(?<!\\)\|/g)].map((m) => start + m.index);
    for (let b = 0; b + 1 < bars.length; b++) cells.push([bars[b] + 1, bars[b + 1]]);
    for (const bar of bars) out.hidden.push([bar, bar + 1]);
    const header = next !== undefined && TABLE_RULE.test(raw.slice(next[0], next[1]));
    return { kind: 'row', start, end, cells, ...(header ? { header } : {}) };
  }
  const hashes = /^\s*(#{1,6})\s+/.exec(text);
  if (hashes) {
    out.hidden.push([start, start + hashes[0].length]);
    return { kind: 'heading', start, end, level: hashes[1].length };
  }
  const heading = recogniseHeading(text);
  if (heading && heading.kind !== 'abstract') return { kind: 'heading', start, end, level: Math.min(heading.level + 1, 6) };
  const bullet = /^\s*[-*+•]\s+/.exec(text);
  if (bullet) {
    out.hidden.push([start, start + bullet[0].length]);
    return { kind: 'item', start, end };
  }
  const quote = /^\s*>\s?/.exec(text);
  if (quote) out.hidden.push([start, start + quote[0].length]);
  return { kind: 'paragraph', start, end };
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** A line break between two CJK characters joins them (a space would be wrong); elsewhere it shows as a space. */
function hideCjkBreak(raw: string, from: number, to: number, out: Layout): void {
  if (CJK.test(raw[from - 1] ?? '') && CJK.test(raw[to] ?? '')) out.hidden.push([from, to]);
}

const TAG = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/g;
const AUTOLINK = /<(https?:\/\/[^<>\s]+)>/g;
const ESCAPE = /\\+(?=[\\`*_{}[\]()#+\-.!<>|~$])/g;
const LINK = /\[((?:[^[\]\n]|\[[^\]\n]*\])*)\]\((https?:\/\/[^()\s]+)\)/g;
/** Emphasis may run over a line break, never over a blank line. */
const STRONG = /(\*\*|__)(?=\S)((?:(?!\n\s*\n)[\s\S])*?\S)\1/g;
const EM = /(?<![*\w\\])\*(?=[^\s*])((?:(?!\n\s*\n)[^*])*?[^\s*\\])\*(?![*\w])/g;

/** Markup inside one block: tags, autolink brackets, escapes, link targets, emphasis marks. */
function inline(raw: string, start: number, end: number, out: Layout): void {
  const text = raw.slice(start, end);
  if (!/[<\\[*_]/.test(text)) return;
  for (const m of text.matchAll(TAG)) out.hidden.push([start + m.index, start + m.index + m[0].length]);
  for (const m of text.matchAll(AUTOLINK)) {
    out.hidden.push([start + m.index, start + m.index + 1], [start + m.index + m[0].length - 1, start + m.index + m[0].length]);
  }
  for (const m of text.matchAll(ESCAPE)) out.hidden.push([start + m.index, start + m.index + m[0].length]);
  for (const m of text.matchAll(LINK)) {
    const labelEnd = start + m.index + 1 + m[1].length;
    out.hidden.push([start + m.index, start + m.index + 1], [labelEnd, start + m.index + m[0].length]);
  }
  for (const m of text.matchAll(STRONG)) {
    const at = start + m.index;
    const inner = at + m[1].length;
    out.hidden.push([at, inner], [inner + m[2].length, inner + m[2].length + m[1].length]);
    out.emphasis.push([inner, inner + m[2].length, 'strong']);
  }
  for (const m of text.replace(STRONG, (s) => ' '.repeat(s.length)).matchAll(EM)) {
    const at = start + m.index;
    out.hidden.push([at, at + 1], [at + 1 + m[1].length, at + 2 + m[1].length]);
    out.emphasis.push([at + 1, at + 1 + m[1].length, 'em']);
  }
}
