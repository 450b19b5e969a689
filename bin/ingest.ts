/**
 * npm run ingest -- [files or folders…] [--json FILE] [--dry-run] [--reset [--include-analyst-data]] [--force] [--follow-symlinks]
 *   [--workers N] [--shard I/N] [--bulk]
 * Runs beside `npm start`: it attaches to the local Neo4j the server started.
 */
import fs from 'node:fs';
import { openGraph, type OpenGraph } from '../graph/runtime';
import { parseArgs, USAGE, type CliArgs } from '../ingest/cliArgs';
import { runBulkIngest, type BulkReport } from '../ingest/bulk';
import { sampleCorpusDir } from '../ingest/corpus';
import { progressView } from '../ingest/progress';
import { reportText } from '../ingest/reportText';
import { defaultWorkers } from '../ingest/parallel/pool';
import { runIngest, type IngestReport } from '../ingest/run';
import { EXIT, runTool, type ToolOutcome } from './runner';

async function ingest(argv: string[]): Promise<ToolOutcome> {
  const args = parseArgs(argv);
  if (args.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const inputs = args.inputs.length > 0 ? args.inputs : [sampleCorpusDir];
  if (args.bulk) return bulk(args, inputs);
  let opened: OpenGraph | undefined;
  if (!args.dryRun) opened = await openGraph({ log: (line) => console.error(line) });
  const view = progressView();
  let report: IngestReport;
  try {
    report = await runIngest({
      inputs,
      graph: opened?.graph,
      reset: args.reset,
      includeAnalystData: args.includeAnalystData,
      force: args.force,
      followSymlinks: args.followSymlinks,
      keepDetail: Boolean(args.json),
      workers: args.workers ?? defaultWorkers(),
      shard: args.shard,
      onProgress: (e) => view.update(e),
    });
  } finally {
    view.stop();
    await opened?.close();
  }
  if (args.json) fs.writeFileSync(args.json, `${JSON.stringify(report.aggregate.toJson(), null, 2)}\n`);
  console.log(reportText(report, args.dryRun, args.json));
  return report.skipped.length === 0 ? EXIT.ok : EXIT.failed;
}

async function bulk(args: CliArgs, inputs: string[]): Promise<ToolOutcome> {
  const view = progressView();
  let report: BulkReport;
  try {
    report = await runBulkIngest({
      inputs,
      followSymlinks: args.followSymlinks,
      keepDetail: Boolean(args.json),
      workers: args.workers ?? defaultWorkers(),
      onProgress: (e) => view.update(e),
      log: (line) => console.error(line),
    });
  } finally {
    view.stop();
  }
  if (args.json) fs.writeFileSync(args.json, `${JSON.stringify(report.aggregate.toJson(), null, 2)}\n`);
  console.log(reportText(report, false, args.json));
  const b = report.bulk;
  console.log(`Bulk load: extraction and import files ${b.extractSeconds.toFixed(1)} s, neo4j-admin import ${b.importSeconds.toFixed(1)} s, start and schema ${b.startSeconds.toFixed(1)} s.`);
  return report.skipped.length === 0 ? EXIT.ok : EXIT.failed;
}

runTool(ingest);
