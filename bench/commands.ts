import { UsageError } from '../graph/neo4j/errors';
import { BENCH_USAGE, type BenchArgs } from './args';
import { writeResultsMarkdown } from './lib/results';

type Command = (args: BenchArgs) => Promise<unknown>;

/** Each benchmark, loaded only when it runs (some pull in Chromium or a large corpus). */
const commands: Record<string, Command> = {
  corpus: async (a) => (await import('./corpus')).benchCorpus(a.docs),
  queries: async (a) => (await import('./queries')).benchQueries(a),
  load: async (a) => (await import('./load')).benchLoad(a),
  faults: async (a) => (await import('./faults')).benchFaults(a),
  extract: async (a) => (await import('./extract')).benchExtract(a),
  ingest: async (a) => (await import('./ingest')).benchIngest(a),
  large: async (a) => (await import('./largeDocument')).benchLargeDocument(a),
  scale: async (a) => (await import('./scale')).benchScale(a),
  fuzz: async (a) => (await import('./fuzz')).benchFuzz(a),
  redteam: async (a) => (await import('./redteam')).benchRedteam(a),
  render: async (a) => (await import('./render')).benchRender(a),
  report: async () => writeResultsMarkdown(),
};

const ALL = ['corpus', 'extract', 'ingest', 'scale', 'queries', 'render', 'load', 'faults', 'fuzz'];

/** The benchmarks to run, in order; every name checked before any runs. */
export function benchPlan(names: string[]): { name: string; run: Command }[] {
  const order = names.includes('all') ? ALL : names;
  return order.map((name) => {
    const run = commands[name];
    if (!run) throw new UsageError(`Unknown benchmark "${name}". Choose from: ${Object.keys(commands).join(', ')}, all.`, BENCH_USAGE);
    return { name, run };
  });
}
