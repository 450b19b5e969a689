/**
 * npm run bench -- <corpus|extract|ingest|queries|render|load|faults|fuzz|all> [--docs N] [--quick]
 *   [--ingest-docs N] [--kill-docs N] [--fuzz-cases N] [--rss-dry-run]
 * Each sub-command measures one thing, saves bench/results/<name>.json and rewrites
 * bench/RESULTS.md. See bench/README.md.
 */
import { parseArgs } from 'node:util';
import { writeResultsMarkdown } from './lib/results';
import { stopAllBenchNeo4j } from './lib/benchNeo4j';
import { killAllChildren } from './lib/child';

type Command = (args: BenchArgs) => Promise<unknown>;

export interface BenchArgs {
  /** Size of the synthetic corpus (default 1,000). */
  docs: number;
  quick: boolean;
  /** Documents per repeated end-to-end vs floor comparison (default 100). */
  ingestDocs: number;
  /** Documents of the ingest that is killed halfway (default: the whole corpus). */
  killDocs: number;
  /** Generated API fuzz requests (default 5,000). */
  fuzzCases: number;
  /** Dry-run RSS pass over the whole corpus when writing it all would take too long. */
  rssDryRun: boolean;
}

const commands: Record<string, Command> = {
  corpus: async (a) => (await import('./corpus')).benchCorpus(a.docs),
  queries: async (a) => (await import('./queries')).benchQueries(a),
  load: async (a) => (await import('./load')).benchLoad(a),
  faults: async (a) => (await import('./faults')).benchFaults(a),
  extract: async (a) => (await import('./extract')).benchExtract(a),
  ingest: async (a) => (await import('./ingest')).benchIngest(a),
  fuzz: async (a) => (await import('./fuzz')).benchFuzz(a),
  render: async (a) => (await import('./render')).benchRender(a),
  report: async () => writeResultsMarkdown(),
};

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      docs: { type: 'string', default: '1000' },
      quick: { type: 'boolean', default: false },
      'ingest-docs': { type: 'string', default: '100' },
      'kill-docs': { type: 'string' },
      'fuzz-cases': { type: 'string', default: '5000' },
      'rss-dry-run': { type: 'boolean', default: false },
    },
  });
  const count = (name: string, raw: string | undefined): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
    return n;
  };
  const docs = count('docs', values.docs);
  const args: BenchArgs = {
    docs,
    quick: values.quick ?? false,
    ingestDocs: Math.min(docs, count('ingest-docs', values['ingest-docs'])),
    killDocs: Math.min(docs, count('kill-docs', values['kill-docs'] ?? String(docs))),
    fuzzCases: count('fuzz-cases', values['fuzz-cases']),
    rssDryRun: values['rss-dry-run'] ?? false,
  };
  const names = positionals.length ? positionals : ['all'];
  const order = names.includes('all') ? ['corpus', 'extract', 'ingest', 'queries', 'render', 'load', 'faults', 'fuzz'] : names;
  for (const name of order) {
    const command = commands[name];
    if (!command) throw new Error(`Unknown benchmark "${name}". Choose from: ${Object.keys(commands).join(', ')}, all.`);
    console.log(`\n=== bench ${name} ===`);
    await command(args);
  }
  console.log('\nbench/RESULTS.md written.');
}

// A run interrupted by Ctrl-C or a timeout still stops the Neo4j servers it started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the benchmark's Neo4j servers…`);
    killAllChildren();
    void stopAllBenchNeo4j().finally(() => process.exit(130));
  });
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`Error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
