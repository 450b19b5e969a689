import type { ExtractedRelation, IngestDocument, ResolvedEntity, SourceRecord } from './model';

/**
 * The corpus-wide view of what the documents gave: one entity per id (aliases joined,
 * mentions summed), one relation per id (all evidence), every source. It is both the
 * extraction JSON of ONTOLOGY.md and the basis of the final report, so the two agree.
 */
export interface ExtractionJson {
  documents: Array<{ id: string; title: string; path: string; lang: string; chars: number; encoding: string; sentences: number }>;
  entities: ResolvedEntity[];
  relations: Array<Omit<ExtractedRelation, 'evidence'> & {
    evidence: Array<{ document: string; sentence: string; start: number; end: number; sectionPath: string[]; sources: string[] }>;
  }>;
  sources: SourceRecord[];
}

export class CorpusAggregate {
  private documents: ExtractionJson['documents'] = [];
  private entities = new Map<string, ResolvedEntity>();
  private relations = new Map<string, ExtractionJson['relations'][number]>();
  private sources: SourceRecord[] = [];
  sentences = 0;
  mentions = 0;

  add(doc: IngestDocument): void {
    this.documents.push({ id: doc.id, title: doc.title, path: doc.path, lang: doc.lang, chars: doc.raw.length, encoding: doc.encoding, sentences: doc.sentences.length });
    this.sentences += doc.sentences.length;
    this.mentions += doc.mentions.length;
    for (const e of doc.entities) {
      const known = this.entities.get(e.id);
      if (!known) this.entities.set(e.id, { ...e, aliases: [...e.aliases] });
      else {
        known.aliases = [...new Set([...known.aliases, ...e.aliases])];
        known.mentions += e.mentions;
        known.nameEn ??= e.nameEn;
      }
    }
    for (const r of doc.relations) {
      const evidence = r.evidence.map((ev) => ({ document: ev.documentId, sentence: ev.sentence, start: ev.start, end: ev.end, sectionPath: ev.sectionPath, sources: ev.sourceIds ?? [] }));
      const known = this.relations.get(r.id);
      if (!known) this.relations.set(r.id, { ...r, evidence });
      else {
        const seen = new Set(known.evidence.map((e) => `${e.document}|${e.start}|${e.end}`));
        known.evidence.push(...evidence.filter((e) => !seen.has(`${e.document}|${e.start}|${e.end}`)));
        known.confidence = Math.max(known.confidence, r.confidence);
      }
    }
    this.sources.push(...doc.sources);
  }

  toJson(): ExtractionJson {
    return { documents: this.documents, entities: [...this.entities.values()], relations: [...this.relations.values()], sources: this.sources };
  }

  entitiesByType(): Record<string, number> {
    return countBy([...this.entities.values()].map((e) => e.type));
  }

  relationsByType(): Record<string, number> {
    return countBy([...this.relations.values()].map((r) => r.type));
  }

  get sourceCount(): number {
    return this.sources.length;
  }

  get evidenceCount(): number {
    return [...this.relations.values()].reduce((n, r) => n + r.evidence.length, 0);
  }
}

function countBy(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items.sort()) out[item] = (out[item] ?? 0) + 1;
  return out;
}
