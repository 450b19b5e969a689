/**
 * npm run user -- <command>: manage local accounts and API tokens.
 *   add USER [--role viewer|analyst|admin] [--password PW]   (prints a generated password if none given)
 *   passwd USER [--password PW]                              (ends the user's sessions)
 *   role USER viewer|analyst|admin
 *   remove USER
 *   list
 *   token USER [--name NAME]                                 (prints a new API token once)
 *   tokens USER | revoke TOKEN_ID
 */
import { parseArgs } from 'node:util';
import { exitWithError, SetupError } from '../../graph/neo4j/errors';
import { createApiToken, listApiTokens, revokeApiToken } from '../../graph/analyst/tokens';
import { passwordProblem } from './passwordPolicy';
import { createUser, listUsers, removeUser, roles, setPassword, setRole, type Role } from '../../graph/analyst/users';
import { graphForCli } from './graphForCli';
import { generatePassword, hashPassword, hashSecret, randomSecret } from './secrets';

const usage = 'Usage: npm run user -- add USER [--role viewer|analyst|admin] [--password PW] | passwd USER [--password PW] | role USER ROLE | remove USER | list | token USER [--name NAME] | tokens USER | revoke TOKEN_ID';
const actor = `cli:${process.env.USER ?? 'local'}`;

function fail(message: string): never {
  throw new SetupError(message, usage);
}

function checkRole(value: string): Role {
  if (!(roles as readonly string[]).includes(value)) fail(`Unknown role "${value}"; roles are ${roles.join(', ')}.`);
  return value as Role;
}

function checkUsername(value: string | undefined): string {
  if (!value) fail('Give a username.');
  if (!/^[A-Za-z0-9._@-]{1,100}$/.test(value)) fail(`Username "${value}" may only hold letters, digits, ".", "_", "@" and "-".`);
  return value;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { role: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    allowPositionals: true,
  });
  const [command, arg, arg2] = positionals;
  if (!command) fail('Give a command.');
  if (!['add', 'passwd', 'role', 'remove', 'list', 'token', 'tokens', 'revoke'].includes(command)) fail(`Unknown command "${command}".`);
  const role = command === 'role' ? checkRole(arg2 ?? '') : checkRole(values.role ?? 'analyst');
  const username = ['list', 'revoke'].includes(command) ? '' : checkUsername(arg);
  const weak = values.password === undefined ? undefined : passwordProblem(values.password, username);
  if (weak) fail(weak);

  const opened = await graphForCli();
  try {
    const graph = opened.graph;
    if (command === 'list') {
      for (const u of await listUsers(graph)) console.log(`${u.username}\t${u.role}\t${u.createdAt}`);
    } else if (command === 'add' || command === 'passwd') {
      const password = values.password ?? generatePassword();
      const passwordHash = await hashPassword(password);
      const ok = command === 'add' ? await createUser(graph, { username, role, passwordHash }, actor) : await setPassword(graph, username, passwordHash, actor);
      if (!ok) fail(command === 'add' ? `User "${username}" exists already.` : `No user "${username}".`);
      console.log(command === 'add' ? `Added ${username} (${role}).` : `Changed the password of ${username}; their sessions ended.`);
      if (values.password === undefined) console.log(`Password: ${password}`);
    } else if (command === 'role') {
      if (!(await setRole(graph, username, role, actor))) fail(`No user "${username}".`);
      console.log(`${username} is now ${role}.`);
    } else if (command === 'remove') {
      if (!(await removeUser(graph, username, actor))) fail(`No user "${username}".`);
      console.log(`Removed ${username} (their annotations stay, under their name).`);
    } else if (command === 'token') {
      const token = `egt_${randomSecret()}`;
      const id = await createApiToken(graph, username, hashSecret(token), values.name ?? 'script', actor);
      if (!id) fail(`No user "${username}".`);
      console.log(`API token ${id} for ${username} (shown once; send it as "Authorization: Bearer <token>"):\n${token}`);
    } else if (command === 'tokens') {
      for (const t of await listApiTokens(graph, username)) console.log(`${t.id}\t${t.name}\t${t.createdAt}`);
    } else {
      if (!arg) fail('Give the token id (see "tokens USER").');
      if (!(await revokeApiToken(graph, arg, actor))) fail(`No API token "${arg}".`);
      console.log(`Revoked ${arg}.`);
    }
  } finally {
    await opened.close();
  }
}

main().catch(exitWithError);
