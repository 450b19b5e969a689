import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { javaBinary } from '../../graph/neo4j/java';
import { fetchNeo4j } from '../../graph/neo4j/fetch';
import { varDir } from '../../graph/neo4j/paths';
import { applySchemaPatiently, countStore, entityRow, syntheticRelations } from '../../graph/bench/syntheticGraph';
import { startBenchNeo4j, type BenchNeo4j } from '../lib/benchNeo4j';
import { lockHome } from '../lib/homeLock';
import { Random } from './random';

/** One size of the synthetic graph and the bench Neo4j home that keeps it between runs. */
export interface SyntheticSize {
  label: string;
  entities: number;
  relations: number;
  /** Folder under var/ (kept, reused while its marker matches). */
  home: string;
  port: number;
  heap: string;
  pageCache: string;
  /**
   * Whether the store gets the per-type relationship id indexes. None of the benchmarked reads
   * uses them (they serve writes and the relation page), and populating them for 10 M
   * relationships takes most of an hour on two shared cores, so the 10 M store goes without.
   */
  relationIndexes: boolean;
}

/**
 * The query benchmark's two sizes. The 10 M graph's store is about 3 GB with its indexes, so it
 * gets 3 GB of page cache (all of it stays in memory) and a 2 GB heap: 5 GB on a shared 24 GB
 * machine. BENCH_NEO4J_HEAP / BENCH_NEO4J_PAGECACHE override both.
 */
export const syntheticSizes: Record<string, SyntheticSize> = {
  '1m': { label: '100 k entities / 1 M relationships', entities: 100_000, relations: 1_000_000, home: 'bench-neo4j', port: 7797, heap: '4g', pageCache: '2g', relationIndexes: true },
  '10m': { label: '1 M entities / 10 M relationships', entities: 1_000_000, relations: 10_000_000, home: 'bench-10m-neo4j', port: Number(process.env.BENCH_10M_NEO4J_PORT ?? 7795), heap: '2g', pageCache: '3g', relationIndexes: false },
  quick: { label: '10 k entities / 100 k relationships', entities: 10_000, relations: 100_000, home: 'bench-quick-neo4j', port: 7794, heap: '1g', pageCache: '512m', relationIndexes: true },
};

/** Bump when the generator changes: a kept store with another version is rebuilt. */
const generatorVersion = 2;
const relationSeed = 7;

interface Marker {
  entities: number;
  relations: number;
  generator: number;
  importSeconds?: number;
  csvSeconds?: number;
}

const csv = (v: string | number | boolean) => (typeof v === 'string' ? `"${v.replace(/"/g, '""')}"` : String(v));

