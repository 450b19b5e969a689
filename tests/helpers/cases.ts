import fs from 'node:fs';
import path from 'node:path';

/**
 * The `*.cases.ts` files of a runner's folder that the runner (a `cases.unit.test.ts`) does not
 * import: a kind of test added beside the others and forgotten in the list would never run.
 */
export function casesMissingFrom(runner: string): string[] {
  const dir = path.dirname(runner);
  const source = fs.readFileSync(runner, 'utf8');
  const imported = new Set([...source.matchAll(/^import '\.\/([^']+)\.cases';$/gm)].map((m) => m[1]));
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cases.ts'))
    .map((f) => f.slice(0, -'.cases.ts'.length))
    .filter((name) => !imported.has(name))
    .sort();
}
