import fs from 'node:fs';
import path from 'node:path';
import { isEntityType } from '../../graph/ontology';
import { withCldrStates } from './cldrStates';
import { lexiconDir } from './data';
import { isCjkChar, nameKey, toSimplified } from './script';

/** One lexicon line: an entity, its type and its names. Never a relation. */
export interface LexiconEntry {
  key: string;
  type: string;
  nameEn: string;
  names: string[];
  /** One-character forms usable only inside compounds (日俄, 對俄制裁). */
  abbreviations: string[];
}

/** A name as the matcher looks for it. */
export interface LexiconAlias {
  /** Simplified form (CJK) or the name as written (Latin). */
  form: string;
  /** Latin names written in lower case match any case; others match exactly. */
  caseInsensitive: boolean;
  entry: LexiconEntry;
}

export interface Lexicon {
  entries: Map<string, LexiconEntry>;
  /** Aliases by their first character (lower-cased for case-insensitive ones), longest first. */
  byFirstChar: Map<string, LexiconAlias[]>;
  /** nameKey → entry, to resolve names found by patterns to lexicon entities. */
  byNameKey: Map<string, LexiconEntry>;
  /** Simplified abbreviation character → entries (several states may share one). */
  abbreviations: Map<string, LexiconEntry>;
}

export function parseLexiconFile(text: string, file: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  text.split(/\r?\n/).forEach((line, n) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [key, type, nameEn, names, abbreviations] = line.split('\t');
    if (!key || !type || !nameEn || !names) throw new Error(`${file}:${n + 1}: expected key, type, English name and names`);
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(key)) throw new Error(`${file}:${n + 1}: key "${key}" is not a lower-case slug`);
    if (!isEntityType(type)) throw new Error(`${file}:${n + 1}: unknown entity type "${type}"`);
    const split = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
    entries.push({ key, type, nameEn, names: [...new Set([...split(names), nameEn])], abbreviations: split(abbreviations) });
  });
  return entries;
}

export function buildLexicon(entries: LexiconEntry[]): Lexicon {
  const lexicon: Lexicon = { entries: new Map(), byFirstChar: new Map(), byNameKey: new Map(), abbreviations: new Map() };
  for (const entry of entries) {
    if (lexicon.entries.has(entry.key)) throw new Error(`lexicon key "${entry.key}" is listed twice`);
    lexicon.entries.set(entry.key, entry);
    for (const name of entry.names) {
      const form = isCjkChar(name[0]) ? toSimplified(name.normalize('NFKC')).replace(/\s+/g, '') : name.normalize('NFKC');
      // One-character names are only kept for commodities (鈷, 鋰): they match as whole words.
      if (form.length < 2 && entry.type !== 'Resource') continue;
      // Cyrillic names decline: mentions/russianLexicon.ts finds them in any case form.
      if (/[\u0400-\u04ff]/.test(form)) {
        const k = nameKey(name);
        if (k.length >= 2 && !lexicon.byNameKey.has(k)) lexicon.byNameKey.set(k, entry);
        continue;
      }
      const caseInsensitive = !isCjkChar(form[0]) && form === form.toLowerCase();
      const first = caseInsensitive ? form[0].toLowerCase() : form[0];
      const list = lexicon.byFirstChar.get(first) ?? [];
      list.push({ form, caseInsensitive, entry });
      lexicon.byFirstChar.set(first, list);
      const k = nameKey(name);
      if (k.length >= 2 && !lexicon.byNameKey.has(k)) lexicon.byNameKey.set(k, entry);
    }
    for (const a of entry.abbreviations) lexicon.abbreviations.set(toSimplified(a), entry);
  }
  for (const list of lexicon.byFirstChar.values()) list.sort((a, b) => b.form.length - a.form.length);
  return lexicon;
}

let cached: Lexicon | undefined;

/** The lexicon of data/lexicon/*.tsv, read once. */
export function loadLexicon(dir = lexiconDir): Lexicon {
  if (cached && dir === lexiconDir) return cached;
  const entries = fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()
    .flatMap((f) => parseLexiconFile(fs.readFileSync(path.join(dir, f), 'utf8'), f));
  const lexicon = buildLexicon(withCldrStates(entries, path.join(dir, 'cldr.json')));
  if (dir === lexiconDir) cached = lexicon;
  return lexicon;
}
