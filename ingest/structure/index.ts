import type { Section } from '../model';
import { MARKER, type BodyLine } from '../normalise/join';
import { MappedBuilder, mappedSlice, type MappedText } from '../normalise/mapped';
import { recogniseHeading } from './headings';
import { findMarkers, footnoteLineStart } from './markers';
import { isHardWrapped, paragraphGap, splitLines, type Line } from './lines';

/**
 * Structure: which lines are headings, body text, footnotes or reference entries. Footnote
 * markers are cut out of body lines (a MARKER character stands in their place, so later stages
 * know where each one stood) and paired with the footnote that explains them.
 */

export interface MarkerRef {
  label: string;
  /** Document-wide running number of this marker occurrence. */
  occurrence: number;
  /** Where the marker stands in the raw text (with its <sup> tags, if any): the reader shows it as a superscript. */
  rawStart: number;
  rawEnd: number;
}

export interface Block {
  kind: Section['kind'];
  path: string[];
  lines: BodyLine[];
  /** The markers of this block, in the order their MARKER characters stand. */
  markers: MarkerRef[];
}

export interface Note {
  kind: 'footnote' | 'reference';
  label?: string;
  /** The marker occurrence this footnote explains, when one was found before it. */
  occurrence?: number;
  lines: BodyLine[];
  sectionPath: string[];
  /** The source this note became (filled by the sources stage). */
  sourceId?: string;
}

export interface Structure {
  sections: Section[];
  blocks: Block[];
  notes: Note[];
  hardWrapped: boolean;
  /**
   * Blank lines that end a paragraph even in hard-wrapped text (see paragraphGap); Infinity for
   * PDFs, whose blank lines also mark page breaks that fall inside sentences.
   */
  paragraphGap: number;
}

/** `printed`: the reader knows the lines are printed lines (PDF), whatever their lengths say. */
export function structureDocument(doc: MappedText, printed = false): Structure {
  const lines = splitLines(doc);
  const hardWrapped = printed || isHardWrapped(lines);
  const st = new StructureBuilder(hardWrapped);
  for (const line of lines) st.take(line);
  return { ...st.finish(doc), paragraphGap: printed ? Infinity : paragraphGap(lines) };
}

class StructureBuilder {
  readonly sections: Section[] = [];
  readonly blocks: Block[] = [];
  readonly notes: Note[] = [];
  private path: Array<{ level: number; text: string }> = [];
  private kind: Section['kind'] = 'title';
  private block: Block | undefined;
  private note: Note | undefined;
  private gap = 0;
  private lastBodyChar = '';
  private nextNumeric = 1;
  private occurrences = 0;
  /** Markers seen in the body and not yet explained, by label (first in, first out). */
  private pending = new Map<string, number[]>();
  private sectionStart = 0;
  private seenHeading = false;

  constructor(private readonly hardWrapped: boolean) {}

  take(line: Line): void {
    const text = line.mapped.text;
    if (text.trim().length === 0) {
      this.gap++;
      return;
    }
    const gapBefore = this.gap;
    this.gap = 0;

    const pendingNumeric = new Set([...this.pending.keys()].filter((k) => /^\d+$/.test(k)));
    const start = footnoteLineStart(text, pendingNumeric);
    if (start && (this.kind !== 'references' || !start.numeric)) {
      this.openNote(start.label, mappedSlice(line.mapped, start.textStart, text.length));
      return;
    }
    if (this.note && this.continuesNote(text, gapBefore)) {
      this.note.lines.push({ line: line.mapped, gapBefore });
      return;
    }
    const afterNotes = this.note !== undefined;
    this.note = undefined;

    const heading = recogniseHeading(text);
    if (heading) {
      this.openSection(line, heading.level, heading.text, heading.kind);
      return;
    }
    if (this.kind === 'references') {
      this.takeReferenceLine(line, gapBefore);
      return;
    }
    this.takeBodyLine(line, gapBefore, afterNotes);
  }

  /** Footnote text runs on until a blank line ends it — or, in hard-wrapped text, until the page's body resumes (indented) or the footnote's sentence is complete. */
  private continuesNote(text: string, gapBefore: number): boolean {
    if (/^[ \t\u3000]/.test(text)) return false;
    if (recogniseHeading(text)) return false;
    if (gapBefore === 0) return true;
    // A URL on a line of its own belongs to the citation above it.
    if (/^<?https?:\/\//.test(text.trim())) return true;
    if (!this.hardWrapped || !this.note) return false;
    const last = this.note.lines[this.note.lines.length - 1].line.text.trimEnd();
    return !/[。.．)>）]$/.test(last);
  }

