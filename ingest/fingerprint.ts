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
  for (const sub of ['lexicon', 'rules']) {
    const dir = path.join(dataDir, sub);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) files.push(path.join(dir, name));
  }
  for (const file of files) {
    if (!fs.statSync(file).isFile()) continue;
    hash.update(path.relative(dataDir, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
