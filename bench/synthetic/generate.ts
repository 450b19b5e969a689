import fs from 'node:fs';
import path from 'node:path';
import { builtInCast, type CastMember } from './entities';
import { lexiconCast } from './lexicon';
import { Random } from './random';
import { inventEntity, writeDocument } from './document';

export interface CorpusOptions {
  documents: number;
  /** Size of one document in UTF-8 bytes (default 40,000: 1,000 documents ≈ 40 MB). */
  bytesPerDocument?: number;
  seed?: number;
  dir: string;
}

export interface CorpusManifest {
  documents: number;
  bytes: number;
  seed: number;
  castSize: number;
  castFromLexicon: number;
  relations: number;
  entities: number;
  docsDir: string;
  truthDir: string;
}

/**
 * Write N documents (alternately traditional and simplified Chinese) to DIR/docs and their
 * expected entities and relations to DIR/truth, one file at a time so memory stays flat.
 */
export function generateCorpus(options: CorpusOptions): CorpusManifest {
  const seed = options.seed ?? 20240601;
  const random = new Random(seed);
  const fromLexicon = lexiconCast();
  const known = new Set(builtInCast.map((c) => `${c.type}|${c.zh}`));
  const cast: CastMember[] = [...builtInCast, ...fromLexicon.filter((c) => !known.has(`${c.type}|${c.zh}`))];
  const docsDir = path.join(options.dir, 'docs');
  const truthDir = path.join(options.dir, 'truth');
  fs.rmSync(options.dir, { recursive: true, force: true });
  fs.mkdirSync(docsDir, { recursive: true });
  fs.mkdirSync(truthDir, { recursive: true });

  let bytes = 0;
  let relations = 0;
  let entities = 0;
  for (let i = 0; i < options.documents; i++) {
    const file = `${String(i).padStart(5, '0')}.txt`;
    const invented = [inventEntity(random), inventEntity(random)];
    const resources = random.sample(cast.filter((c) => c.type === 'Resource'), 3);
    const others = random.sample(cast.filter((c) => c.type !== 'Resource'), 22);
    const { text, truth } = writeDocument(
      {
        file,
        lang: i % 2 === 0 ? 'zh-Hant' : 'zh-Hans',
        targetBytes: options.bytesPerDocument ?? 40_000,
        cast: [...others, ...resources, ...invented],
        invented: new Set(invented.map((c) => c.zh)),
      },
      random,
    );
    fs.writeFileSync(path.join(docsDir, file), text);
    fs.writeFileSync(path.join(truthDir, file.replace(/\.txt$/, '.json')), `${JSON.stringify(truth, null, 1)}\n`);
    bytes += truth.bytes;
    relations += truth.relations.length;
    entities += truth.entities.length;
  }
  const manifest: CorpusManifest = {
    documents: options.documents,
    bytes,
    seed,
    castSize: cast.length,
    castFromLexicon: cast.length - builtInCast.length,
    relations,
    entities,
    docsDir,
    truthDir,
  };
  fs.writeFileSync(path.join(options.dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