/** Write lines to a file, waiting whenever the stream's buffer is full. */
async function writeLines(file: string, header: string, lines: Iterable<string>): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write(`${header}\n`);
  let chunk: string[] = [];
  for (const line of lines) {
    chunk.push(line);
    if (chunk.length >= 10_000) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  if (chunk.length) out.write(`${chunk.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
}

function* entityLines(count: number): Generator<string> {
  for (let n = 0; n < count; n++) {
    const e = entityRow(n);
    yield [csv(e.id), `Entity;${e.type}`, csv(e.type), csv(e.name), csv(e.nameEn), csv(e.aliases.join(';')), csv(e.searchText), e.mentions.toFixed(1)].join(',');
  }
}

function* relationLines(entities: number, relations: number): Generator<string> {
  for (const r of syntheticRelations(entities, relations, new Random(relationSeed))) {
    // The same properties the UNWIND writer sets (graph/bench/syntheticGraph.ts).
    yield [csv(r.s), csv(r.o), r.type, csv(r.id), csv(r.date), r.confidence, 'synthetic', 'extracted', 'false', '0'].join(',');
  }
}

/**
 * The graph as CSV files for neo4j-admin's import (mentions and confidence as doubles, as the
 * UNWIND writer's JavaScript numbers are stored).
 */
export async function writeSyntheticCsv(dir: string, entities: number, relations: number): Promise<{ nodes: string; relationships: string }> {
  fs.mkdirSync(dir, { recursive: true });
  const nodes = path.join(dir, 'entities.csv');
  const relationships = path.join(dir, 'relations.csv');
  // Files written whole by this generator version (an import that failed) are used again.
  const done = path.join(dir, 'written.json');
  if (readMarker(done)?.generator === generatorVersion) return { nodes, relationships };
  fs.rmSync(done, { force: true });
  await writeLines(nodes, 'id:ID,:LABEL,type,name,nameEn,aliases:string[],searchText,mentions:double', entityLines(entities));
  await writeLines(relationships, ':START_ID,:END_ID,:TYPE,id,date,confidence:double,method,origin,inferred:boolean,evidenceCount:long', relationLines(entities, relations));
  fs.writeFileSync(done, JSON.stringify({ entities, relations, generator: generatorVersion }));
  return { nodes, relationships };
}

function readMarker(file: string): Marker | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

/** `neo4j-admin database import full` into the stopped home's `neo4j` database (replaced). */
function importCsv(home: string, files: { nodes: string; relationships: string }, log: (s: string) => void): void {
  const lib = path.join(fetchNeo4j(undefined, log), 'lib');
  const conf = path.join(home, 'conf');
  const run = spawnSync(
    javaBinary(),
    ['-Xmx2g', '-cp', `${lib}/*`, 'org.neo4j.server.startup.Neo4jAdminCommand', 'database', 'import', 'full', 'neo4j',
      `--nodes=${files.nodes}`, `--relationships=${files.relationships}`, '--overwrite-destination=true', '--threads=2', `--report-file=${path.join(home, 'logs', 'import.report')}`],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf, HEAP_SIZE: '2g' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`neo4j-admin import failed (exit ${run.status}):\n${`${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-30).join('\n')}`);
  const summary = run.stdout.split('\n').filter((l) => /IMPORT DONE|Imported:|nodes|relationships/.test(l)).slice(-4);
  for (const line of summary) log(`  ${line.trim()}`);
}

/**
 * The bench Neo4j holding the synthetic graph of this size, started. Kept between runs: reused
 * when its marker names the same size and generator and the count store agrees; otherwise
 * written as CSV (bench/out/) and bulk-imported with neo4j-admin into the stopped server's home —
 * minutes for 10 M relationships, where batched UNWIND takes most of an hour on two cores.
 */
export async function openSyntheticGraph(size: SyntheticSize, log = console.log): Promise<{ neo: BenchNeo4j; built?: { csvSeconds: number; importSeconds: number; indexSeconds: number } }> {
  const home = path.join(varDir, size.home);
  const markerFile = path.join(home, 'synthetic.json');
  const options = { heap: size.heap, pageCache: size.pageCache };
  // Without the relationship indexes, the product's applySchema (which adds them) is not run:
  // the same schema less those (applySchemaPatiently).
  const start = () => startBenchNeo4j(size.home, size.port, { ...options, schema: size.relationIndexes });
  const marker = readMarker(markerFile);
  if (marker && marker.entities === size.entities && marker.relations === size.relations && marker.generator === generatorVersion) {
    const neo = await start();
    // A store whose indexes were still populating when its last run stopped finishes them here.
    if (!size.relationIndexes) await applySchemaPatiently(neo.graph, 3600, { relationIndexes: false });
    const counts = await countStore(neo.graph);
    if (counts.entities === size.entities && counts.relations === size.relations) return { neo };
    log(`  ${size.home} holds ${counts.entities} entities / ${counts.relations} relationships: rebuilding`);
    await neo.close();
  }
  // A fresh home gets its configuration and password from one ordinary start.
  if (!fs.existsSync(path.join(home, 'conf', 'neo4j.conf'))) await (await start()).close();
  fs.rmSync(markerFile, { force: true });

  let t = performance.now();
  log(`  writing the synthetic graph as CSV: ${size.entities.toLocaleString('en')} entities, ${size.relations.toLocaleString('en')} relationships…`);
  const files = await writeSyntheticCsv(path.join(__dirname, '..', 'out', `synthetic-${size.entities}-${size.relations}`), size.entities, size.relations);
  const csvSeconds = (performance.now() - t) / 1000;
  log(`  CSV written in ${csvSeconds.toFixed(0)} s; importing with neo4j-admin…`);
  t = performance.now();
  const release = await lockHome(home);
  try {
    importCsv(home, files, log);
  } finally {
    release();
  }
  const importSeconds = (performance.now() - t) / 1000;
  // Marked as soon as the data is in: a run stopped while the indexes populate keeps the import.
  fs.writeFileSync(markerFile, JSON.stringify({ entities: size.entities, relations: size.relations, generator: generatorVersion, importSeconds, csvSeconds } satisfies Marker));
  fs.rmSync(path.dirname(files.nodes), { recursive: true, force: true });
  log(`  imported in ${importSeconds.toFixed(0)} s; starting and building the indexes…`);
  t = performance.now();
  // The imported store has no index yet: populating them takes longer than a start waits.
  const neo = await startBenchNeo4j(size.home, size.port, { ...options, schema: false });
  try {
    await applySchemaPatiently(neo.graph, 3600, { relationIndexes: size.relationIndexes });
  } catch (err) {
    await neo.close();
    throw err;
  }
  const indexSeconds = (performance.now() - t) / 1000;
  log(`  indexes online in ${indexSeconds.toFixed(0)} s`);
  return { neo, built: { csvSeconds, importSeconds, indexSeconds } };
}
