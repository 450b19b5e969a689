import { contentHash } from './meta';
import { extractionFingerprint } from './fingerprint';
import type { LoadedFile } from './load/files';
import type { ExtractedRelation, IngestDocument, ResolvedEntity } from './model';

/**
 * A large document is read in parts. Every stage holds several arrays per character and per
 * sentence (offset maps, lines, sentences, mentions), so a text of millions of characters read
 * whole took gigabytes. Read in parts of about PART_CHARS characters, cut at a paragraph break
 * where one stands near the end of the part, each part goes through the stages like a document
 * of its own; what the write needs of it (mentions as spans, entities, relations with their
 * evidence, sources, sections, layout) is moved to the whole text's offsets and kept, the rest
 * (its sentences and offset maps) is let go before the next part is read. What a part cannot
 * know is what stands in another: a name introduced in one part and written bare in the next.
 */

/** Texts longer than this are read in parts. */
export const LARGE_TEXT_CHARS = 1_000_000;
export const PART_CHARS = 100_000;

export interface TextPart {
  /** Offset of the part in the whole text. */
  start: number;
  text: string;
}

/** Parts that end at a blank line (else at a line break, else anywhere) in their last quarter. */
export function splitIntoParts(text: string, size = PART_CHARS): TextPart[] {
  const parts: TextPart[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const floor = start + Math.floor(size * 0.75);
      const blank = text.lastIndexOf('\n\n', end);
      const line = text.lastIndexOf('\n', end);
      if (blank >= floor) end = blank + 2;
      else if (line >= floor) end = line + 1;
    }
    parts.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return parts;
}

/** The file as one part shows it: its text, and its page starts moved into the part's offsets. */
export function partFile(file: LoadedFile, part: TextPart): LoadedFile {
  const pages = file.pages
    ?.map((p) => ({ page: p.page, start: p.start - part.start }))
    .filter((p, i, all) => p.start < part.text.length && (all[i + 1]?.start ?? Infinity) > 0)
    .map((p) => ({ page: p.page, start: Math.max(0, p.start) }));
  return { ...file, text: part.text, ...(pages ? { pages } : {}) };
}

/** Builds the whole document from its parts, each added as soon as it is extracted. */
export class PartsMerger {
  private doc: IngestDocument | undefined;
  private readonly entities = new Map<string, ResolvedEntity>();
  private readonly relations = new Map<string, ExtractedRelation>();
  private readonly entityIndex = new Map<string, number>();

  constructor(private readonly file: LoadedFile, private readonly raw: string) {}

  add(part: IngestDocument, at: number): void {
    const shift = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + at, end: s.end + at });
    if (!this.doc) {
      this.doc = { ...part, raw: this.raw, hash: contentHash(`${extractionFingerprint()}\n${this.raw}`), pages: this.file.pages, sections: [], sentences: [], mentions: [], entities: [], relations: [], sources: [] };
      this.doc.layout = { blocks: [], hidden: [], emphasis: [], markers: [], pages: this.file.pages ?? [] };
    }
    const doc = this.doc;
    for (const s of part.sections) doc.sections.push(shift(s));
    // Only what the write reads of a mention is kept, as numbers: its entity and where it stands.
    const compact = (doc.compactMentions ??= { entityIds: [], entityOf: [], offsets: [] });
    for (const m of part.mentions) {
      if (!m.entityId) continue;
      let index = this.entityIndex.get(m.entityId);
      if (index === undefined) {
        index = compact.entityIds.push(m.entityId) - 1;
        this.entityIndex.set(m.entityId, index);
      }
      compact.entityOf.push(index);
      compact.offsets.push(m.start + at, m.end + at);
    }
    for (const e of part.entities) {
      const known = this.entities.get(e.id);
      if (!known) this.entities.set(e.id, { ...e, aliases: [...e.aliases] });
      else {
        known.mentions += e.mentions;
        for (const a of e.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
        known.nameEn ??= e.nameEn;
      }
    }
    for (const r of part.relations) {
      const evidence = r.evidence.map((ev) => (ev.documentId === part.id ? { ...shift(ev), ...(ev.page === undefined ? {} : { page: ev.page }) } : ev));
      const known = this.relations.get(r.id);
      if (!known) this.relations.set(r.id, { ...r, evidence });
      else {
        known.evidence.push(...evidence);
        known.confidence = Math.max(known.confidence, r.confidence);
      }
    }
    const ids = new Set(doc.sources.map((s) => s.id));
    for (const s of part.sources) if (!ids.has(s.id)) doc.sources.push(s);
    const layout = part.layout;
    if (layout && doc.layout) {
      doc.layout.blocks.push(...layout.blocks.map((b) => ({ ...shift(b), ...(b.cells ? { cells: b.cells.map(([s, e]) => [s + at, e + at] as [number, number]) } : {}) })));
      doc.layout.hidden.push(...layout.hidden.map(([s, e]) => [s + at, e + at] as [number, number]));
      doc.layout.emphasis.push(...layout.emphasis.map(([s, e, k]) => [s + at, e + at, k] as [number, number, 'strong' | 'em']));
      doc.layout.markers.push(...layout.markers.map(shift));
    }
  }

  finish(): IngestDocument {
    if (!this.doc) throw new Error('a document read in parts had no parts');
    this.doc.entities = [...this.entities.values()];
    this.doc.relations = [...this.relations.values()];
    return this.doc;
  }
}
