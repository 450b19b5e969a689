import { parseArgs } from 'node:util';
import { UsageError } from '../graph/neo4j/errors';

export const BENCH_USAGE = `Usage: npm run bench -- <corpus|extract|ingest|large|scale|queries|render|load|faults|fuzz|redteam|report|all>… [--docs N] [--quick] [--short]
  [--ingest-docs N] [--kill-docs N] [--fuzz-cases N] [--rss-dry-run] [--sizes 1m,10m]   (see bench/README.md)`;

export interface BenchArgs {
  /** Size of the synthetic corpus (default 1,000). */
  docs: number;
  quick: boolean;
  /** redteam: the short subset `.ci/run` runs after the tests (no kill -9, 10 s crowds, 300 fuzz cases). */
  short: boolean;
  /** Documents per repeated end-to-end vs floor comparison (default 100). */
  ingestDocs: number;
  /** Documents of the ingest that is killed halfway (default: the whole corpus). */
  killDocs: number;
  /** Generated API fuzz requests (default 5,000). */
  fuzzCases: number;
  /** Dry-run RSS pass over the whole corpus when writing it all would take too long. */
  rssDryRun: boolean;
  /** queries: the synthetic graph sizes measured (1m: 1 M relationships, 10m: 10 M). */
  sizes: ('1m' | '10m')[];
}

function graphSizes(raw: string): BenchArgs['sizes'] {
  const sizes = raw.split(',').map((s) => s.trim().toLowerCase());
  const bad = sizes.find((s) => s !== '1m' && s !== '10m');
  if (bad !== undefined || sizes.length === 0) throw new UsageError(`--sizes takes 1m, 10m or both ("1m,10m"), got "${raw}"`, BENCH_USAGE);
  return [...new Set(sizes)] as BenchArgs['sizes'];
}

/** The options, and the benchmarks named on the command line (none: all). */
export function parseBenchArgs(argv: string[]): { args: BenchArgs; names: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        docs: { type: 'string', default: '1000' },
        quick: { type: 'boolean', default: false },
        short: { type: 'boolean', default: false },
        'ingest-docs': { type: 'string', default: '100' },
        'kill-docs': { type: 'string' },
        'fuzz-cases': { type: 'string', default: '5000' },
        'rss-dry-run': { type: 'boolean', default: false },
        sizes: { type: 'string', default: '1m,10m' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message, BENCH_USAGE);
  }
  const { values, positionals } = parsed;
  const count = (name: string, raw: string | undefined): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer, got "${raw}"`, BENCH_USAGE);
    return n;
  };
  const docs = count('docs', values.docs);
  const args: BenchArgs = {
    docs,
    quick: values.quick ?? false,
    short: values.short ?? false,
    ingestDocs: Math.min(docs, count('ingest-docs', values['ingest-docs'])),
    killDocs: Math.min(docs, count('kill-docs', values['kill-docs'] ?? String(docs))),
    fuzzCases: count('fuzz-cases', values['fuzz-cases']),
    rssDryRun: values['rss-dry-run'] ?? false,
    sizes: graphSizes(values.sizes ?? '1m,10m'),
  };
  return { args, names: positionals.length ? positionals : ['all'] };
}
