import { MappedBuilder, type MappedText } from './mapped';

/**
 * Joining hard-wrapped lines back into paragraphs. Text extracted from PDFs breaks lines in the
 * middle of sentences (sometimes with a blank line after every line); a sentence only ends at
 * its punctuation. Between CJK characters no space is put back; between Latin words one is.
 */

/** Stands in the text where a footnote marker was taken out (private use: never in real text). */
export const MARKER = '\uE000';

const TERMINAL = /[。！？!?；;．.]$/;
/**
 * Scripts that put spaces between words (Latin with its accents, Cyrillic, Greek), digits and
 * the punctuation written beside them: a wrap between two of them stood for a space.
 */
const SPACED_END = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9,;:)\]'"’”»%\-–—]$/u;
const SPACED_START = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9(\["'‘“«–—]/u;
/** A word broken at a hyphen across lines ("нефте-" / "перерабатывающий"): joined with no space. */
const HYPHENATED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]-$/u;
/** What shows a sentence goes on past a blank line: a comma or hyphen before it, a lower-case word after. */
const GOES_ON_END = /[,，、\-]$/;
const GOES_ON_START = /^[\p{Ll}]/u;

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
export function breaksInsideSentence(prev: string, next: string, gapBefore: number, hardWrapped: boolean, afterNotes = false, paragraphGap = Infinity): boolean {
  const end = meaningfulEnd(prev);
  if (end.length === 0) return true;
  if (TERMINAL.test(end)) return false;
  // A title or a paragraph's last line, before a blank line of a text whose blank lines part paragraphs.
  if (hardWrapped && gapBefore >= paragraphGap && !afterNotes && !GOES_ON_END.test(end) && !GOES_ON_START.test(next.trimStart())) return false;
  // A page's footnotes interrupt a sentence that goes on at the top of the next page.
  if (hardWrapped || afterNotes) return true;
  if (/[,，、]$/.test(end)) return true;
  return gapBefore <= 1 && /[A-Za-z,]$/.test(end) && /^[a-z]/.test(next.trimStart());
}

/** Join the lines of one block: wrapped lines become one line, paragraph breaks stay "\n". */
export function joinWrappedLines(lines: BodyLine[], hardWrapped: boolean, paragraphGap = Infinity): MappedText {
  const out = new MappedBuilder();
  let prevText = '';
  for (const { line, gapBefore, afterNotes } of lines) {
    const startTrim = line.text.length - line.text.trimStart().length;
    const endTrim = line.text.trimEnd().length;
    if (endTrim <= startTrim) continue;
    const body = line.text.slice(startTrim, endTrim);
    if (out.length > 0) {
      const prevEnd = meaningfulEnd(prevText);
      if (breaksInsideSentence(prevText, body, gapBefore, hardWrapped, afterNotes, paragraphGap)) {
        if (SPACED_END.test(prevEnd) && SPACED_START.test(body) && !HYPHENATED.test(prevEnd)) {
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
