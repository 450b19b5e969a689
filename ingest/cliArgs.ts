import { UsageError } from '../graph/neo4j/errors';

/** The ingest command's arguments: files or folders, and a few switches. */

export interface CliArgs {
  inputs: string[];
  json?: string;
  dryRun: boolean;
  reset: boolean;
  includeAnalystData: boolean;
  force: boolean;
  followSymlinks: boolean;
  help: boolean;
  /** Extraction threads; undefined: one per core. */
  workers?: number;
  /** This process's share of the files: the i-th of n (1-based). */
  shard?: { index: number; count: number };
  /** A first load into the empty local database through neo4j-admin import. */
  bulk: boolean;
}

export const USAGE = `Usage: npm run ingest -- [files or folders…] [options]
  (no files: the sample corpus in data/corpus)
  --json FILE              write the extraction JSON (entities, relations, sources) to FILE
  --dry-run                extract without touching Neo4j
  --reset                  clear extracted data first (analyst data is kept)
  --include-analyst-data   with --reset: clear annotations, reviews, merges and analyst edges too
  --force                  rewrite documents even when their content is unchanged
  --workers N              extraction threads (default: one per core; 1: no worker threads)
  --shard I/N              ingest only the I-th of N equal shares of the files, so N processes
                           (on one machine or several) can ingest one corpus into one database
  --follow-symlinks        follow symbolic links inside a folder (never one leading out of it)
  --bulk                   first load into the EMPTY local database: import files written, Neo4j
                           stopped, neo4j-admin database import, Neo4j started again (not with NEO4J_URI)
Files: .txt .md .html in UTF-8, UTF-16, GB18030/GBK or Big5; larger than INGEST_MAX_FILE_MB
(default 8) are skipped. Exit code 0 when every file went in, 1 when any was skipped, 2 on bad usage.`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { inputs: [], dryRun: false, reset: false, includeAnalystData: false, force: false, followSymlinks: false, help: false, bulk: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--json': {
        const file = argv[++i];
        if (!file || file.startsWith('--')) throw new UsageError('--json needs a file name', USAGE);
        args.json = file;
        break;
      }
      case '--dry-run':
        args.dryRun = true;
        break;
      case '--reset':
        args.reset = true;
        break;
      case '--include-analyst-data':
        args.includeAnalystData = true;
        break;
      case '--force':
        args.force = true;
        break;
      case '--workers':
        args.workers = positive(argv[++i], '--workers');
        break;
      case '--shard':
        args.shard = shard(argv[++i]);
        break;
      case '--bulk':
        args.bulk = true;
        break;
      case '--follow-symlinks':
        args.followSymlinks = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      default:
        if (a.startsWith('--json=')) args.json = a.slice('--json='.length);
        else if (a.startsWith('--workers=')) args.workers = positive(a.slice('--workers='.length), '--workers');
        else if (a.startsWith('--shard=')) args.shard = shard(a.slice('--shard='.length));
        else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`, USAGE);
        else args.inputs.push(a);
    }
  }
  if (args.includeAnalystData && !args.reset) throw new UsageError('--include-analyst-data only goes with --reset', USAGE);
  if (args.reset && args.dryRun) throw new UsageError('--reset and --dry-run contradict each other (a dry run never touches Neo4j)', USAGE);
  if (args.shard && args.reset) throw new UsageError('--reset does not go with --shard: reset once, then start the shards', USAGE);
  if (args.bulk && (args.dryRun || args.reset || args.shard)) {
    throw new UsageError(`--bulk does not go with ${args.dryRun ? '--dry-run' : args.reset ? '--reset' : '--shard'}: it is one process's first load into an empty database`, USAGE);
  }
  return args;
}

function positive(value: string | undefined, option: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1) throw new UsageError(`${option} needs a whole number ≥ 1, got "${value ?? ''}"`, USAGE);
  return n;
}

function shard(value: string | undefined): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value ?? '');
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard needs I/N with 1 ≤ I ≤ N (e.g. --shard 2/4), got "${value ?? ''}"`, USAGE);
  return { index, count };
}
