import fs from 'node:fs';
import path from 'node:path';

/** Where the extraction data lives: the lexicon (data/lexicon) and the rules (data/rules). */
export const dataDir = path.resolve(__dirname, '..', '..', 'data');
export const lexiconDir = path.join(dataDir, 'lexicon');
export const rulesDir = path.join(dataDir, 'rules');

export function readRules<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(rulesDir, file), 'utf8')) as T;
}
