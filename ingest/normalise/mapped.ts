/**
 * Text that remembers where each of its characters came from in the document's raw text.
 * toRaw has one entry per UTF-16 unit of `text` plus one for the end, so both
 * toRaw[start] and toRaw[end] (exclusive end) are always defined.
 */
export interface MappedText {
  text: string;
  toRaw: number[];
}

export function mappedSlice(m: MappedText, start: number, end: number): MappedText {
  return { text: m.text.slice(start, end), toRaw: m.toRaw.slice(start, end + 1) };
}

/** Builds mapped text piece by piece; each appended character carries its raw offset. */
export class MappedBuilder {
  private parts: string[] = [];
  private map: number[] = [];
  private lastEnd = 0;

  get length(): number {
    return this.map.length;
  }

  /** The last character appended (or '' when empty). */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : '';
  }

  appendChar(ch: string, raw: number, rawEnd = raw + ch.length): void {
    this.parts.push(ch);
    for (let i = 0; i < ch.length; i++) this.map.push(raw);
    this.lastEnd = rawEnd;
  }

  appendMapped(m: MappedText, start = 0, end = m.text.length): void {
    if (end <= start) return;
    this.parts.push(m.text.slice(start, end));
    for (let i = start; i < end; i++) this.map.push(m.toRaw[i]);
    this.lastEnd = m.toRaw[end];
  }

  build(): MappedText {
    // slice + push, not a spread: the spread walks an iterator over every character.
    const toRaw = this.map.slice();
    toRaw.push(this.lastEnd);
    return { text: this.parts.join(''), toRaw };
  }
}
