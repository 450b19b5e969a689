import type { Graph } from '../../graph/connection';
import { createApiToken, tokenTerms } from '../../graph/analyst/tokens';
import { createUser, findUser } from '../../graph/analyst/users';
import { hashPassword, hashSecret, randomSecret } from '../../server/auth/secrets';

/**
 * An analyst account for the load and fault runs, with a fresh API token (Bearer), made with
 * the product's own account functions, as `npm run user` would.
 */
export async function benchAnalystToken(graph: Graph, username = 'bench-analyst'): Promise<string> {
  if (!(await findUser(graph, username))) {
    await createUser(graph, { username, role: 'analyst', passwordHash: await hashPassword(randomSecret()) }, 'bench');
  }
  const token = randomSecret();
  const id = await createApiToken(graph, username, hashSecret(token), `bench ${new Date().toISOString()}`, 'bench', tokenTerms('write', 1));
  if (!id) throw new Error(`Could not create an API token for ${username}.`);
  return token;
}