  private openNote(label: string, first: MappedText): void {
    const queue = this.pending.get(label);
    const occurrence = queue?.shift();
    if (queue && queue.length === 0) this.pending.delete(label);
    this.note = { kind: 'footnote', label, occurrence, lines: [{ line: first, gapBefore: 0 }], sectionPath: this.pathTexts() };
    this.notes.push(this.note);
  }

  private takeReferenceLine(line: Line, gapBefore: number): void {
    const text = line.mapped.text.trim();
    const startsEntry = /^(\[\d+\]|\d{1,3}[.、．]\s|[-*•]\s)/.test(text) || gapBefore > 0 || !this.note;
    if (!startsEntry && this.note) {
      this.note.lines.push({ line: line.mapped, gapBefore });
      return;
    }
    this.note = { kind: 'reference', lines: [{ line: line.mapped, gapBefore: 0 }], sectionPath: this.pathTexts() };
    this.notes.push(this.note);
    this.note.kind = 'reference';
  }

  private takeBodyLine(line: Line, gapBefore: number, afterNotes: boolean): void {
    const hits = findMarkers(line.mapped.text, this.lastBodyChar, this.nextNumeric);
    const out = new MappedBuilder();
    let at = 0;
    const block = this.currentBlock();
    for (const hit of hits) {
      out.appendMapped(line.mapped, at, hit.start);
      out.appendChar(MARKER, line.mapped.toRaw[hit.start], line.mapped.toRaw[hit.end]);
      at = hit.end;
      // The space that set a numeric marker apart from the next word goes with it.
      if (hit.numeric && !/[A-Za-z]/.test(line.mapped.text[hit.start - 1] ?? '')) {
        while (line.mapped.text[at] === ' ') at++;
      }
      const occurrence = ++this.occurrences;
      block.markers.push({ label: hit.label, occurrence, rawStart: line.mapped.toRaw[hit.start], rawEnd: line.mapped.toRaw[hit.end] });
      const queue = this.pending.get(hit.label) ?? [];
      queue.push(occurrence);
      this.pending.set(hit.label, queue);
      if (hit.numeric) this.nextNumeric = Number(hit.label) + 1;
    }
    out.appendMapped(line.mapped, at, line.mapped.text.length);
    const cleaned = out.build();
    block.lines.push({ line: cleaned, gapBefore, afterNotes });
    const visible = cleaned.text.replace(new RegExp(`[\\s${MARKER}]+$`, 'u'), '');
    if (visible.length > 0) this.lastBodyChar = visible[visible.length - 1];
  }

  private currentBlock(): Block {
    if (!this.block) {
      this.block = { kind: this.kind, path: this.pathTexts(), lines: [], markers: [] };
      this.blocks.push(this.block);
    }
    return this.block;
  }

  private openSection(line: Line, level: number, text: string, kind: Section['kind']): void {
    this.closeSection(line.rawStart);
    this.block = undefined;
    this.note = undefined;
    this.lastBodyChar = '';
    if (kind === 'title' && !this.seenHeading) {
      // A document's own title ("# …" first) names the document, not a section.
      this.seenHeading = true;
      this.kind = 'title';
      const hashes = /^\s*#+\s*/.exec(line.mapped.text)?.[0].length ?? 0;
      this.block = { kind: 'title', path: [], lines: [{ line: mappedSlice(line.mapped, hashes, line.mapped.text.length), gapBefore: 0 }], markers: [] };
      this.blocks.push(this.block);
      this.block = undefined;
      return;
    }
    this.seenHeading = true;
    while (this.path.length > 0 && this.path[this.path.length - 1].level >= level) this.path.pop();
    this.path.push({ level, text });
    this.kind = kind === 'title' ? 'body' : kind;
  }

  private closeSection(end: number): void {
    if (end > this.sectionStart) {
      this.sections.push({ start: this.sectionStart, end, path: this.pathTexts(), kind: this.kind });
    }
    this.sectionStart = end;
  }

  private pathTexts(): string[] {
    return this.path.map((p) => p.text);
  }

  finish(doc: MappedText): Omit<Structure, 'paragraphGap'> {
    this.closeSection(doc.toRaw[doc.text.length]);
    for (const note of this.notes) {
      const first = note.lines[0].line;
      const last = note.lines[note.lines.length - 1].line;
      this.sections.push({ start: first.toRaw[0], end: last.toRaw[last.text.length], path: note.sectionPath, kind: note.kind === 'reference' ? 'references' : 'footnotes' });
    }
    this.sections.sort((a, b) => a.start - b.start);
    return { sections: this.sections, blocks: this.blocks.filter((b) => b.lines.length > 0), notes: this.notes, hardWrapped: this.hardWrapped };
  }
}
