import fs from 'node:fs';
import path from 'node:path';

/**
 * The `integration` project's files in the groups npm test runs them in (integrationGroups.json
 * says why each file is where it is): `alone`, one file at a time with nothing else of the
 * project beside it; then `concurrent` (two at a time) beside `ownData` (one at a time).
 * `npx jest --selectProjects integration --runInBand` still runs them all one by one.
 */

const root = path.resolve(__dirname, '..');
const listFile = path.join(__dirname, 'integrationGroups.json');

export interface IntegrationGroups {
  alone: string[];
  concurrent: string[];
  ownData: string[];
}

/** The integration project's files, as jest.config.js chooses them: *.test.ts but not unit or isolated. */
function integrationFiles(dir = path.join(root, 'tests')): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...integrationFiles(full));
    else if (entry.name.endsWith('.test.ts') && !/\.(unit|isolated)\.test\.ts$/.test(entry.name)) found.push(path.relative(root, full));
  }
  return found.sort();
}

export function integrationGroups(): IntegrationGroups {
  const listed = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { concurrent: string[]; ownData: string[] };
  const files = new Set(integrationFiles());
  const seen = new Set<string>();
  for (const file of [...listed.concurrent, ...listed.ownData]) {
    // A renamed or removed file would otherwise drop silently out of its group into `alone`.
    if (!files.has(file)) throw new Error(`${path.relative(root, listFile)} names ${file}, which is not an integration test file.`);
    if (seen.has(file)) throw new Error(`${path.relative(root, listFile)} names ${file} twice.`);
    seen.add(file);
  }
  return { alone: [...files].filter((f) => !seen.has(f)), concurrent: listed.concurrent, ownData: listed.ownData };
}

/** A --testPathPatterns value that matches exactly these files (paths from the project root). */
export function pathPattern(files: string[]): string {
  return `/(${files.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
}
