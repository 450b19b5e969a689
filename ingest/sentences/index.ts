import type { Sentence } from '../model';
import { joinWrappedLines, MARKER } from '../normalise/join';
import { MappedBuilder, type MappedText } from '../normalise/mapped';
import type { Block } from '../structure';
import { endsSentenceAt, isCloser } from './boundaries';
import { stripMarkup } from './markup';

/** A sentence longer than this is cut (at a comma if there is one): no run-on stops the pipeline. */
const MAX_SENTENCE_CHARS = 1500;

export interface SplitResult {
  sentences: Sentence[];
  /** Per sentence, the marker occurrences that stood in it (see structure MarkerRef). */
  occurrences: number[][];
}

export function splitSentences(blocks: Block[], hardWrapped: boolean, paragraphGap = Infinity): SplitResult {
  const sentences: Sentence[] = [];
  const occurrences: number[][] = [];
  for (const block of blocks) {
    const joined = stripMarkup(joinWrappedLines(block.lines, hardWrapped, paragraphGap));
    splitBlock(joined, block, sentences, occurrences);
  }
  return { sentences, occurrences };
}

function splitBlock(joined: MappedText, block: Block, sentences: Sentence[], occurrences: number[][]): void {
  const text = joined.text;
  let marker = 0;
  let current = new MappedBuilder();
  let currentMarkers: Array<{ label: string; occurrence: number }> = [];
  const firstOfBlock = sentences.length;
  /** A marker before any word of a sentence cites the sentence before it ("。\n\n18 6 月 9 日"). */
  const takeMarker = (ref: { label: string; occurrence: number } | undefined): void => {
    if (!ref) return;
    if (current.length === 0 && sentences.length > firstOfBlock) {
      sentences[sentences.length - 1].footnoteMarkers.push(ref.label);
      occurrences[occurrences.length - 1].push(ref.occurrence);
    } else currentMarkers.push(ref);
  };

  const flush = (): void => {
    const built = current.build();
    const lead = built.text.length - built.text.trimStart().length;
    const keep = built.text.trimEnd().length;
    if (keep > lead) {
      const sentenceText = built.text.slice(lead, keep);
      const toRaw = built.toRaw.slice(lead, keep + 1);
      sentences.push({
        index: sentences.length,
        text: sentenceText,
        toRaw,
        start: toRaw[0],
        end: ownEnd(sentenceText, toRaw),
        sectionPath: block.path,
        footnoteMarkers: currentMarkers.map((m) => m.label),
      });
      occurrences.push(currentMarkers.map((m) => m.occurrence));
    } else if (currentMarkers.length > 0 && sentences.length > 0) {
      // A marker standing alone after a sentence's end cites that sentence.
      const last = sentences[sentences.length - 1];
      last.footnoteMarkers.push(...currentMarkers.map((m) => m.label));
      occurrences[occurrences.length - 1].push(...currentMarkers.map((m) => m.occurrence));
    }
    current = new MappedBuilder();
    currentMarkers = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === MARKER) {
      takeMarker(block.markers[marker++]);
      continue;
    }
    if (ch === '\n') {
      flush();
      continue;
    }
    if (current.length === 0 && /\s/.test(ch)) continue; // no sentence starts with a space
    current.appendChar(ch, joined.toRaw[i], joined.toRaw[i + 1] ?? joined.toRaw[i] + 1);
    if (endsSentenceAt(text, i)) {
      // Closing quotes and brackets (and markers) right after the stop belong to this sentence.
      while (i + 1 < text.length && isCloser(text[i + 1])) {
        i++;
        if (text[i] === MARKER) {
          const ref = block.markers[marker++];
          if (ref) currentMarkers.push(ref);
        } else current.appendChar(text[i], joined.toRaw[i], joined.toRaw[i + 1] ?? joined.toRaw[i] + 1);
      }
      flush();
    } else if (current.length >= MAX_SENTENCE_CHARS && /[，,、\s]/.test(ch)) {
      flush();
    } else if (current.length >= MAX_SENTENCE_CHARS * 2) {
      flush();
    }
  }
  flush();
}

/**
 * Where a sentence ends in the raw text. The offset after its last character is where the
 * next character stands, which after a joined line break can be far on: past a page's
 * footnotes, a running header, a page break. Then the sentence ends with its own character.
 */
function ownEnd(text: string, toRaw: number[]): number {
  const last = toRaw[text.length - 1];
  const next = toRaw[text.length];
  const own = /[\uDC00-\uDFFF]/.test(text[text.length - 1]) && toRaw[text.length - 2] === last ? 2 : 1;
  return next - last > own + 1 ? last + own : next;
}
