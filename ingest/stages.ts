import type { Extractor } from './extraction';
import { loadFile, type LoadedFile } from './load/files';
import { contentHash, detectLang, documentId, documentKey, documentMeta } from './meta';
import type { IngestDocument } from './model';
import { extractionFingerprint } from './fingerprint';
import type { MappedText } from './normalise/mapped';
import { normaliseWidth } from './normalise/width';
import { placeEvidenceOnPages } from './pages';
import { splitSentences } from './sentences';
import { buildSources, citeSources } from './sources';
import { structureDocument, type Structure } from './structure';
import { documentLayout } from './structure/layout';
import { applyRedirects } from './write/redirects';

/**
 * The ingest stages, in order, declared once. Each reads what the earlier ones left on the
 * document in progress and adds its own part; the runner (pipeline.ts) runs them for the CLI,
 * the server's bootstrap, the eval and the benchmarks alike, and reports each stage by name.
 */

export class SkippedFileError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

/** One document on its way through the stages; `doc` is the IngestDocument once it exists. */
export interface DocumentInProgress {
  path: string;
  file?: LoadedFile;
  /** The reader's text with private-use characters blanked: the document's raw text. */
  raw?: string;
  normal?: MappedText;
  structure?: Structure;
  /** Per sentence, the footnote marker occurrences standing in it. */
  occurrences?: number[][];
  doc?: IngestDocument;
}

export interface StageContext {
  /** Without an extractor the extract stage leaves entities and relations empty. */
  extractor?: Extractor;
  /** Merged-away entity id → the id it was merged into (analyst merges). */
  redirects: Map<string, string>;
  /** Without a writer (dry run) the write stage does nothing. */
  write?: (doc: IngestDocument) => Promise<void>;
}

export interface Stage {
  name: string;
  run(work: DocumentInProgress, ctx: StageContext): void | Promise<void>;
}

function needs<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`ingest stage order: ${what} is not there yet`);
  return value;
}

export const STAGES = [
  {
    name: 'read',
    async run(work) {
      const loaded = await loadFile(work.path);
      if (!loaded.ok) throw new SkippedFileError(loaded.skipped.path, loaded.skipped.reason);
      work.file = loaded.file;
    },
  },
  {
    name: 'normalise',
    run(work) {
      // Characters in the private use area would be confused with the marker placeholder.
      work.raw = needs(work.file, 'the file').text.replace(/[\uE000-\uF8FF]/g, ' ');
      work.normal = normaliseWidth(work.raw);
    },
  },
  {
    name: 'structure',
    run(work) {
      work.structure = structureDocument(needs(work.normal, 'the normalised text'), needs(work.file, 'the file').hardWrapped);
    },
  },
  {
    name: 'sentences',
    run(work) {
      const file = needs(work.file, 'the file');
      const raw = needs(work.raw, 'the raw text');
      const structure = needs(work.structure, 'the structure');
      const { sentences, occurrences } = splitSentences(structure.blocks, structure.hardWrapped, structure.paragraphGap);
      work.occurrences = occurrences;
      const firstLine = raw.split('\n').find((l) => l.trim().length > 0) ?? '';
      const meta = documentMeta(file.path, firstLine, file);
      work.doc = {
        id: documentId(file.path),
        path: documentKey(file.path),
        title: meta.title,
        author: meta.author,
        published: file.date ?? null,
        lang: meta.lang ?? detectLang(raw),
        // Same text read with the same lexicon and rules = nothing to do on re-ingest.
        hash: contentHash(`${extractionFingerprint()}\n${raw}`),
        encoding: file.encoding,
        raw,
        pages: file.pages,
        sections: structure.sections,
        sentences,
        mentions: [],
        entities: [],
        relations: [],
        sources: [],
      };
    },
  },
  {
    name: 'sources',
    run(work) {
      const doc = needs(work.doc, 'the document');
      const structure = needs(work.structure, 'the structure');
      doc.sources = buildSources(doc, structure.notes, needs(work.occurrences, 'the sentences'));
      doc.layout = documentLayout(doc.raw, structure, doc.pages ?? []);
    },
  },
  {
    name: 'extract',
    run(work, ctx) {
      if (!ctx.extractor) return;
      const doc = needs(work.doc, 'the document');
      ctx.extractor.extractGraph(doc);
      citeSources(doc);
      placeEvidenceOnPages(doc);
    },
  },
  {
    name: 'write',
    async run(work, ctx) {
      const doc = needs(work.doc, 'the document');
      if (ctx.extractor) applyRedirects(doc, ctx.redirects, ctx.extractor.relationId);
      if (ctx.write) await ctx.write(doc);
    },
  },
] as const satisfies readonly Stage[];

export type StageName = (typeof STAGES)[number]['name'];
export const STAGE_NAMES: StageName[] = STAGES.map((s) => s.name);
