import crypto from 'node:crypto';
import type { IngestDocument, SourceRecord } from '../model';
import { joinWrappedLines } from '../normalise/join';
import { stripMarkup } from '../sentences/markup';
import type { Note } from '../structure';
import { parseCitation } from './parse';

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
    const text = stripMarkup(joinWrappedLines(note.lines, true)).text.replace(/\s*\n\s*/g, ' ').trim();
    if (!text) continue;
    let id = `${doc.id}-src-${crypto.createHash('sha256').update(`${note.label ?? ''}|${text}`).digest('hex').slice(0, 12)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
    usedIds.add(id);
    sources.push({ id, document: doc.id, marker: note.label, text, ...parseCitation(text) });
    if (note.occurrence !== undefined) byOccurrence.set(note.occurrence, id);
  }
  doc.sentences.forEach((sentence, i) => {
    const ids = (occurrences[i] ?? []).map((o) => byOccurrence.get(o)).filter((s): s is string => s !== undefined);
    sentence.sourceIds = ids;
  });
  return sources;
}

/** Fill Evidence.sourceIds from the sentences the evidence stands in (after extraction). */
export function citeSources(doc: IngestDocument): void {
  for (const relation of doc.relations) {
    for (const evidence of relation.evidence) {
      if (evidence.documentId !== doc.id) continue;
      const sentence = sentenceAt(doc, evidence.start, evidence.end);
      const ids = sentence?.sourceIds ?? [];
      evidence.sourceIds = [...new Set([...(evidence.sourceIds ?? []), ...ids])];
    }
  }
}

function sentenceAt(doc: IngestDocument, start: number, end: number) {
  // Sentences are in document order of their blocks; a linear scan is cheap next to extraction.
  return doc.sentences.find((s) => s.start <= start && end <= s.end) ?? doc.sentences.find((s) => s.start <= start && start < s.end);
}
