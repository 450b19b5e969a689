import fs from 'node:fs';
import path from 'node:path';
import { isEntityType } from '../../graph/ontology';
import type { CastMember } from './entities';

export const lexiconDir = path.resolve(__dirname, '..', '..', 'data', 'lexicon');

function firstString(values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v.trim().length > 0);
}

/** Traditional-Chinese-looking: has CJK and no kana (the lexicon also holds Japanese names). */
function isChinese(s: string): boolean {
  return /[\u4e00-\u9fff]/.test(s) && !/[\u3040-\u30ff]/.test(s);
}

/**
 * Entities of the product's lexicon (data/lexicon/*.json), read as data: whatever the file
 * layout, an entry with a known `type` and a Chinese name joins the cast. Missing lexicon → [].
 */
export function lexiconCast(dir = lexiconDir): CastMember[] {
  if (!fs.existsSync(dir)) return [];
  const cast: CastMember[] = [];
  const visit = (node: unknown, typeHint?: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, typeHint));
    if (!node || typeof node !== 'object') return;
    const entry = node as Record<string, unknown>;
    const type = typeof entry.type === 'string' ? entry.type : typeHint;
    const aliases = Array.isArray(entry.aliases) ? entry.aliases : [];
    const zh = firstString([entry.name, entry.zh, entry.nameZh, ...aliases].filter((v) => typeof v === 'string' && isChinese(v)));
    if (type && isEntityType(type) && zh) {
      const en = firstString([entry.nameEn, entry.en, ...aliases.filter((a) => typeof a === 'string' && /^[A-Za-z][A-Za-z0-9 .&'-]+$/.test(a))]);
      cast.push({ type, zh, en });
      return;
    }
    for (const [key, value] of Object.entries(entry)) visit(value, isEntityType(key) ? key : type);
  };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    try {
      visit(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    } catch {
      // A lexicon file that does not parse is the ingest's to report; the corpus skips it.
    }
  }
  return cast;
}
