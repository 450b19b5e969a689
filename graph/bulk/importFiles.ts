import fs from 'node:fs';
import { checkTypes } from '../ingest/write';
import type { DocumentWrite, EntityRow, RelationRow } from '../ingest/types';
import { ARRAY_DELIMITER, CsvGroup, type CsvValue } from './csv';

/**
 * The import files of a first load: the graph the transactional writer (graph/ingest/
 * writeBatch.ts) would leave after writing these documents in this order into an empty
 * database, as CSV. Documents, their evidence, sources and mentions are streamed to disk as they
 * come; entities and edges, which later documents add to, are kept (one row each) and written at
 * the end:
 *   - an entity keeps the name and type of the first document naming it and the first English
 *     name any gives; its aliases add up in order; `mentions` is the sum of its MENTIONS counts;
 *   - an edge keeps the properties, confidence and method of the last document stating it; its
 *     evidenceCount counts its evidence; an edge left without evidence is not written (the
 *     writer removes such an extracted edge).
 */

export interface ImportFileSet {
  dir: string;
  /** `--nodes` and `--relationships` arguments for neo4j-admin. */
  arguments: string[];
  /** Properties whose value is an empty list (CSV cannot say so): label → key → ids. */
  emptyLists: { label: string; key: string; ids: string[] }[];
  /** The documents in the order they came, with their paths. */
  documents: { id: string; path: string }[];
  counts: Record<string, number>;
}

interface EntityState extends EntityRow {
  mentions: number;
}

export class ImportFiles {
  private readonly documents: CsvGroup;
  private readonly evidence: CsvGroup;
  private readonly sources: CsvGroup;
  private readonly links: CsvGroup;
  private readonly entities = new Map<string, EntityState>();
  private readonly relations = new Map<string, RelationRow>();
  private readonly evidencePerRelation = new Map<string, number>();
  private readonly sourceIds = new Set<string>();
  private readonly documentCitations = new Set<string>();
  /** Evidence → source, written at the end: the writer links only sources that exist. */
  private readonly evidenceCitations: Array<[string, string]> = [];
  private readonly documentList: { id: string; path: string }[] = [];
  private readonly counts = { documents: 0, evidence: 0, sources: 0, mentions: 0 };

  constructor(readonly dir: string, private readonly searchTextOf: (aliases: string[]) => string) {
    fs.mkdirSync(dir, { recursive: true });
    this.documents = new CsvGroup(dir, 'documents', 'nodes');
    this.evidence = new CsvGroup(dir, 'evidence', 'nodes');
    this.sources = new CsvGroup(dir, 'sources', 'nodes');
    this.links = new CsvGroup(dir, 'links', 'relationships');
  }

