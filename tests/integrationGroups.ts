import fs from 'node:fs';
import path from 'node:path';

/**
 * The integration files in the groups npm test runs them in (integrationGroups.json says why
 * each file is where it is). The `integration` project: `alone`, one file at a time with nothing
 * else of the project beside it; then `concurrent` (two at a time) beside `ownData` (one at a
 * time). The `isolated` project: `ownNeo4j` one after another, beside `isolatedRest`.
 * `npx jest --selectProjects integration --runInBand` still runs them all one by one.
 */

const root = path.resolve(__dirname, '..');
const listFile = path.join(__dirname, 'integrationGroups.json');

export interface IntegrationGroups {
  alone: string[];
  concurrent: string[];
  ownData: string[];
  ownNeo4j: string[];
  isolatedRest: string[];
}

/** Test files under tests/ whose names pass `keep`, as jest.config.js's projects choose them. */
function testFiles(keep: (name: string) => boolean, dir = path.join(root, 'tests')): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(keep, full));
    else if (keep(entry.name)) found.push(path.relative(root, full));
  }
  return found.sort();
}

/** The files of `all` not in the lists; each listed file must be one of `all`, and listed once. */
function rest(all: string[], lists: string[][]): string[] {
  const files = new Set(all);
  const seen = new Set<string>();
  for (const file of lists.flat()) {
    // A renamed or removed file would otherwise drop silently out of its group.
    if (!files.has(file)) throw new Error(`${path.relative(root, listFile)} names ${file}, which is not a test file of its project.`);
    if (seen.has(file)) throw new Error(`${path.relative(root, listFile)} names ${file} twice.`);
    seen.add(file);
  }
  return all.filter((f) => !seen.has(f));
}

export function integrationGroups(): IntegrationGroups {
  const listed = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { concurrent: string[]; ownData: string[]; ownNeo4j: string[] };
  const integration = testFiles((name) => name.endsWith('.test.ts') && !/\.(unit|isolated)\.test\.ts$/.test(name));
  const isolated = testFiles((name) => name.endsWith('.isolated.test.ts'));
  return {
    alone: rest(integration, [listed.concurrent, listed.ownData]),
    concurrent: listed.concurrent,
    ownData: listed.ownData,
    ownNeo4j: listed.ownNeo4j,
    isolatedRest: rest(isolated, [listed.ownNeo4j]),
  };
}

/** A --testPathPatterns value that matches exactly these files (paths from the project root). */
export function pathPattern(files: string[]): string {
  return `/(${files.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
}
