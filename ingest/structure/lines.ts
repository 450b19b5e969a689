import { mappedSlice, type MappedText } from '../normalise/mapped';

export interface Line {
  mapped: MappedText;
  /** Offset of the line's first character in the raw text. */
  rawStart: number;
}

export function splitLines(doc: MappedText): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= doc.text.length; i++) {
    if (i === doc.text.length || doc.text[i] === '\n') {
      const mapped = mappedSlice(doc, start, i);
      lines.push({ mapped, rawStart: doc.toRaw[start] });
      start = i + 1;
    }
  }
  return lines;
}

/**
 * Hard-wrapped text (from PDFs) has short lines, most of which stop mid-sentence. Then a line
 * break means nothing and only punctuation ends a sentence.
 */
/** Headings, list items, quotes, table rows and bold-only lines of Markdown: short and open by nature, no sign of a wrap. */
const MARKUP_LINE = /^(?:#{1,6}\s|[-*+•・]\s?|\d{1,3}[.)]\s|>|\||\*\*.*\*\*$)/;

export function isHardWrapped(lines: Line[]): boolean {
  const texts = lines.map((l) => l.mapped.text.trim()).filter((t) => t.length > 8 && !MARKUP_LINE.test(t));
  if (texts.length < 5) return false;
  const lengths = texts.map((t) => t.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)];
  const open = texts.filter((t) => !/[。！？!?；;.．:：」』”)）>]$/.test(t)).length;
  return median <= 90 && open / texts.length >= 0.5;
}

/**
 * How many blank lines end a paragraph in a hard-wrapped text file: one more than stand between
 * most lines. Most files put none between the lines of a paragraph, so one blank line ends it;
 * some extractions put a blank line after every printed line, and then it takes two. A title has
 * no sentence-final punctuation, so only this gap closes it.
 */
export function paragraphGap(lines: Line[]): number {
  const gaps = new Map<number, number>();
  let seenText = false;
  let gap = 0;
  for (const line of lines) {
    if (line.mapped.text.trim() === '') {
      gap++;
      continue;
    }
    if (seenText) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
    seenText = true;
    gap = 0;
  }
  let typical = 0;
  let most = -1;
  for (const [g, n] of gaps) if (n > most || (n === most && g < typical)) [typical, most] = [g, n];
  return typical + 1;
}
