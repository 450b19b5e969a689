import { SetupError, UsageError } from '../graph/neo4j/errors';

/**
 * Every command-line tool (start, ingest, eval, user, neo4j, bench) runs through here, so they
 * all end the same way:
 *   0  the work is done
 *   1  some or all of the work failed (a skipped file, a setup problem: cause and remedy printed)
 *   2  bad usage (the message and the usage printed; nothing was done)
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A number: exit with it once the tool is done. 'serving': the tool keeps running (a server). */
export type ToolOutcome = number | 'serving';

/** What the user reads for an error that ends a tool, and the exit code that goes with it. */
export function describeFailure(err: unknown): { text: string; code: number } {
  if (err instanceof UsageError) return { text: `Error: ${err.message}\n\n${err.usage}`, code: EXIT.usage };
  if (err instanceof SetupError) return { text: err.describe(), code: EXIT.failed };
  // Not foreseen: the cause, then where it happened, for a bug report.
  const message = err instanceof Error ? err.message : String(err);
  const stack = err instanceof Error && err.stack ? `\n\n${err.stack}` : '';
  return { text: `Error: ${message}\nRemedy: this was not expected; the trace below says where it happened.${stack}`, code: EXIT.failed };
}

export function runTool(main: (argv: string[]) => Promise<ToolOutcome>): void {
  main(process.argv.slice(2)).then(
    (outcome) => {
      if (outcome !== 'serving') process.exit(outcome);
    },
    (err: unknown) => {
      const { text, code } = describeFailure(err);
      console.error(text);
      process.exit(code);
    },
  );
}
