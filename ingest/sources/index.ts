import crypto from 'node:crypto';
import type { IngestDocument, Sentence, SourceRecord } from '../model';
import { joinWrappedLines } from '../normalise/join';
import { stripMarkup } from '../sentences/markup';
import type { Note } from '../structure';
import { parseCitation, plainCitation } from './parse';

/**
 * Footnotes and reference entries become SourceRecords; each sentence learns the ids of the
 * sources its footnote markers point at (Sentence.sourceIds), and evidence built from a
 * sentence carries them (see citeSources).
 */
export function buildSources(doc: IngestDocument, notes: Note[], occurrences: number[][]): SourceRecord[] {
  const sources: SourceRecord[] = [];
  const byOccurrence = new Map<number, string>();
  const usedIds = new Set<string>();
  for (const note of notes) {
    const text = plainCitation(stripMarkup(joinWrappedLines(note.lines, true)).text.replace(/\s*\n\s*/g, ' ').trim());
    if (!text) continue;
    let id = `${doc.id}-src-${crypto.createHash('sha256').update(`${note.label ?? ''}|${text}`).digest('hex').slice(0, 12)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
    usedIds.add(id);
    note.sourceId = id;
    sources.push({ id, document: doc.id, marker: note.label, text, ...parseCitation(text) });
    if (note.occurrence !== undefined) byOccurrence.set(note.occurrence, id);
  }
  doc.sentences.forEach((sentence, i) => {
    const ids = (occurrences[i] ?? []).map((o) => byOccurrence.get(o)).filter((s): s is string => s !== undefined);
    sentence.sourceIds = ids;
  });
  return sources;
}

/**
 * Fill Evidence.sourceIds from the sentences the evidence stands in (after extraction): the
 * sources whose marker occurrences stand in those sentences, and no others. A label alone says
 * too little — circled numbers restart on every page, so "①" names a different footnote each time.
 */
export function citeSources(doc: IngestDocument): void {
  const byStart = [...doc.sentences].sort((a, b) => a.start - b.start);
  for (const relation of doc.relations) {
    for (const evidence of relation.evidence) {
      if (evidence.documentId !== doc.id) continue;
      const ids = sentencesWithin(byStart, evidence.start, evidence.end).flatMap((s) => s.sourceIds ?? []);
      evidence.sourceIds = [...new Set(ids)];
    }
  }
}

/** The sentences an evidence span covers, or else the one it starts in (binary search: a long document has many). */
function sentencesWithin(byStart: Sentence[], start: number, end: number): Sentence[] {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  // byStart[lo - 1] is the last sentence starting at or before the evidence.
  const inside: Sentence[] = [];
  for (let i = Math.max(0, lo - 1); i < byStart.length && byStart[i].start < end; i++) {
    if (start <= byStart[i].start && byStart[i].end <= end) inside.push(byStart[i]);
  }
  if (inside.length > 0) return inside;
  const holding = byStart[lo - 1];
  return holding && start < holding.end ? [holding] : [];
}
