import fs from 'node:fs';
import path from 'node:path';
import { isEntityType } from '../../graph/ontology';
import type { CastMember } from './entities';

export const lexiconDir = path.resolve(__dirname, '..', '..', 'data', 'lexicon');

/** Chinese-looking: has CJK ideographs and no kana (the lexicon also holds Japanese names). */
function isChinese(s: string): boolean {
  return /[\u4e00-\u9fff]/.test(s) && !/[\u3040-\u30ff]/.test(s);
}

/**
 * Entities of the product's lexicon (data/lexicon/*.tsv: key, type, English name, names,
 * abbreviations), read as data: each line with a known type and a Chinese name joins the cast.
 * No lexicon → [] and the corpus uses its own cast only.
 */
export function lexiconCast(dir = lexiconDir): CastMember[] {
  if (!fs.existsSync(dir)) return [];
  const cast: CastMember[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [, type, english, names = ''] = line.split('\t');
      const zh = names.split('|').map((n) => n.trim()).find(isChinese);
      if (!type || !isEntityType(type) || !zh) continue;
      // Common nouns (oil, coal) have lower-case English names: no 中文（English） pair for them.
      const en = english && /^[A-Z0-9]/.test(english.trim()) ? english.trim() : undefined;
      cast.push({ type, zh, en });
    }
  }
  return cast;
}
