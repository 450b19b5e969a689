import type { Graph } from '../connection';
import { cypherInt, matchRelationsById } from './fragments';
import { limits } from './model';
import { publicPath } from './publicPath';

export interface DocumentListItem {
  id: string;
  title: string | null;
  author: string | null;
  lang: string | null;
  chars: number | null;
  path: string | null;
  ingestedAt: string | null;
}

export interface DocumentView {
  document: { id: string; title: string | null; author: string | null; lang: string | null; text: string };
  mentions: { entityId: string; type: string | null; start: number; end: number }[];
  evidence: { id: string; relId: string; type: string | null; start: number; end: number }[];
}

export async function listDocuments(graph: Graph): Promise<DocumentListItem[]> {
  const rows = await graph.read(
    (tx) =>
      tx.run<{ doc: Omit<DocumentListItem, 'ingestedAt'> & { ingestedAt: unknown } }>(
        `MATCH (d:Document)
         RETURN {id: d.id, title: d.title, author: d.author, lang: d.lang, chars: d.chars, path: d.path,
                 ingestedAt: d.ingestedAt} AS doc
         ORDER BY d.path, d.id LIMIT $max`,
        { max: cypherInt(limits.documentsMax) },
      ),
    limits.timeoutMs,
  );
  return rows.records.map((r) => {
    const d = r.get('doc');
    return { id: d.id, title: d.title ?? null, author: d.author ?? null, lang: d.lang ?? null, chars: d.chars ?? null, path: publicPath(d.path), ingestedAt: isoTime(d.ingestedAt) };
  });
}

/**
 * A document's text with the spans the viewer highlights: entity mentions (stored on the
 * document as JSON) and evidence sentences (with the type of the relation they support).
 */
export async function getDocument(graph: Graph, id: string): Promise<DocumentView | null> {
  return graph.read(async (tx) => {
    const found = await tx.run(
      `MATCH (d:Document {id: $id})
       RETURN d.id AS id, d.title AS title, d.author AS author, d.lang AS lang, coalesce(d.text, '') AS text,
              d.mentionSpans AS mentionSpans,
              COLLECT { MATCH (e:Evidence)-[:IN]->(d) RETURN {id: e.id, relId: e.relId, start: e.start, end: e.end} AS ev ORDER BY e.start } AS evidence`,
      { id },
    );
    const row = found.records[0];
    if (!row) return null;
    const spans = parseSpans(row.get('mentionSpans'));
    const evidence: { id: string; relId: string; start: number; end: number }[] = row.get('evidence');

    const entityIds = [...new Set(spans.map((s) => s.entityId))];
    const types = await tx.run<{ id: string; type: string }>('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.type AS type', { ids: entityIds });
    const typeOfEntity = new Map(types.records.map((r) => [r.get('id'), r.get('type')]));
    const relIds = [...new Set(evidence.map((e) => e.relId))];
    const relTypes = relIds.length === 0 ? [] : (await tx.run<{ id: string; type: string }>(`${matchRelationsById('ids')} RETURN r.id AS id, type(r) AS type`, { ids: relIds })).records;
    const typeOfRel = new Map(relTypes.map((r) => [r.get('id'), r.get('type')]));

    return {
      document: { id: row.get('id'), title: row.get('title') ?? null, author: row.get('author') ?? null, lang: row.get('lang') ?? null, text: row.get('text') },
      mentions: spans.map((s) => ({ entityId: s.entityId, type: typeOfEntity.get(s.entityId) ?? null, start: s.start, end: s.end })),
      evidence: evidence.map((e) => ({ ...e, type: typeOfRel.get(e.relId) ?? null })),
    };
  }, limits.timeoutMs);
}

/** mentionSpans is a JSON string written by the ingest; a malformed one shows no spans rather than failing. */
function parseSpans(value: unknown): { entityId: string; start: number; end: number }[] {
  if (typeof value !== 'string' || value === '') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (s): s is { entityId: string; start: number; end: number } =>
        typeof s === 'object' && s !== null && typeof s.entityId === 'string' && typeof s.start === 'number' && typeof s.end === 'number',
    );
  } catch {
    return [];
  }
}

/** ingestedAt as ISO-8601, whether stored as epoch milliseconds, a string or a Neo4j temporal. */
function isoTime(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? new Date(value).toISOString() : null;
  return String(value);
}
