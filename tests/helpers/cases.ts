import fs from 'node:fs';
import path from 'node:path';

/**
 * Loads every `*.cases.ts` file of a folder (not its subfolders) into the calling test file, in
 * name order, so their describe and test blocks run there, sharing one module registry.
 */
export function requireCases(dir: string): void {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cases.ts')).sort();
  if (files.length === 0) throw new Error(`no *.cases.ts files in ${dir}`);
  for (const file of files) require(path.join(dir, file));
}
