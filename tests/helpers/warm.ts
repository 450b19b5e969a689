import type { ExplorerSession } from './browser';

/**
 * Asks the API for the schema until it answers (at most `attempts` times): on a cold test
 * database under a loaded machine the first counts can outlast the query timeout, and the
 * explorer would then open on its "try again" page instead of the canvas under test.
 */
export async function warmUp(session: ExplorerSession, attempts = 6): Promise<void> {
  for (let i = 1; ; i++) {
    const res = await fetch(`${session.baseUrl}/api/schema`).catch(() => null);
    if (res?.ok) return;
    if (i >= attempts) throw new Error(`The API did not answer /api/schema after ${attempts} tries (last status ${res?.status ?? 'none'}).`);
  }
}
