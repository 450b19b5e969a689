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
export function isHardWrapped(lines: Line[]): boolean {
  const texts = lines.map((l) => l.mapped.text.trim()).filter((t) => t.length > 8);
  if (texts.length < 5) return false;
  const lengths = texts.map((t) => t.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)];
  const open = texts.filter((t) => !/[。！？!?；;.．:：」』”)）>]$/.test(t)).length;
  return median <= 90 && open / texts.length >= 0.5;
}

/**
 * Whether, in a hard-wrapped text file, a blank line ends a paragraph. Some extractions put a
 * blank line after every printed line; then blank lines say nothing. Otherwise (blank lines
 * after a minority of lines) a blank line closes a paragraph — or a title, which has no
 * sentence-final punctuation to close it.
 */
export function blankLinesSeparateParagraphs(lines: Line[]): boolean {
  let breaks = 0;
  let blankBefore = 0;
  let seenText = false;
  let gap = 0;
  for (const line of lines) {
    if (line.mapped.text.trim() === '') {
      gap++;
      continue;
    }
    if (seenText) {
      breaks++;
      if (gap > 0) blankBefore++;
    }
    seenText = true;
    gap = 0;
  }
  return breaks > 0 && blankBefore / breaks < 0.4;
}
