/**
 * npm run ingest -- [files or folders…] [--json FILE] [--dry-run] [--reset [--include-analyst-data]] [--force] [--follow-symlinks]
 *   [--workers N] [--shard I/N]
 * Runs beside `npm start`: it attaches to the local Neo4j the server started.
 */
import fs from 'node:fs';
import { openGraph, type OpenGraph } from '../graph/runtime';
import { parseArgs, USAGE } from '../ingest/cliArgs';
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

runTool(ingest);
