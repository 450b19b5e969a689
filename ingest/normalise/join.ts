import { MappedBuilder, type MappedText } from './mapped';

/**
 * Joining hard-wrapped lines back into paragraphs. Text extracted from PDFs breaks lines in the
 * middle of sentences (sometimes with a blank line after every line); a sentence only ends at
 * its punctuation. Between CJK characters no space is put back; between Latin words one is.
 */

/** Stands in the text where a footnote marker was taken out (private use: never in real text). */
export const MARKER = '\uE000';

const TERMINAL = /[。！？!?；;．.]$/;
const LATIN_END = /[A-Za-z0-9,;:)\]'"’”%-]$/;
const LATIN_START = /^[A-Za-z0-9(\["'‘“]/;

export interface BodyLine {
  line: MappedText;
  /** Blank lines between this line and the one before it. */
  gapBefore: number;
  /** Footnotes stood between this line and the one before it (a page break). */
  afterNotes?: boolean;
}

function meaningfulEnd(text: string): string {
  return text.replace(new RegExp(`[\\s${MARKER}]+$`, 'u'), '');
}

/**
 * Whether the break between two lines falls inside a sentence. In a hard-wrapped document
 * every break that does not follow sentence-final punctuation does; elsewhere only the plain
 * signs of a wrap do (a comma at the end, a lower-case word at the start).
 */
export function breaksInsideSentence(prev: string, next: string, gapBefore: number, hardWrapped: boolean, afterNotes = false): boolean {
  const end = meaningfulEnd(prev);
  if (end.length === 0) return true;
  if (TERMINAL.test(end)) return false;
  // A page's footnotes interrupt a sentence that goes on at the top of the next page.
  if (hardWrapped || afterNotes) return true;
  if (/[,，、]$/.test(end)) return true;
  return gapBefore <= 1 && /[A-Za-z,]$/.test(end) && /^[a-z]/.test(next.trimStart());
}

/** Join the lines of one block: wrapped lines become one line, paragraph breaks stay "\n". */
export function joinWrappedLines(lines: BodyLine[], hardWrapped: boolean): MappedText {
  const out = new MappedBuilder();
  let prevText = '';
  for (const { line, gapBefore, afterNotes } of lines) {
    const startTrim = line.text.length - line.text.trimStart().length;
    const endTrim = line.text.trimEnd().length;
    if (endTrim <= startTrim) continue;
    const body = line.text.slice(startTrim, endTrim);
    if (out.length > 0) {
      const prevEnd = meaningfulEnd(prevText);
      if (breaksInsideSentence(prevText, body, gapBefore, hardWrapped, afterNotes)) {
        if (LATIN_END.test(prevEnd) && LATIN_START.test(body) && !/[A-Za-z]-$/.test(prevEnd)) {
          out.appendChar(' ', line.toRaw[startTrim], line.toRaw[startTrim]);
        }
      } else {
        out.appendChar('\n', line.toRaw[startTrim], line.toRaw[startTrim]);
      }
    }
    out.appendMapped(line, startTrim, endTrim);
    prevText = body;
  }
  return out.build();
}
