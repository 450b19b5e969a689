import type { Graph } from './connection';
import { matchRelationsById } from './explore/fragments';
import { settleRelations } from './ingest/relations';
import { dropDocumentData, dropOrphanEntities } from './ingest/writeBatch';

/**
 * The document library's bookkeeping beside what the ingest writes: where an uploaded document
 * came from and who added it, and finding a document that already holds the same content.
 */

export interface UploadRecord {
  /** The name the file was uploaded under (a path inside a dropped folder at most). */
  fileName: string;
  bytes: number;
  format: string;
  pages: number | null;
  addedBy: string;
}

/** Stamped on the Document after its write; the ingest's own properties are left as they are. */
export async function recordUpload(graph: Graph, documentId: string, upload: UploadRecord): Promise<void> {
  await graph.writeRows(
    'MATCH (d:Document {id: $id}) SET d.fileName = $u.fileName, d.bytes = $u.bytes, d.format = $u.format, d.pages = $u.pages, d.addedBy = $u.addedBy, d.addedAt = datetime().epochMillis',
    { id: documentId, u: upload },
  );
}

export interface DuplicateDocument {
  id: string;
  title: string | null;
  fileName: string | null;
}

/**
 * A document whose content hash is this one: the same text read with the same lexicon and
 * rules, whatever the file was called. The document itself (the same file uploaded again,
 * unchanged) comes first.
 */
export async function findSameContent(graph: Graph, hash: string, documentId: string): Promise<DuplicateDocument | null> {
  const [row] = await graph.readRows<DuplicateDocument>(
    `MATCH (d:Document {hash: $hash})
     RETURN d.id AS id, d.title AS title, coalesce(d.fileName, d.path) AS fileName ORDER BY d.id = $documentId DESC, d.id LIMIT 1`,
    { hash, documentId },
  );
  return row ?? null;
}

export interface RemovalCounts {
  /** The name an uploaded document came under (null: ingested from the command line). */
  fileName: string | null;
  evidence: number;
  relations: number;
  entities: number;
}

/**
 * Remove a document: its evidence, mentions and sources go; an extracted edge left without
 * evidence goes, and so does an entity no document mentions and nothing else holds (as when a
 * changed document drops a statement on re-ingest). Analyst data is never touched: annotations,
 * analyst edges, reviews and merges stay, and the entities they hold stay with them.
 * Null when there is no such document.
 */
export async function removeDocument(graph: Graph, id: string): Promise<RemovalCounts | null> {
  return graph.write(async (tx) => {
    const found = await tx.run<{ fileName: string | null }>('MATCH (d:Document {id: $id}) RETURN d.fileName AS fileName', { id });
    if (found.records.length === 0) return null;
    const fileName = found.records[0].get('fileName') ?? null;
    const counted = await tx.run<{ n: number }>('MATCH (:Document {id: $id})<-[:IN]-(ev:Evidence) RETURN count(ev) AS n', { id });
    const evidenceCount = counted.records[0].get('n');
    // What each edge joined, while it is still there: a note on an edge that goes keeps saying so.
    const supported = await tx.run<{ ids: string[] }>('MATCH (ev:Evidence)-[:IN]->(:Document {id: $id}) RETURN collect(DISTINCT ev.relId) AS ids', { id });
    const joined = await tx.run<{ id: string; says: string }>(
      `${matchRelationsById('ids')}
       RETURN r.id AS id, coalesce(startNode(r).name, '?') + ' ' + type(r) + ' ' + coalesce(endNode(r).name, '?') AS says`,
      { ids: supported.records[0].get('ids') },
    );
    const dropped = await dropDocumentData(tx, [id]);
    const rels = dropped.records.flatMap((r) => r.get('rels'));
    const mentioned = [...new Set(dropped.records.flatMap((r) => r.get('mentioned').map((m) => m.id)))];
    await settleRelations(tx, mentioned, rels);
    // Mentions are a total over documents: this one no longer counts.
    await tx.run(
      `UNWIND $ids AS eid MATCH (e:Entity {id: eid})
       OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e)
       WITH e, sum(coalesce(m.count, 0)) AS n SET e.mentions = n`,
      { ids: mentioned },
    );
    await dropOrphanEntities(tx, mentioned);
    await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id });
    const relIds = [...new Set(rels.map((r) => r.id))];
    const left = await tx.run<{ edges: number; entities: number }>(
      `CALL () { UNWIND $entityIds AS eid MATCH (:Entity {id: eid})-[r]-() WHERE r.id IN $relIds RETURN count(DISTINCT r) AS edges }
       RETURN edges, COUNT { UNWIND $entityIds AS eid MATCH (e:Entity {id: eid}) RETURN e } AS entities`,
      { relIds, entityIds: mentioned },
    );
    const row = left.records[0];
    // Annotations stay where they were; those on an edge that went learn what it said.
    await tx.run(
      `UNWIND $joined AS j
       MATCH (a:Annotation {targetId: j.id}) WHERE a.targetKind = 'relation'
         AND NOT EXISTS { UNWIND $entityIds AS eid MATCH (:Entity {id: eid})-[r]-() WHERE r.id = j.id RETURN r }
       SET a.formerTarget = j.says`,
      { joined: joined.records.map((r) => ({ id: r.get('id'), says: r.get('says') })), entityIds: mentioned },
    );
    return { fileName, evidence: evidenceCount, relations: relIds.length - row.get('edges'), entities: mentioned.length - row.get('entities') };
  });
}

