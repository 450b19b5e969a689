import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../graph/connection';
import { countAdmins, createUser, setPassword, setRole } from '../../graph/analyst/users';
import { secretsDir } from '../../graph/neo4j/paths';
import { generatePassword, hashPassword } from './secrets';

export const adminPasswordFile = path.join(secretsDir, 'admin-password');

/**
 * First start: no admin yet, so create `admin` with a generated password, print it once and
 * keep it in var/secrets/admin-password (git-ignored, owner-only) for whoever missed the log.
 */
export async function ensureAdmin(
  graph: Graph,
  log: (line: string) => void = console.log,
  passwordFile: string = adminPasswordFile,
): Promise<void> {
  if ((await countAdmins(graph)) > 0) return;
  const username = 'admin';
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  if (!(await createUser(graph, { username, role: 'admin', passwordHash }, 'system'))) {
    // An "admin" account exists with a lower role: promote it and give it the new password.
    await setRole(graph, username, 'admin', 'system');
    await setPassword(graph, username, passwordHash, 'system');
  }
  fs.mkdirSync(path.dirname(passwordFile), { recursive: true });
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  log(`Created the admin account: username "${username}", password "${password}" (also in ${path.relative(process.cwd(), passwordFile)}).`);
}
