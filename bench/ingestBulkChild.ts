/**
 * One bulk first load in its own process, through the product's runBulkIngest (as
 * `npm run ingest -- --bulk`): prints a RESULT line with its times.
 * Usage: NEO4J_HOME_DIR=… NEO4J_BOLT_PORT=… tsx bench/ingestBulkChild.ts <folder>  (NEO4J_URI unset)
 */
import { runBulkIngest } from '../ingest/bulk';

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: tsx bench/ingestBulkChild.ts <folder>');
  const report = await runBulkIngest({ inputs: [folder], keepDetail: false, workers: 1, log: (line) => console.error(line) });
  console.log(`RESULT ${JSON.stringify({ seconds: report.seconds, written: report.written, skipped: report.skipped.length, ...report.bulk })}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`Error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
