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
}

export const USAGE = `Usage: npm run ingest -- [files or folders…] [options]
  (no files: the sample corpus in data/corpus)
  --json FILE              write the extraction JSON (entities, relations, sources) to FILE
  --dry-run                extract without touching Neo4j
  --reset                  clear extracted data first (analyst data is kept)
  --include-analyst-data   with --reset: clear annotations, reviews, merges and analyst edges too
  --force                  rewrite documents even when their content is unchanged
  --follow-symlinks        follow symbolic links inside a folder (never one leading out of it)
Files: .txt .md .html in UTF-8, UTF-16, GB18030/GBK or Big5; larger than INGEST_MAX_FILE_MB
(default 8) are skipped. Exit code 0 when every file went in, 1 when any was skipped, 2 on bad usage.`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { inputs: [], dryRun: false, reset: false, includeAnalystData: false, force: false, followSymlinks: false, help: false };
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
      case '--follow-symlinks':
        args.followSymlinks = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      default:
        if (a.startsWith('--json=')) args.json = a.slice('--json='.length);
        else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`, USAGE);
        else args.inputs.push(a);
    }
  }
  if (args.includeAnalystData && !args.reset) throw new UsageError('--include-analyst-data only goes with --reset', USAGE);
  if (args.reset && args.dryRun) throw new UsageError('--reset and --dry-run contradict each other (a dry run never touches Neo4j)', USAGE);
  return args;
}
