import crypto from 'node:crypto';
import type { Graph } from '../../../graph/connection';
import { createUser, removeUser, type Role } from '../../../graph/analyst/users';
import { hashPassword } from '../../../server/auth/secrets';

/**
 * Analyst-test data with a unique prefix per test file, so files sharing the one test database
 * never see each other's entities, edges or users, and cleanup removes exactly what was made.
 */
export function fixturePrefix(name: string): string {
  return `t${name}${crypto.randomBytes(3).toString('hex')}`;
}

export interface Fixture {
  prefix: string;
  firm: string;
  project: string;
  state: string;
  /** Extracted-looking edges: firm HOLDS_STAKE_IN project, state SANCTIONS project. */
  stakeRel: string;
  sanctionRel: string;
}

export async function createFixture(graph: Graph, prefix: string): Promise<Fixture> {
  const f: Fixture = {
    prefix,
    firm: `${prefix}-firm`,
    project: `${prefix}-project`,
    state: `${prefix}-state`,
    stakeRel: `${prefix}-rel-stake`,
    sanctionRel: `${prefix}-rel-sanction`,
  };
  await graph.writeRows(
    `CREATE (f:Entity:Firm {id: $firm, type: 'Firm', name: $prefix + ' Trading', nameEn: null, aliases: [$prefix + ' Co.'], searchText: $prefix + ' trading', mentions: 3})
     CREATE (p:Entity:Project {id: $project, type: 'Project', name: $prefix + ' LNG', nameEn: null, aliases: [], searchText: $prefix + ' lng', mentions: 2})
     CREATE (s:Entity:State {id: $state, type: 'State', name: $prefix + ' Land', nameEn: null, aliases: [], searchText: $prefix + ' land', mentions: 1})
     CREATE (f)-[:HOLDS_STAKE_IN {id: $stakeRel, share: 10, confidence: 0.9, method: 'trigger', origin: 'extracted', inferred: false, evidenceCount: 1}]->(p)
     CREATE (s)-[:SANCTIONS {id: $sanctionRel, confidence: 0.8, method: 'trigger', origin: 'extracted', inferred: false, evidenceCount: 1}]->(p)`,
    { ...f },
  );
  return f;
}

/** Removes the fixture's entities and every analyst node that points at them. */
export async function removeFixture(graph: Graph, prefix: string): Promise<void> {
  await graph.writeRows('MATCH (e:Entity) WHERE e.id STARTS WITH $prefix DETACH DELETE e', { prefix });
  await graph.writeRows(
    `MATCH (n) WHERE (n:Annotation OR n:Review OR n:EntityRedirect OR n:Merge OR n:AuditEvent OR n:AnnotationRevision OR n:AnalystLock)
       AND any(v IN [n.targetId, n.relId, n.fromId, n.keepId, n.annotationId, n.actor, n.id] WHERE v STARTS WITH $prefix)
     DETACH DELETE n`,
    { prefix },
  );
}

export const testPassword = 'correct horse battery staple';

let passwordHash: Promise<string> | undefined;

/** Users named `${prefix}-${role}` (and extra names), all with testPassword. */
export async function createUsers(graph: Graph, users: { name: string; role: Role }[]): Promise<void> {
  passwordHash ??= hashPassword(testPassword);
  const hash = await passwordHash;
  for (const u of users) await createUser(graph, { username: u.name, role: u.role, passwordHash: hash }, 'test');
}

export async function removeUsers(graph: Graph, names: string[]): Promise<void> {
  for (const name of names) await removeUser(graph, name, 'test');
}
