import type { IngestDocument } from './model';
import type { LoadedFile } from './load/files';
import { LARGE_TEXT_CHARS, partFile, PartsMerger, splitIntoParts } from './parts';
import { STAGE_NAMES, STAGES, type DocumentInProgress, type Stage, type StageContext, type StageName } from './stages';

export { SkippedFileError } from './stages';

/**
 * The one runner of the ingest stages (stages.ts). runIngest (CLI, server bootstrap,
 * benchmarks) runs every stage; the eval and the tests run them up to `sources` and extract
 * on their own terms.
 */

export interface RunStagesOptions {
  /** Start after this stage (its work is already on the document in progress). */
  after?: StageName;
  /** Stop after this stage. */
  until?: StageName;
  /** Called as each stage starts. */
  onStage?: (name: StageName) => void;
  /** Seconds spent per stage, added up over the documents run. */
  seconds?: Map<StageName, number>;
}

export async function runStages(work: DocumentInProgress, ctx: StageContext, opts: RunStagesOptions = {}): Promise<DocumentInProgress> {
  const plan = selected(opts);
  for (let i = 0; i < plan.length; i++) {
    const stage = plan[i];
    if (stage.name === 'normalise' && readsInParts(work, plan)) {
      // normalise … extract, part by part (parts.ts); the stages after them see the whole document.
      await runInParts(work, ctx, opts);
      i = plan.findIndex((s) => s.name === 'extract');
      continue;
    }
    opts.onStage?.(stage.name);
    const t0 = performance.now();
    await stage.run(work, ctx);
    if (opts.seconds) opts.seconds.set(stage.name, (opts.seconds.get(stage.name) ?? 0) + (performance.now() - t0) / 1000);
  }
  return work;
}

/** A large text is read in parts when this run takes it from its text through extraction. */
function readsInParts(work: DocumentInProgress, plan: readonly Stage[]): boolean {
  return (work.file?.text.length ?? 0) > LARGE_TEXT_CHARS && plan.some((s) => s.name === 'extract');
}

async function runInParts(work: DocumentInProgress, ctx: StageContext, opts: RunStagesOptions): Promise<void> {
  const file = work.file as LoadedFile;
  const raw = file.text.replace(/[\uE000-\uF8FF]/g, ' ');
  const merger = new PartsMerger(file, raw);
  const parts = splitIntoParts(file.text);
  const partPlan = STAGES.filter((s) => s.name !== 'read' && s.name !== 'write');
  work.file = undefined;
  for (const part of parts) {
    const piece: DocumentInProgress = { path: work.path, file: partFile(file, part) };
    for (const stage of partPlan) {
      opts.onStage?.(stage.name);
      const t0 = performance.now();
      await stage.run(piece, ctx);
      if (opts.seconds) opts.seconds.set(stage.name, (opts.seconds.get(stage.name) ?? 0) + (performance.now() - t0) / 1000);
    }
    merger.add(piece.doc as IngestDocument, part.start);
  }
  work.file = file;
  work.raw = raw;
  work.doc = merger.finish();
}

function selected(opts: RunStagesOptions) {
  const from = opts.after ? STAGE_NAMES.indexOf(opts.after) + 1 : 0;
  const to = opts.until ? STAGE_NAMES.indexOf(opts.until) + 1 : STAGES.length;
  return STAGES.slice(from, to);
}

/** Read, normalise, structure and split one file; mentions, entities and relations stay empty. */
export async function prepareDocument(file: string): Promise<IngestDocument> {
  const work = await runStages({ path: file }, { redirects: new Map() }, { until: 'sources' });
  return work.doc as IngestDocument;
}

/** The stages after `read` over a file already read; they do no I/O, so this runs synchronously. */
export function prepareLoaded(file: LoadedFile): IngestDocument {
  const work: DocumentInProgress = { path: file.path, file };
  const ctx: StageContext = { redirects: new Map() };
  for (const stage of selected({ after: 'read', until: 'sources' })) {
    const pending = stage.run(work, ctx);
    if (pending instanceof Promise) throw new Error(`ingest stage ${stage.name} is not synchronous`);
  }
  return work.doc as IngestDocument;
}
