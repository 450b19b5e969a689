import type { Graph } from '../connection';
import { emptyLayout, mentionWindowChars, readerPageChars, readerPageSpans, type Layout, type ReaderSource } from '../../contract/reader';
import { cypherInt, matchRelationsById } from './fragments';
import { limits } from './model';

export interface DocumentView {
  document: {
    id: string;
    title: string | null;
    author: string | null;
    lang: string | null;
    /** The page of text: the characters from `from` up to `to` of the whole text. */
    text: string;
    chars: number;
    from: number;
    to: number;
  };
  /** Where the next page begins; null on the last page. */
  next: number | null;
  mentions: { entityId: string; type: string | null; start: number; end: number }[];
  evidence: { id: string; relId: string; type: string | null; start: number; end: number }[];
  layout: Layout;
  sources: ReaderSource[];
  /** The entities the whole document mentions, most mentioned first. */
  entities: { id: string; name: string; type: string | null; count: number }[];
}

export interface PageRequest {
  from?: number;
  chars?: number;
}

/** The side list names at most this many entities. */
const ENTITY_LIST_MAX = 500;

/**
 * One page of a document's text with the spans the reader shows on it: entity mentions
 * (stored on the document as JSON), evidence sentences (with the type of the relation they
 * support), the layout (blocks, markup, footnote markers, page starts) and the sources its
 * markers open. Offsets are into the whole text; a page ends at a line break where it can, and
 * no answer carries more than readerPageChars characters or readerPageSpans spans of a kind —
 * a document of millions of characters is read page by page.
 */
export async function getDocument(graph: Graph, id: string, page: PageRequest = {}): Promise<DocumentView | null> {
  const from = Math.max(0, page.from ?? 0);
  const want = Math.min(readerPageChars, Math.max(1, page.chars ?? readerPageChars));
  return graph.read(async (tx) => {
    const found = await tx.run(
      `MATCH (d:Document {id: $id})
       RETURN d.id AS id, d.title AS title, d.author AS author, d.lang AS lang, coalesce(d.text, '') AS text,
              d.mentionWindows[$firstWindow..$lastWindow] AS windows,
              CASE WHEN d.mentionWindows IS NULL THEN d.mentionSpans END AS mentionSpans, d.layout AS layout`,
      // A mention starting in the window before the page may run into it.
      { id, firstWindow: cypherInt(Math.max(0, Math.floor(from / mentionWindowChars) - 1)), lastWindow: cypherInt(Math.floor((from + want) / mentionWindowChars) + 1) },
    );
    const row = found.records[0];
    if (!row) return null;
    // Sliced here, not by Cypher: its substring counts code points, the offsets count UTF-16 units.
    const text: string = row.get('text');
    const chars = text.length;
    const slice = text.slice(from, from + want);
    let to = from + pageLength(slice, from + slice.length < chars);
    const windows: string[] | null = row.get('windows');
    const touching = (windows ? windows.flatMap(parseSpans) : parseSpans(row.get('mentionSpans')))
      .filter((m) => m.start < to && m.end > from)
      .sort((a, b) => a.start - b.start);
    // More mentions than one answer carries: the page ends (at a line break where it can) before the first left over.
    if (touching.length > readerPageSpans) {
      const cut = Math.max(from + 1, touching[readerPageSpans].start);
      const nl = text.lastIndexOf('\n', cut - 1);
      to = nl >= from + (cut - from) / 2 ? nl + 1 : cut;
    }
    const inPage = (s: { start: number; end: number }) => s.start < to && s.end > from;
    const pageOf = <T extends { start: number; end: number }>(spans: T[]): T[] => spans.filter(inPage).slice(0, readerPageSpans);

    const spans = pageOf(touching);
    const layout = pageLayout(parseLayout(row.get('layout')), from, to);
    const evidence = (
      await tx.run(
        `MATCH (e:Evidence)-[:IN]->(:Document {id: $id}) WHERE e.start < $to AND e.end > $from
         RETURN e.id AS id, e.relId AS relId, e.start AS start, e.end AS end ORDER BY e.start LIMIT $cap`,
        { id, from, to, cap: cypherInt(readerPageSpans) },
      )
    ).records.map((r) => ({ id: r.get('id') as string, relId: r.get('relId') as string, start: r.get('start') as number, end: r.get('end') as number }));

    const entityIds = [...new Set(spans.map((s) => s.entityId))];
    const types = await tx.run<{ id: string; type: string }>('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.type AS type', { ids: entityIds });
    const typeOfEntity = new Map(types.records.map((r) => [r.get('id'), r.get('type')]));
    const relIds = [...new Set(evidence.map((e) => e.relId))];
    const relTypes = relIds.length === 0 ? [] : (await tx.run<{ id: string; type: string }>(`${matchRelationsById('ids')} RETURN r.id AS id, type(r) AS type`, { ids: relIds })).records;
    const typeOfRel = new Map(relTypes.map((r) => [r.get('id'), r.get('type')]));
    const sourceIds = [...new Set([...layout.markers, ...layout.blocks].map((s) => s.sourceId).filter((s): s is string => s !== undefined))];
    const sources = (
      await tx.run(
        `UNWIND $ids AS sid MATCH (s:Source {id: sid})
         RETURN s.id AS id, s.marker AS marker, coalesce(s.text, '') AS text, s.url AS url`,
        { ids: sourceIds },
      )
    ).records.map((r) => ({ id: r.get('id') as string, marker: (r.get('marker') as string | null) ?? null, text: r.get('text') as string, url: safeUrl(r.get('url')) }));
    const entities = (
      await tx.run(
        `MATCH (:Document {id: $id})-[m:MENTIONS]->(e:Entity)
         RETURN e.id AS id, coalesce(e.name, e.id) AS name, e.type AS type, coalesce(m.count, 0) AS count
         ORDER BY count DESC, name LIMIT $max`,
        { id, max: cypherInt(ENTITY_LIST_MAX) },
      )
    ).records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, type: (r.get('type') as string | null) ?? null, count: r.get('count') as number }));

    return {
      document: { id: row.get('id'), title: row.get('title') ?? null, author: row.get('author') ?? null, lang: row.get('lang') ?? null, text: slice.slice(0, to - from), chars, from, to },
      next: to < chars ? to : null,
      mentions: spans.map((s) => ({ entityId: s.entityId, type: typeOfEntity.get(s.entityId) ?? null, start: s.start, end: s.end })),
      evidence: evidence.map((e) => ({ ...e, type: typeOfRel.get(e.relId) ?? null })),
      layout,
      sources,
      entities,
    };
  }, limits.timeoutMs);
}

