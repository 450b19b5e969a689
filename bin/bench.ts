/**
 * npm run bench -- <corpus|extract|ingest|large|queries|render|load|faults|fuzz|redteam|report|all> [--docs N] [--quick]
 *   [--ingest-docs N] [--kill-docs N] [--fuzz-cases N] [--rss-dry-run]
 * Each sub-command measures one thing, saves bench/results/<name>.json and rewrites
 * bench/RESULTS.md. See bench/README.md.
 */
import { parseBenchArgs } from '../bench/args';
import { benchPlan } from '../bench/commands';
import { stopAllBenchNeo4j } from '../bench/lib/benchNeo4j';
import { killAllChildren } from '../bench/lib/child';
import { EXIT, runTool, type ToolOutcome } from './runner';

async function bench(argv: string[]): Promise<ToolOutcome> {
  const { args, names } = parseBenchArgs(argv);
  for (const { name, run } of benchPlan(names)) {
    console.log(`\n=== bench ${name} ===`);
    await run(args);
  }
  console.log('\nbench/RESULTS.md written.');
  return EXIT.ok;
}

// A run interrupted by Ctrl-C or a timeout still stops the Neo4j servers it started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the benchmark's Neo4j servers…`);
    killAllChildren();
    void stopAllBenchNeo4j().finally(() => process.exit(130));
  });
}

runTool(bench);
