import { prepareLoaded } from '../../../ingest/pipeline';
import { extractGraph } from '../../../ingest/extract';
import type { IngestDocument } from '../../../ingest/model';

/** A document made of the given text (through the real pipeline), extracted. */
export function extractText(text: string, name = 'invented.txt'): IngestDocument {
  const doc = prepareLoaded({ path: name, text, encoding: 'utf-8', format: 'text', bytes: Buffer.byteLength(text) });
  extractGraph(doc);
  return doc;
}

export function entityId(doc: IngestDocument, alias: string): string | undefined {
  return doc.entities.find((e) => e.aliases.includes(alias) || e.name === alias)?.id;
}

/** Relations as "subject TYPE object" with entity ids, RELATED_TO left out. */
export function triples(doc: IngestDocument): string[] {
  return doc.relations.filter((r) => r.type !== 'RELATED_TO').map((r) => `${r.subject} ${r.type} ${r.object}`);
}

export function relation(doc: IngestDocument, subject: string, type: string, object: string) {
  return doc.relations.find((r) => r.subject === subject && r.type === type && r.object === object);
}

/** The relation between the entities named so (any of their names), if extracted; cooperation has no direction. */
export function between(doc: IngestDocument, subject: string, type: string, object: string) {
  const s = entityId(doc, subject);
  const o = entityId(doc, object);
  if (!s || !o) return undefined;
  return relation(doc, s, type, o) ?? (type === 'COOPERATES_WITH' ? relation(doc, o, type, s) : undefined);
}

/** The type of the entity with that name or alias. */
export function typeOf(doc: IngestDocument, name: string): string | undefined {
  return doc.entities.find((e) => e.aliases.includes(name) || e.name === name)?.type;
}