  /** One document's rows, as the writer gets them (types are checked here, as there). */
  add(d: DocumentWrite): void {
    checkTypes(d);
    const doc = d.document.id;
    this.documentList.push({ id: doc, path: d.document.path });
    this.counts.documents++;
    this.documents.add({ 'id:ID(Document)': doc, ':LABEL': 'Document' }, { ...(d.document as unknown as Record<string, CsvValue>), id: undefined, ingestedAt: BigInt(Date.now()) }, doc);

    for (const e of d.entities) {
      const known = this.entities.get(e.id);
      if (!known) this.entities.set(e.id, { ...e, aliases: [...new Set(e.aliases)], mentions: 0 });
      else {
        known.aliases = [...new Set([...known.aliases, ...e.aliases])];
        known.nameEn ??= e.nameEn;
      }
    }
    const mentioned = new Map(d.mentions.map((m) => [m.entityId, m.count]));
    for (const [entityId, count] of mentioned) {
      const entity = this.entities.get(entityId);
      if (!entity) continue;
      entity.mentions += count;
      this.links.add({ ':START_ID(Document)': doc, ':END_ID(Entity)': entityId, ':TYPE': 'MENTIONS' }, { count });
      this.counts.mentions++;
    }

    const relTypes = new Map(d.relations.map((r) => [r.id, r.type]));
    for (const r of d.relations) this.relations.set(r.id, r);
    for (const ev of d.evidence) {
      const { sourceIds, ...row } = ev;
      this.evidence.add({ 'id:ID(Evidence)': ev.id, ':LABEL': 'Evidence' }, { ...row, id: undefined, documentId: doc, relType: relTypes.get(ev.relId) ?? null } as Record<string, CsvValue>, ev.id);
      this.links.add({ ':START_ID(Evidence)': ev.id, ':END_ID(Document)': doc, ':TYPE': 'IN' }, {});
      for (const sourceId of new Set(sourceIds)) this.evidenceCitations.push([ev.id, sourceId]);
      this.evidencePerRelation.set(ev.relId, (this.evidencePerRelation.get(ev.relId) ?? 0) + 1);
      this.counts.evidence++;
    }
    for (const s of d.sources) {
      // A source's id derives from its document: one node, written by the first document citing it.
      if (!this.sourceIds.has(s.id)) {
        this.sourceIds.add(s.id);
        this.sources.add({ 'id:ID(Source)': s.id, ':LABEL': 'Source' }, { ...(s as unknown as Record<string, CsvValue>), id: undefined, documentId: doc });
        this.counts.sources++;
      }
      if (this.documentCitations.has(`${doc}\u0000${s.id}`)) continue;
      this.documentCitations.add(`${doc}\u0000${s.id}`);
      this.links.add({ ':START_ID(Document)': doc, ':END_ID(Source)': s.id, ':TYPE': 'CITES' }, {});
    }
  }

  /** Entities and edges to disk; every file closed. */
  finish(): ImportFileSet {
    const entities = new CsvGroup(this.dir, 'entities', 'nodes');
    for (const e of this.entities.values()) {
      entities.add(
        { 'id:ID(Entity)': e.id, ':LABEL': `Entity${ARRAY_DELIMITER}${e.type}` },
        { type: e.type, name: e.name, nameEn: e.nameEn, aliases: e.aliases, searchText: this.searchTextOf(e.aliases), mentions: e.mentions },
        e.id,
      );
    }
    for (const [evidenceId, sourceId] of this.evidenceCitations) {
      if (this.sourceIds.has(sourceId)) this.links.add({ ':START_ID(Evidence)': evidenceId, ':END_ID(Source)': sourceId, ':TYPE': 'CITES' }, {});
    }
    const edges = new CsvGroup(this.dir, 'edges', 'relationships');
    let written = 0;
    for (const r of this.relations.values()) {
      const evidenceCount = this.evidencePerRelation.get(r.id) ?? 0;
      // As the writer's MATCH of both ends: an edge to an entity never written is not written.
      if (evidenceCount === 0 || !this.entities.has(r.subject) || !this.entities.has(r.object)) continue;
      edges.add(
        { ':START_ID(Entity)': r.subject, ':END_ID(Entity)': r.object, ':TYPE': r.type },
        { id: r.id, origin: 'extracted', ...r.props, confidence: r.confidence, method: r.method, inferred: r.inferred, evidenceCount: BigInt(evidenceCount) },
      );
      written++;
    }
    const groups: Array<[CsvGroup, string]> = [[this.documents, 'Document'], [this.evidence, 'Evidence'], [this.sources, 'Source'], [entities, 'Entity'], [this.links, ''], [edges, '']];
    const args = groups.flatMap(([g]) => g.close().map((file) => `--${g.kind}=${file}`));
    const emptyLists = groups.flatMap(([g, label]) => [...g.emptyLists].map(([key, ids]) => ({ label, key, ids })));
    return {
      dir: this.dir,
      arguments: args,
      emptyLists,
      documents: this.documentList,
      counts: { ...this.counts, entities: this.entities.size, relations: written },
    };
  }
}