export interface LibraryFilter {
  q?: string;
  lang?: string;
  from?: string;
  to?: string;
  sort: 'added' | 'date' | 'title' | 'lang' | 'size' | 'entities' | 'relations';
  order: 'asc' | 'desc';
}

export interface LibraryRow {
  id: string;
  title: string | null;
  author: string | null;
  lang: string | null;
  date: string | null;
  fileName: string | null;
  format: string | null;
  bytes: number | null;
  chars: number | null;
  pages: number | null;
  entities: number;
  relations: number;
  addedAt: string | null;
  addedBy: string | null;
  /** The document ingested before it that this one nearly duplicates. */
  nearDuplicateOf: { id: string; title: string | null; similarity: number } | null;
}

/** At most this many documents in one answer (the library of a team, not a search engine). */
const LIBRARY_MAX = 2000;

/**
 * Every document with its provenance and how much it supports, filtered in the query and
 * ordered here (the order key may be any column).
 */
export async function listLibrary(graph: Graph, filter: LibraryFilter): Promise<{ documents: LibraryRow[]; total: number }> {
  const q = filter.q?.toLowerCase() ?? null;
  const rows = await graph.readRows<{ doc: Record<string, unknown>; total: number }>(
    `CALL () { MATCH (every:Document) RETURN count(every) AS total }
     MATCH (d:Document)
     WHERE ($lang IS NULL OR toLower(d.lang) = toLower($lang))
       AND ($q IS NULL OR any(v IN [d.title, d.author, d.fileName, d.path] WHERE v IS NOT NULL AND toLower(v) CONTAINS $q))
     WITH d, total LIMIT toInteger($max)
     RETURN total, {id: d.id, title: d.title, author: d.author, lang: d.lang, date: d.published, fileName: coalesce(d.fileName, d.path),
             format: d.format, bytes: d.bytes, chars: d.chars, pages: d.pages, addedAt: coalesce(d.addedAt, d.ingestedAt), addedBy: d.addedBy,
             entities: COUNT { (d)-[:MENTIONS]->(:Entity) },
             nearDuplicate: CASE WHEN d.nearDuplicateOf IS NULL THEN null ELSE
               {id: d.nearDuplicateOf, similarity: d.nearDuplicateSimilarity, title: COLLECT { MATCH (o:Document {id: d.nearDuplicateOf}) RETURN coalesce(o.title, o.fileName, o.path) }[0]} END,
             relations: COUNT { MATCH (ev:Evidence)-[:IN]->(d) RETURN DISTINCT ev.relId }} AS doc`,
    { lang: filter.lang ?? null, q, max: LIBRARY_MAX },
  );
  const total = rows[0]?.total ?? (await graph.readRows<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n'))[0].n;
  const documents = rows.map((r) => toRow(r.doc)).filter((d) => inRange(dayOf(d), filter.from, filter.to));
  documents.sort(byKey(filter.sort, filter.order));
  return { documents, total };
}

function toRow(d: Record<string, unknown>): LibraryRow {
  const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  const int = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : null);
  return {
    id: String(d.id),
    title: text(d.title),
    author: text(d.author),
    lang: text(d.lang),
    date: text(d.date),
    fileName: shownFileName(text(d.fileName)),
    format: text(d.format) ?? formatOf(text(d.fileName)),
    bytes: int(d.bytes),
    chars: int(d.chars),
    pages: int(d.pages),
    entities: int(d.entities) ?? 0,
    relations: int(d.relations) ?? 0,
    addedAt: typeof d.addedAt === 'number' ? new Date(d.addedAt).toISOString() : text(d.addedAt),
    addedBy: text(d.addedBy),
    nearDuplicateOf: nearDuplicate(d.nearDuplicate),
  };
}

