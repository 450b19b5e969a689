import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the extraction data lives: the lexicon (data/lexicon) and the rules (data/rules), whose
 * language vocabulary sits in one folder per language (data/rules/zh, ja, en, ru).
 */
export const dataDir = path.resolve(__dirname, '..', '..', 'data');
export const lexiconDir = path.join(dataDir, 'lexicon');
export const rulesDir = path.join(dataDir, 'rules');

export function readRules<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(rulesDir, file), 'utf8')) as T;
}

/**
 * The relation-rule files of one language folder: every `relations*.json` in it, in name order,
 * so a new group of rules is a new file beside the others (relations.json, relations.stakes.json…).
 */
export function relationRuleFiles(langDir: string): string[] {
  const dir = path.join(rulesDir, langDir);
  return fs
    .readdirSync(dir)
    .filter((f) => /^relations(?:\.[\w-]+)?\.json$/.test(f))
    .sort()
    .map((f) => `${langDir}/${f}`);
}
