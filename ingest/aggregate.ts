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
    evidence: Array<{ document: string; sentence: string; start: number; end: number; sectionPath: string[]; sources: string[]; page?: number }>;
  }>;
  sources: SourceRecord[];
}

export interface DocumentTally {
  document: ExtractionJson['documents'][number];
  mentions: number;
  entities: [id: string, type: string][];
  relations: [id: string, type: string][];
  evidence: number;
  sources: number;
}

export class CorpusAggregate {
  private documents: ExtractionJson['documents'] = [];
  private entities = new Map<string, ResolvedEntity>();
  private relations = new Map<string, ExtractionJson['relations'][number]>();
  private sources: SourceRecord[] = [];
  /** Without detail only id → type is kept: the report counts distinct ids by type. */
  private entityTypes = new Map<string, string>();
  private relationTypes = new Map<string, string>();
  private evidenceTotal = 0;
  private sourceTotal = 0;
  sentences = 0;
  mentions = 0;

  /**
   * keepDetail false (an ingest without --json): evidence sentences and sources are counted, not
   * kept, so memory follows the size of the graph rather than the size of the text read.
   */
  constructor(private readonly keepDetail = true) {}

  /**
   * What the report needs of a document when no detail is kept: a few hundred bytes, so a
   * document waiting for its batch to be written need not keep its text and sentences alive.
   */
  static tally(doc: IngestDocument): DocumentTally {
    return {
      document: { id: doc.id, title: doc.title, path: doc.path, lang: doc.lang, chars: doc.raw.length, encoding: doc.encoding, sentences: doc.sentences.length },
      mentions: doc.mentions.length,
      entities: doc.entities.map((e) => [e.id, e.type]),
      relations: doc.relations.map((r) => [r.id, r.type]),
      evidence: doc.relations.reduce((n, r) => n + r.evidence.length, 0),
      sources: doc.sources.length,
    };
  }

  get keepsDetail(): boolean {
    return this.keepDetail;
  }

  add(doc: IngestDocument): void {
    if (!this.keepDetail) return this.addTally(CorpusAggregate.tally(doc));
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
      const all = r.evidence.map((ev) => ({ document: ev.documentId, sentence: ev.sentence, start: ev.start, end: ev.end, sectionPath: ev.sectionPath, sources: ev.sourceIds ?? [], ...(ev.page === undefined ? {} : { page: ev.page }) }));
      const known = this.relations.get(r.id);
      // Evidence of one document is new to the corpus: documents don't share offsets.
      const fresh = known ? all.filter((e) => !known.evidence.some((k) => k.document === e.document && k.start === e.start && k.end === e.end)) : all;
      this.evidenceTotal += fresh.length;
      if (!known) this.relations.set(r.id, { ...r, evidence: fresh });
      else {
        known.evidence.push(...fresh);
        known.confidence = Math.max(known.confidence, r.confidence);
      }
    }
    this.sourceTotal += doc.sources.length;
    this.sources.push(...doc.sources);
  }

  /** Counts only (an aggregate without detail). */
  addTally(t: DocumentTally): void {
    this.documents.push(t.document);
    this.sentences += t.document.sentences;
    this.mentions += t.mentions;
    // Type names are interned strings, so each entry costs an id and a pointer.
    for (const [id, type] of t.entities) this.entityTypes.set(id, type);
    for (const [id, type] of t.relations) this.relationTypes.set(id, type);
    // A document's evidence is new to the corpus: documents don't share offsets.
    this.evidenceTotal += t.evidence;
    this.sourceTotal += t.sources;
  }

  /** The extraction JSON; complete only when the aggregate keeps detail. */
  toJson(): ExtractionJson {
    return { documents: this.documents, entities: [...this.entities.values()], relations: [...this.relations.values()], sources: this.sources };
  }

  entitiesByType(): Record<string, number> {
    return countBy(this.keepDetail ? [...this.entities.values()].map((e) => e.type) : [...this.entityTypes.values()]);
  }

  relationsByType(): Record<string, number> {
    return countBy(this.keepDetail ? [...this.relations.values()].map((r) => r.type) : [...this.relationTypes.values()]);
  }

  get sourceCount(): number {
    return this.sourceTotal;
  }

  get evidenceCount(): number {
    return this.evidenceTotal;
  }
}

function countBy(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items.sort()) out[item] = (out[item] ?? 0) + 1;
  return out;
}