function nearDuplicate(v: unknown): LibraryRow['nearDuplicateOf'] {
  if (typeof v !== 'object' || v === null) return null;
  const n = v as { id?: unknown; title?: unknown; similarity?: unknown };
  if (typeof n.id !== 'string' || typeof n.similarity !== 'number') return null;
  return { id: n.id, title: typeof n.title === 'string' ? n.title : null, similarity: n.similarity };
}

/** A path inside the project stays as it is; an absolute server path shows only its file name. */
export function shownFileName(stored: string | null): string | null {
  if (!stored) return null;
  return stored.startsWith('/') || /^[A-Za-z]:[\\/]/.test(stored) ? stored.split(/[\\/]/).pop() || null : stored;
}

function formatOf(fileName: string | null): string | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  return ext ? ({ txt: 'text', md: 'markdown', htm: 'html' } as Record<string, string>)[ext] ?? ext : null;
}

/** The day a document is filed under: its own date, else the day it was added. */
function dayOf(d: LibraryRow): string | null {
  return d.date ?? d.addedAt?.slice(0, 10) ?? null;
}

/** Dates compare as text: "2024" is before "2024-03", which is before "2024-03-05". */
function inRange(day: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!day) return false;
  if (from && day.slice(0, from.length) < from) return false;
  if (to && day.slice(0, to.length) > to) return false;
  return true;
}

function byKey(sort: LibraryFilter['sort'], order: LibraryFilter['order']): (a: LibraryRow, b: LibraryRow) => number {
  const key = (d: LibraryRow): string | number | null => {
    switch (sort) {
      case 'added': return d.addedAt;
      case 'date': return dayOf(d);
      case 'title': return d.title?.toLowerCase() ?? null;
      case 'lang': return d.lang;
      case 'size': return d.bytes ?? d.chars;
      case 'entities': return d.entities;
      case 'relations': return d.relations;
    }
  };
  const sign = order === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    // Documents without the value come last whichever the order.
    if (x === null || y === null) return x === y ? a.id.localeCompare(b.id) : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c !== 0 ? sign * c : a.id.localeCompare(b.id);
  };
}

export interface UnsupportedAnnotation {
  id: string;
  targetId: string;
  text: string;
  stance: string | null;
  author: string;
  formerTarget: string;
}

/**
 * Annotations on edges that lost their last evidence when a document was removed: kept, and
 * listed with what the edge said. One whose edge came back (the document was added again)
 * is no longer listed.
 */
export async function unsupportedAnnotations(graph: Graph): Promise<UnsupportedAnnotation[]> {
  const rows = await graph.readRows<UnsupportedAnnotation>(
    `MATCH (a:Annotation) WHERE a.formerTarget IS NOT NULL AND NOT coalesce(a.deleted, false)
     RETURN a.id AS id, a.targetId AS targetId, a.text AS text, a.stance AS stance, a.author AS author, a.formerTarget AS formerTarget
     ORDER BY a.createdAt LIMIT 1000`,
  );
  if (rows.length === 0) return [];
  const back = await graph.readRows<{ id: string }>(`${matchRelationsById('ids')} RETURN r.id AS id`, { ids: [...new Set(rows.map((r) => r.targetId))] });
  const present = new Set(back.map((r) => r.id));
  return rows.filter((r) => !present.has(r.targetId));
}
