import type { IngestDocument } from './model';

/** The printed page an offset of the document's text stands on, for paged formats. */
export function pageAt(doc: IngestDocument, offset: number): number | undefined {
  if (!doc.pages || doc.pages.length === 0) return undefined;
  let found: number | undefined;
  for (const p of doc.pages) {
    if (p.start > offset) break;
    found = p.page;
  }
  return found ?? doc.pages[0].page;
}

/** Each piece of evidence of this document learns its page, so it can be cited "p. 7". */
export function placeEvidenceOnPages(doc: IngestDocument): void {
  if (!doc.pages) return;
  for (const relation of doc.relations) {
    for (const evidence of relation.evidence) {
      if (evidence.documentId === doc.id) evidence.page = pageAt(doc, evidence.start);
    }
  }
}
