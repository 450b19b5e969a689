import type { IngestDocument, ExtractedRelation, ResolvedEntity } from '../model';

export type RelationIdFn = (subjectId: string, type: string, objectId: string, date?: string) => string;

/**
 * An analyst merged entity A into B (EntityRedirect A → B): what this document says about A
 * lands on B. Aliases join B's; edges are re-keyed with B's id (their ids derive from the
 * ends), and edges that now coincide become one edge with all their evidence.
 */
export function applyRedirects(doc: IngestDocument, redirects: Map<string, string>, relationId: RelationIdFn): void {
  if (redirects.size === 0) return;
  const to = (id: string): string => redirects.get(id) ?? id;

  const entities = new Map<string, ResolvedEntity>();
  for (const e of doc.entities) {
    const id = to(e.id);
    const known = entities.get(id);
    if (!known) {
      entities.set(id, { ...e, id, aliases: [...e.aliases] });
      continue;
    }
    known.aliases = [...new Set([...known.aliases, ...e.aliases])];
    known.mentions += e.mentions;
    known.nameEn ??= e.nameEn;
    // The target keeps its own name; a redirected entity's name becomes an alias.
    if (e.id === id) known.name = e.name;
  }
  doc.entities = [...entities.values()];

  for (const m of doc.mentions) if (m.entityId) m.entityId = to(m.entityId);
  if (doc.compactMentions) doc.compactMentions.entityIds = doc.compactMentions.entityIds.map(to);

  const relations = new Map<string, ExtractedRelation>();
  for (const r of doc.relations) {
    const subject = to(r.subject);
    const object = to(r.object);
    if (subject === object) continue; // a merge made it a loop: it says nothing any more
    const moved = subject !== r.subject || object !== r.object;
    // Same key as extraction: (subject, type, object), no date (ingest/extract/ids.ts).
    const id = moved ? relationId(subject, r.type, object) : r.id;
    const known = relations.get(id);
    if (known) {
      known.evidence.push(...r.evidence);
      known.confidence = Math.max(known.confidence, r.confidence);
    } else relations.set(id, { ...r, id, subject, object, evidence: [...r.evidence] });
  }
  doc.relations = [...relations.values()];
}
