import crypto from 'node:crypto';
import type { DocumentWrite, EvidenceRow, RelationRow } from '../../graph/ingest/types';
import { ontology } from '../../graph/ontology';
import { emptyLayout, mentionWindowChars } from '../../contract/reader';
import { textSignature } from '../nearDuplicates';
import type { IngestDocument } from '../model';

/** Property names an edge may carry besides its bookkeeping: those the ontology names. */
const EDGE_PROPERTIES = [...new Set(ontology.relationshipTypes.flatMap((t) => t.properties))].filter((p) => p !== 'date');

/** One IngestDocument as the rows the graph writer MERGEs. */
export function documentRows(doc: IngestDocument): DocumentWrite {
  const mentionCounts = new Map<string, number>();
  for (const m of doc.mentions) if (m.entityId) mentionCounts.set(m.entityId, (mentionCounts.get(m.entityId) ?? 0) + 1);
  const entityIds = new Set(doc.entities.map((e) => e.id));
  const mentionSpans = doc.mentions
    .filter((m) => m.entityId && entityIds.has(m.entityId))
    .map((m) => ({ entityId: m.entityId as string, start: m.start, end: m.end }));
  const compact = doc.compactMentions;
  if (compact) {
    for (let i = 0; i < compact.entityOf.length; i++) {
      const entityId = compact.entityIds[compact.entityOf[i]];
      if (entityIds.has(entityId)) mentionSpans.push({ entityId, start: compact.offsets[2 * i], end: compact.offsets[2 * i + 1] });
    }
  }

  const relations: RelationRow[] = doc.relations.map((r) => {
    const props: Record<string, string | number | null> = { date: r.date ?? null };
    for (const key of EDGE_PROPERTIES) props[key] = r.properties[key] ?? null;
    return { id: r.id, type: r.type, subject: r.subject, object: r.object, props, confidence: r.confidence, method: r.method, inferred: Boolean(r.inferred) };
  });

  const evidence = new Map<string, EvidenceRow>();
  for (const r of doc.relations) {
    for (const ev of r.evidence) {
      if (ev.documentId !== doc.id) continue;
      const id = evidenceId(r.id, doc.id, ev.start, ev.end);
      if (!evidence.has(id)) {
        evidence.set(id, { id, relId: r.id, sentence: ev.sentence, start: ev.start, end: ev.end, sectionPath: ev.sectionPath ?? [], sourceIds: ev.sourceIds ?? [], page: ev.page ?? null });
      }
    }
  }

  return {
    document: {
      id: doc.id,
      title: doc.title,
      author: doc.author ?? null,
      published: doc.published ?? null,
      path: doc.path,
      lang: doc.lang,
      chars: doc.raw.length,
      hash: doc.hash,
      encoding: doc.encoding,
      text: doc.raw,
      // A long document's reader pages read their own window of spans, never the whole list.
      mentionSpans: doc.raw.length > mentionWindowChars ? '[]' : JSON.stringify(mentionSpans),
      mentionWindows: mentionWindows(mentionSpans),
      layout: JSON.stringify(doc.layout ?? emptyLayout()),
      minhash: textSignature(doc.raw),
    },
    entities: doc.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, nameEn: e.nameEn ?? null, aliases: e.aliases })),
    mentions: doc.entities.map((e) => ({ entityId: e.id, count: mentionCounts.get(e.id) ?? e.mentions })),
    relations,
    evidence: [...evidence.values()],
    sources: doc.sources.map((s) => ({
      id: s.id,
      marker: s.marker ?? null,
      text: s.text,
      title: s.title ?? null,
      author: s.author ?? null,
      publisher: s.publisher ?? null,
      date: s.date ?? null,
      url: s.url ?? null,
    })),
  };
}

/** Stable: the same sentence supporting the same edge is the same evidence on every ingest. */
export function evidenceId(relId: string, documentId: string, start: number, end: number): string {
  return `ev-${crypto.createHash('sha256').update(`${relId}|${documentId}|${start}|${end}`).digest('hex').slice(0, 20)}`;
}

function mentionWindows(spans: Array<{ entityId: string; start: number; end: number }>): string[] {
  const windows: Array<typeof spans> = [];
  for (const s of spans) (windows[Math.floor(s.start / mentionWindowChars)] ??= []).push(s);
  return Array.from(windows, (w) => JSON.stringify(w ?? []));
}
