import type { BenchArgs } from './run';

/** Filled in when the ingest command lands: SIGKILL halfway, run again, count duplicates. */
export async function benchIngestKill(_args: BenchArgs): Promise<{ markdown: string; data: unknown }> {
  return { markdown: 'Not run: the ingest command (ingest/cli.ts) is not present.', data: null };
}
