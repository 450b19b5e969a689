/**
 * npm run user -- <command>: manage local accounts and API tokens (beside a running server too:
 * it attaches to the local Neo4j the server started).
 *   add USER [--role viewer|analyst|admin] [--password PW]   (prints a generated password if none given)
 *   passwd USER [--password PW]                              (ends the user's sessions)
 *   role USER viewer|analyst|admin
 *   remove USER
 *   list
 *   token USER [--name NAME] [--scope read|write] [--days N]  (prints a new API token once; read, 90 days by default)
 *   tokens USER | revoke TOKEN_ID
 */
import { parseArgs } from 'node:util';
import { createApiToken, defaultTokenDays, listApiTokens, revokeApiToken, tokenScopes, tokenTerms, type TokenScope } from '../graph/analyst/tokens';
import { createUser, listUsers, removeUser, roles, setPassword, setRole, type Role } from '../graph/analyst/users';
import { SetupError, UsageError } from '../graph/neo4j/errors';
import { passwordProblem } from '../server/auth/passwordPolicy';
import { openGraph } from '../graph/runtime';
import { generatePassword, hashPassword, hashSecret, randomSecret } from '../server/auth/secrets';
import { EXIT, runTool, type ToolOutcome } from './runner';

const usage = 'Usage: npm run user -- add USER [--role viewer|analyst|admin] [--password PW] | passwd USER [--password PW] | role USER ROLE | remove USER | list | token USER [--name NAME] [--scope read|write] [--days N] | tokens USER | revoke TOKEN_ID';
const actor = `cli:${process.env.USER ?? 'local'}`;

/** The command line is wrong: nothing was done (exit 2). */
function misuse(message: string): never {
  throw new UsageError(message, usage);
}

/** The command was understood but can't be carried out on the accounts as they are (exit 1). */
function refuse(message: string, remedy: string): never {
  throw new SetupError(message, remedy);
}

function checkRole(value: string): Role {
  if (!(roles as readonly string[]).includes(value)) misuse(`Unknown role "${value}"; roles are ${roles.join(', ')}.`);
  return value as Role;
}

function checkUsername(value: string | undefined): string {
  if (!value) misuse('Give a username.');
  if (!/^[A-Za-z0-9._@-]{1,100}$/.test(value)) misuse(`Username "${value}" may only hold letters, digits, ".", "_", "@" and "-".`);
  return value;
}

async function user(argv: string[]): Promise<ToolOutcome> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { role: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, scope: { type: 'string' }, days: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (err) {
    misuse((err as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, arg, arg2] = positionals;
  if (!command) misuse('Give a command.');
  if (!['add', 'passwd', 'role', 'remove', 'list', 'token', 'tokens', 'revoke'].includes(command)) misuse(`Unknown command "${command}".`);
  const role = command === 'role' ? checkRole(arg2 ?? '') : checkRole(values.role ?? 'analyst');
  const username = ['list', 'revoke'].includes(command) ? '' : checkUsername(arg);
  const weak = values.password === undefined ? undefined : passwordProblem(values.password, username);
  if (weak) misuse(weak);
  const scope = (values.scope ?? 'read') as TokenScope;
  if (!tokenScopes.includes(scope)) misuse(`Unknown token scope "${values.scope}"; scopes are ${tokenScopes.join(', ')}.`);
  const days = Number(values.days ?? defaultTokenDays);
  if (!Number.isInteger(days) || days < 1 || days > 3650) misuse(`--days must be a whole number of days from 1 to 3650, not "${values.days}".`);

  const opened = await openGraph({ log: () => undefined });
  try {
    const graph = opened.graph;
    if (command === 'list') {
      for (const u of await listUsers(graph)) console.log(`${u.username}\t${u.role}\t${u.createdAt}`);
    } else if (command === 'add' || command === 'passwd') {
      const password = values.password ?? generatePassword();
      const passwordHash = await hashPassword(password);
      const ok = command === 'add' ? await createUser(graph, { username, role, passwordHash }, actor) : await setPassword(graph, username, passwordHash, actor);
      if (!ok) refuse(command === 'add' ? `User "${username}" exists already.` : `No user "${username}".`, command === 'add' ? 'Choose another username, or change this one with "passwd" or "role".' : 'See "list" for the usernames.');
      console.log(command === 'add' ? `Added ${username} (${role}).` : `Changed the password of ${username}; their sessions ended.`);
      if (values.password === undefined) console.log(`Password: ${password}`);
    } else if (command === 'role') {
      if (!(await setRole(graph, username, role, actor))) refuse(`No user "${username}".`, 'See "list" for the usernames.');
      console.log(`${username} is now ${role}.`);
    } else if (command === 'remove') {
      if (!(await removeUser(graph, username, actor))) refuse(`No user "${username}".`, 'See "list" for the usernames.');
      console.log(`Removed ${username} (their annotations stay, under their name).`);
    } else if (command === 'token') {
      const token = `egt_${randomSecret()}`;
      const terms = tokenTerms(scope, days);
      const id = await createApiToken(graph, username, hashSecret(token), values.name ?? 'script', actor, terms);
      if (!id) refuse(`No user "${username}".`, 'See "list" for the usernames.');
      console.log(`API token ${id} for ${username}, ${terms.scope}, valid until ${terms.expiresAt} (shown once; send it as "Authorization: Bearer <token>"):\n${token}`);
    } else if (command === 'tokens') {
      for (const t of await listApiTokens(graph, username)) console.log(`${t.id}\t${t.name}\t${t.scope}\t${t.createdAt}\texpires ${t.expiresAt}`);
    } else {
      if (!arg) misuse('Give the token id (see "tokens USER").');
      if (!(await revokeApiToken(graph, arg, actor))) refuse(`No API token "${arg}".`, 'See "tokens USER" for the token ids.');
      console.log(`Revoked ${arg}.`);
    }
  } finally {
    await opened.close();
  }
  return EXIT.ok;
}

runTool(user);
