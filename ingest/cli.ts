/**
 * npm run ingest -- [files or folders…] [--json FILE] [--dry-run] [--reset [--include-analyst-data]] [--force]
 */
import fs from 'node:fs';
import { openGraph, type OpenGraph } from '../graph/runtime';
import { sampleCorpusDir } from './corpus';
import { parseArgs, UsageError, USAGE } from './cliArgs';
import { progressView } from './progress';
import { runIngest, type IngestReport } from './run';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`Error: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const inputs = args.inputs.length > 0 ? args.inputs : [sampleCorpusDir];
  let opened: OpenGraph | undefined;
  if (!args.dryRun) opened = await openGraph((line) => console.error(line));
  const view = progressView();
  let report: IngestReport;
  try {
    report = await runIngest({
      inputs,
      graph: opened?.graph,
      reset: args.reset,
      includeAnalystData: args.includeAnalystData,
      force: args.force,
      keepDetail: Boolean(args.json),
      onProgress: (e) => view.update(e),
    });
  } finally {
    view.stop();
    await opened?.close();
  }
  if (args.json) {
    fs.writeFileSync(args.json, `${JSON.stringify(report.aggregate.toJson(), null, 2)}\n`);
  }
  printReport(report, args.dryRun, args.json);
  return report.skipped.length === 0 ? 0 : 1;
}

function printReport(r: IngestReport, dryRun: boolean, json?: string): void {
  const a = r.aggregate;
  const lines = [
    '',
    `Ingest ${dryRun ? '(dry run, nothing written)' : 'report'}`,
    `  documents      ${a.toJson().documents.length}${dryRun ? '' : ` (${r.written} written, ${r.unchanged} unchanged)`}`,
    `  sentences      ${a.sentences}`,
    `  mentions       ${a.mentions}`,
    `  entities       ${Object.values(a.entitiesByType()).reduce((x, y) => x + y, 0)}`,
    ...Object.entries(a.entitiesByType()).map(([t, n]) => `    ${t.padEnd(16)} ${n}`),
    `  relationships  ${Object.values(a.relationsByType()).reduce((x, y) => x + y, 0)} (evidence ${a.evidenceCount})`,
    ...Object.entries(a.relationsByType()).map(([t, n]) => `    ${t.padEnd(16)} ${n}`),
    `  sources        ${a.sourceCount}`,
  ];
  if (r.reset) lines.push(`  reset          removed ${r.reset.documents} documents, ${r.reset.relations} edges, ${r.reset.entities} entities, ${r.reset.analystNodes} analyst nodes`);
  lines.push(`  skipped        ${r.skipped.length}`);
  for (const s of r.skipped) lines.push(`    ${s.path}: ${s.reason}`);
  const mbps = r.extractSeconds > 0 ? (r.extractedBytes / 1048576 / r.extractSeconds).toFixed(2) : '-';
  lines.push(`  seconds        ${r.seconds.toFixed(1)} (extraction ${r.extractSeconds.toFixed(2)} s, ${mbps} MB/s)`);
  if (json) lines.push(`  json           ${json}`);
  console.log(lines.join('\n'));
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`Error: ${err.message}`);
    process.exit(2);
  },
);
