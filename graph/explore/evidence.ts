import { cypherInt } from './fragments';
import type { ManagedTransaction } from 'neo4j-driver';
import { limits, type Evidence } from './model';

/**
 * The evidence records of the given edges: the sentence, its document and the sources its
 * footnote markers cite. Capped per edge so a much-repeated relation stays cheap to show.
 */
export async function evidenceFor(tx: ManagedTransaction, relIds: string[], perRelation = limits.evidencePerRelation): Promise<Map<string, Evidence[]>> {
  const byRel = new Map<string, Evidence[]>();
  if (relIds.length === 0) return byRel;
  const result = await tx.run<{ evidence: Evidence[] }>(
    `UNWIND $relIds AS relId
     CALL (relId) {
       MATCH (e:Evidence {relId: relId})
       OPTIONAL MATCH (e)-[:IN]->(d:Document)
       WITH e, d ORDER BY e.documentId, e.start LIMIT $perRelation
       RETURN collect({
         id: e.id, relId: e.relId, documentId: coalesce(d.id, e.documentId), documentTitle: d.title,
         sentence: e.sentence, start: e.start, end: e.end, sectionPath: coalesce(e.sectionPath, []), page: e.page,
         sources: COLLECT {
           MATCH (e)-[:CITES]->(s:Source)
           RETURN {id: s.id, title: s.title, author: s.author, publisher: s.publisher, date: s.date, url: s.url} AS source
           ORDER BY s.id
         }
       }) AS evidence
     }
     RETURN evidence`,
    { relIds, perRelation: cypherInt(perRelation) },
  );
  for (const record of result.records) {
    for (const ev of record.get('evidence')) {
      const list = byRel.get(ev.relId) ?? [];
      list.push({ ...ev, documentTitle: ev.documentTitle ?? null, page: ev.page ?? null, sources: ev.sources.map(cleanSource) });
      byRel.set(ev.relId, list);
    }
  }
  return byRel;
}

function cleanSource(s: Evidence['sources'][number]): Evidence['sources'][number] {
  return {
    id: s.id,
    title: s.title ?? null,
    author: s.author ?? null,
    publisher: s.publisher ?? null,
    date: s.date == null ? null : String(s.date),
    url: s.url ?? null,
  };
}
