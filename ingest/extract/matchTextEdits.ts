import type { MatchText } from './script';

/** A span of the matching text written another way (25 per cent → 25%, TotalEnergies' → TotalEnergies's). */
export interface MatchTextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The matching text with the edits written in (sorted by start; an edit overlapping the one before
 * is left out). Character i of an edit keeps the sentence offset of character i of the span it
 * replaces, and every character past the span's end that of its last one, so offsets into the
 * sentence stay right.
 */
export function rewriteMatchText(m: MatchText, edits: MatchTextEdit[]): MatchText {
  if (edits.length === 0) return m;
  let compact = '';
  const toText: number[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.start < at) continue;
    compact += m.compact.slice(at, edit.start) + edit.text;
    toText.push(...m.toText.slice(at, edit.start));
    for (let i = 0; i < edit.text.length; i++) toText.push(m.toText[Math.min(edit.start + i, edit.end - 1)]);
    at = edit.end;
  }
  compact += m.compact.slice(at);
  toText.push(...m.toText.slice(at));
  return { compact, toText };
}
