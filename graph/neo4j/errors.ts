/**
 * A failure the user can act on: one line saying what went wrong, one saying what to do.
 * The CLI entry points print both and exit non-zero instead of dumping a stack trace.
 */
export class SetupError extends Error {
  constructor(
    message: string,
    readonly remedy: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'SetupError';
  }

  describe(): string {
    const lines = [`Error: ${this.message}`, `Remedy: ${this.remedy}`];
    if (this.detail) lines.push('', this.detail);
    return lines.join('\n');
  }
}

/** Print a SetupError (or any error) the way every command does, then exit non-zero. */
export function exitWithError(err: unknown): never {
  if (err instanceof SetupError) console.error(err.describe());
  else console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
}
