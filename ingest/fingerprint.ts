import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../graph/neo4j/paths';

let cached: string | undefined;

/**
 * A hash of the data extraction reads (ontology, lexicon, trigger and head-word rules).
 * It is folded into each document's hash, so after an analyst extends the lexicon or the rules
 * the next ingest re-extracts every document instead of skipping it as unchanged.
 */
export function extractionFingerprint(): string {
  if (cached) return cached;
  const hash = crypto.createHash('sha256');
  const dataDir = path.join(projectRoot, 'data');
  const files = [path.join(dataDir, 'ontology.json')];
  for (const sub of ['lexicon', 'rules']) files.push(...filesUnder(path.join(dataDir, sub)));
  for (const file of files) {
    if (!fs.statSync(file).isFile()) continue;
    hash.update(path.relative(dataDir, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

/** Every file below a folder, in a stable order (the rules keep one folder per language). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
