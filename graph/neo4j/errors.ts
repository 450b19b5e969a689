/**
 * A failure the user can act on: one line saying what went wrong, one saying what to do.
 * The command-line runner (bin/runner.ts) prints both and exits 1 instead of dumping a stack.
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

/** A command line the tool can't make sense of: the runner prints it with the usage and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
