import fs from 'node:fs';
import path from 'node:path';
import { isEntityType } from '../graph/ontology';
import { loadExtractor } from '../ingest/extraction';
import { prepareDocument } from '../ingest/pipeline';
import { outDir } from './lib/results';
import { realTextFiles } from './realText';
import { Random } from './synthetic/random';
import { lexiconDir } from './synthetic/lexicon';

/**
 * A corpus of real text for the ingest benchmarks: the sample papers and dev documents, each
 * used many times, with every lexicon name in them replaced by another lexicon name of the
 * same type and script (the same name → the same replacement within a document), so the
 * documents differ and the graph grows as a real archive's would. Templates written from the
 * rules' own wording overstate speed and recall; these sentences were written by people.
 */

const SEED = 20261206;

type Script = 'han' | 'kana' | 'latin' | 'cyrillic';

function scriptOf(s: string): Script | undefined {
  if (/[\u3040-\u30ff]/.test(s)) return 'kana';
  if (/[\u3400-\u9fff]/.test(s)) return 'han';
  if (/[\u0400-\u04ff]/.test(s)) return 'cyrillic';
  if (/[A-Za-z]/.test(s)) return 'latin';
  return undefined;
}

/** Lexicon names by type and script, read from data/lexicon as the product reads it. */
function namesByTypeAndScript(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const file of fs.readdirSync(lexiconDir).filter((f) => f.endsWith('.tsv')).sort()) {
    for (const line of fs.readFileSync(path.join(lexiconDir, file), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [, type, , list = ''] = line.split('\t');
      if (!type || !isEntityType(type)) continue;
      for (const name of list.split('|').map((n) => n.trim()).filter((n) => n.length > 1)) {
        const script = scriptOf(name);
        if (!script) continue;
        const key = `${type}:${script}`;
        names.set(key, [...(names.get(key) ?? []), name]);
      }
    }
  }
  return names;
}

interface Template {
  name: string;
  raw: string;
  /** Lexicon names in raw, in order, without overlaps. */
  spans: { start: number; end: number; pool: string; entity: string }[];
}

async function templates(): Promise<Template[]> {
  const extractor = loadExtractor();
  const out: Template[] = [];
  for (const file of realTextFiles()) {
    const doc = await prepareDocument(file);
    extractor.extractGraph(doc);
    const spans: Template['spans'] = [];
    let end = 0;
    for (const m of [...doc.mentions].sort((a, b) => a.start - b.start)) {
      if (m.method !== 'lexicon' || m.start < end) continue;
      const script = scriptOf(doc.raw.slice(m.start, m.end));
      if (!script) continue;
      spans.push({ start: m.start, end: m.end, pool: `${m.type}:${script}`, entity: `${m.lexiconKey ?? doc.raw.slice(m.start, m.end)}:${script}` });
      end = m.end;
    }
    out.push({ name: path.basename(file).replace(/\.\w+$/, ''), raw: doc.raw, spans });
  }
  return out;
}

export function realCorpusDir(documents: number): string {
  return path.join(outDir, `real-${documents}`);
}

/** Writes (once) `documents` files into bench/out/real-N/docs; returns the folder of the files. */
export async function ensureRealCorpus(documents: number): Promise<{ dir: string; bytes: number; documents: number }> {
  const dir = path.join(realCorpusDir(documents), 'docs');
  const manifest = path.join(realCorpusDir(documents), 'manifest.json');
  if (fs.existsSync(manifest)) return JSON.parse(fs.readFileSync(manifest, 'utf8')) as { dir: string; bytes: number; documents: number };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const names = namesByTypeAndScript();
  const sources = await templates();
  let bytes = 0;
  for (let k = 0; k < documents; k++) {
    const t = sources[k % sources.length];
    const random = new Random(SEED + k);
    const chosen = new Map<string, string>();
    let text = '';
    let at = 0;
    for (const s of t.spans) {
      // One entity (whatever name it goes by) becomes one other entity throughout the document.
      const pool = names.get(s.pool);
      let name = chosen.get(s.entity);
      if (name === undefined) {
        name = pool && pool.length > 0 ? random.pick(pool) : t.raw.slice(s.start, s.end);
        chosen.set(s.entity, name);
      }
      text += t.raw.slice(at, s.start) + name;
      at = s.end;
    }
    text += t.raw.slice(at);
    fs.writeFileSync(path.join(dir, `${String(k).padStart(5, '0')}-${t.name}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  const result = { dir, bytes, documents };
  fs.writeFileSync(manifest, JSON.stringify(result));
  return result;
}
