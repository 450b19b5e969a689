/**
 * npm run bench -- <corpus|extract|ingest|queries|render|load|faults|fuzz|all> [--docs N]
 * Each sub-command measures one thing, saves bench/results/<name>.json and rewrites
 * bench/RESULTS.md. See bench/README.md.
 */
import { parseArgs } from 'node:util';
import { writeResultsMarkdown } from './lib/results';
import { stopAllBenchNeo4j } from './lib/benchNeo4j';
import { killAllChildren } from './lib/child';

type Command = (args: BenchArgs) => Promise<unknown>;

export interface BenchArgs {
  docs: number;
  quick: boolean;
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
    options: { docs: { type: 'string', default: '1000' }, quick: { type: 'boolean', default: false } },
  });
  const docs = Number(values.docs);
  if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs must be a positive integer, got "${values.docs}"`);
  const names = positionals.length ? positionals : ['all'];
  const order = names.includes('all') ? ['corpus', 'extract', 'ingest', 'queries', 'render', 'load', 'faults', 'fuzz'] : names;
  for (const name of order) {
    const command = commands[name];
    if (!command) throw new Error(`Unknown benchmark "${name}". Choose from: ${Object.keys(commands).join(', ')}, all.`);
    console.log(`\n=== bench ${name} ===`);
    await command({ docs, quick: values.quick ?? false });
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