/** A page that is not the last ends after a line break when one stands in its second half. */
function pageLength(slice: string, more: boolean): number {
  if (!more) return slice.length;
  const nl = slice.lastIndexOf('\n');
  return nl >= slice.length / 2 ? nl + 1 : slice.length;
}

/** The layout entries that touch the page (page starts: those within it, and the one it opens on). */
function pageLayout(layout: Layout, from: number, to: number): Layout {
  const touches = (s: number, e: number) => s < to && e > from;
  const pages = layout.pages.filter((p, i) => p.start < to && (layout.pages[i + 1]?.start ?? Infinity) > from);
  return {
    blocks: layout.blocks.filter((b) => touches(b.start, b.end)).slice(0, readerPageSpans),
    hidden: layout.hidden.filter(([s, e]) => touches(s, e)).slice(0, readerPageSpans),
    emphasis: layout.emphasis.filter(([s, e]) => touches(s, e)).slice(0, readerPageSpans),
    markers: layout.markers.filter((m) => touches(m.start, m.end)).slice(0, readerPageSpans),
    pages,
  };
}

/** Only http(s) URLs are offered as links. */
function safeUrl(value: unknown): string | null {
  return typeof value === 'string' && /^https?:\/\/\S+$/i.test(value) ? value : null;
}

/** layout is a JSON string written by the ingest; a document written before it (or a malformed one) is shown as plain text. */
function parseLayout(value: unknown): Layout {
  if (typeof value !== 'string' || value === '') return emptyLayout();
  try {
    const parsed = JSON.parse(value) as Partial<Layout>;
    const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
    return { blocks: list(parsed.blocks), hidden: list(parsed.hidden), emphasis: list(parsed.emphasis), markers: list(parsed.markers), pages: list(parsed.pages) };
  } catch {
    return emptyLayout();
  }
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
