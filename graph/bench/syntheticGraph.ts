import type { Graph } from '../connection';
import { entityTypeNames, ontology } from '../ontology';
import { applySchema, schemaStatements } from '../schema';

/** The seeded random draws the relations are made from (the benchmark's generator). */
export interface Draws {
  int(maxExclusive: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/**
 * A large synthetic graph in the product's data model (graph/README.md), written straight into
 * Neo4j with batched UNWIND — the query benchmarks' ground. Labels and relationship types come
 * from the ontology (a closed list) and are spliced; every value is a parameter.
 * Ids start with "syn:" so the graph can be told apart from ingested data.
 */
const syllables = ['東', '嶺', '華', '海', '遠', '星', '泰', '豐', '安', '興', '峰', '瑞', '寧', '川', '金', '石', '北', '南', '西', '明'];
const pinyin = ['dong', 'ling', 'hua', 'hai', 'yuan', 'xing', 'tai', 'feng', 'an', 'xing', 'feng', 'rui', 'ning', 'chuan', 'jin', 'shi', 'bei', 'nan', 'xi', 'ming'];
const heads: Record<string, [string, string]> = {
  State: ['國', 'Republic'], Organization: ['組織', 'Organisation'], Firm: ['能源公司', 'Energy'], Person: ['', ''],
  Project: ['油田', 'Field'], Resource: ['礦', 'Ore'], Policy: ['計畫', 'Plan'], Agreement: ['協定', 'Accord'],
  Place: ['盆地', 'Basin'], Event: ['峰會', 'Summit'],
};

export interface SyntheticEntity {
  id: string;
  type: string;
  name: string;
  nameEn: string;
}

/** Entity n: a unique three-syllable name (20³ = 8,000 stems × 10 types × a serial). */
export function syntheticEntity(n: number, prefix = 'syn:'): SyntheticEntity {
  const type = entityTypeNames[n % entityTypeNames.length];
  const k = Math.floor(n / entityTypeNames.length);
  const a = k % 20, b = Math.floor(k / 20) % 20, c = Math.floor(k / 400) % 20, serial = Math.floor(k / 8000);
  const [zhHead, enHead] = heads[type];
  const stem = `${syllables[a]}${syllables[b]}${syllables[c]}`;
  const enStem = `${pinyin[a]}${pinyin[b]}${pinyin[c]}`;
  const en = `${enStem[0].toUpperCase()}${enStem.slice(1)}${serial ? ` ${serial + 1}` : ''}${enHead ? ` ${enHead}` : ''}`;
  return { id: `${prefix}${type}:${n}`, type, name: `${stem}${serial ? serial + 1 : ''}${zhHead}`, nameEn: en };
}

/** An entity as it is stored: the summary plus aliases, search text and a mention count. */
export function entityRow(n: number, prefix = 'syn:') {
  const e = syntheticEntity(n, prefix);
  return { ...e, aliases: [e.name, e.nameEn], searchText: [e.name, e.nameEn, e.nameEn.toLowerCase()].join(' | '), mentions: 1 + (n % 7) };
}

export async function writeEntities(graph: Graph, count: number, batch = 5000, log = console.log, prefix = 'syn:'): Promise<void> {
  for (const type of entityTypeNames) {
    const ofType: number[] = [];
    for (let n = entityTypeNames.indexOf(type); n < count; n += entityTypeNames.length) ofType.push(n);
    for (let i = 0; i < ofType.length; i += batch) {
      await graph.writeRows(
        `UNWIND $rows AS row
         MERGE (e:Entity {id: row.id})
         SET e:${type}, e.type = row.type, e.name = row.name, e.nameEn = row.nameEn, e.aliases = row.aliases,
             e.searchText = row.searchText, e.mentions = row.mentions`,
        { rows: ofType.slice(i, i + batch).map((n) => entityRow(n, prefix)) },
      );
    }
    log(`  entities: ${type} written`);
  }
}

/** Relationship types allowed between a subject type and an object type, from the ontology (kept per pair: asked millions of times). */
const allowedByPair = new Map<string, string[]>();
function allowedTypes(subject: string, object: string): string[] {
  const key = `${subject} ${object}`;
  let types = allowedByPair.get(key);
  if (!types) {
    types = typesBetween(subject, object);
    allowedByPair.set(key, types);
  }
  return types;
}

function typesBetween(subject: string, object: string): string[] {
  return ontology.relationshipTypes
    .filter((r) => !r.inferred)
    .filter((r) => (r.subject.includes('*') || r.subject.includes(subject)) && (r.object.includes('*') || r.object.includes(object)))
    .map((r) => r.name);
}

/**
 * The hubs every synthetic graph has, as real ones do (China, Russia, LNG): a few entities that
 * are the object of a fixed share of all relationships — at 1 M relationships 40,000, 20,000,
 * 10,000 and 10,000 links, ten times that at 10 M. Entity numbers 0, 10, 6 and 2: two states, a
 * resource and a firm (the type is the number modulo the ten entity types).
 */
export const hubShares: readonly { n: number; share: number }[] = [
  { n: 0, share: 0.04 },
  { n: 10, share: 0.02 },
  { n: 6, share: 0.01 },
  { n: 2, share: 0.01 },
];

/** The hubs' entity ids. */
export function syntheticHubIds(prefix = 'syn:'): string[] {
  return hubShares.map((h) => syntheticEntity(h.n, prefix).id);
}

export interface SyntheticRelation {
  id: string;
  type: string;
  s: string;
  o: string;
  date: string;
  confidence: number;
}

/**
 * `count` relationships, drawn in order from the seeded generator: sources uniform; targets one
 * of the hubs (hubShares), else 20% among the first 1% of entities (states and majors have
 * hundreds of links) and the rest uniform. The same seed gives the same relationships, whether
 * they are written with UNWIND or through a CSV import.
 */
export function* syntheticRelations(entities: number, count: number, random: Draws, prefix = 'syn:'): Generator<SyntheticRelation> {
  const majors = Math.max(10, Math.floor(entities / 100));
  const hubs = hubShares.filter((h) => h.n < entities);
  for (let i = 0; i < count; i++) {
    const s = random.int(entities);
    let o = -1;
    let draw = random.int(1_000_000) / 1_000_000;
    for (const hub of hubs) {
      if (draw < hub.share) {
        o = hub.n;
        break;
      }
      draw -= hub.share;
    }
    if (o < 0) o = random.chance(0.2) ? random.int(majors) : random.int(entities);
    if (o === s) o = (o + 1) % entities;
    const sType = entityTypeNames[s % entityTypeNames.length];
    const oType = entityTypeNames[o % entityTypeNames.length];
    const types = allowedTypes(sType, oType);
    const type = types.length ? random.pick(types) : 'COOPERATES_WITH';
    yield { id: `${prefix}r${i}`, type, s: `${prefix}${sType}:${s}`, o: `${prefix}${oType}:${o}`, date: String(1990 + random.int(35)), confidence: 0.5 + random.int(50) / 100 };
  }
}

/** The synthetic relationships written with batched UNWIND, grouped by type. */
export async function writeRelations(graph: Graph, entities: number, count: number, random: Draws, batch = 10_000, log = console.log, prefix = 'syn:'): Promise<void> {
  const pending = new Map<string, Omit<SyntheticRelation, 'type'>[]>();
  let written = 0;
  const flush = async (type: string) => {
    const rows = pending.get(type);
    if (!rows?.length) return;
    pending.set(type, []);
    await graph.writeRows(
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.s}), (o:Entity {id: row.o})
       CREATE (s)-[r:${type}]->(o)
       SET r.id = row.id, r.date = row.date, r.confidence = row.confidence, r.method = 'synthetic',
           r.origin = 'extracted', r.inferred = false, r.evidenceCount = 0`,
      { rows },
    );
    written += rows.length;
  };
  let i = 0;
  for (const { type, ...row } of syntheticRelations(entities, count, random, prefix)) {
    const rows = pending.get(type) ?? [];
    rows.push(row);
    pending.set(type, rows);
    if (rows.length >= batch) await flush(type);
    if (++i % 100_000 === 0) log(`  relations: ${i} generated, ${written} written`);
  }
  for (const type of pending.keys()) await flush(type);
}

export async function countSynthetic(graph: Graph): Promise<{ entities: number; relations: number }> {
  const [e] = await graph.readRows<{ n: number }>("MATCH (e:Entity) WHERE e.id STARTS WITH 'syn:' RETURN count(e) AS n");
  const [r] = await graph.readRows<{ n: number }>("MATCH (:Entity)-[r]->() WHERE r.id STARTS WITH 'syn:' RETURN count(r) AS n");
  return { entities: e.n, relations: r.n };
}

/** Entities and relationships in the whole store, from the count store (instant at any size). */
export async function countStore(graph: Graph): Promise<{ entities: number; relations: number }> {
  const [e] = await graph.readRows<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n');
  const [r] = await graph.readRows<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n');
  return { entities: e.n, relations: r.n };
}

/**
 * The product's schema on a bulk-imported store, waiting up to `seconds` for the indexes to be
 * populated (applySchema waits one minute: enough for an ingest, not for 10 M relationships).
 * Without `relationIndexes`, the per-type relationship id indexes are left out (the benchmark's
 * reads never use them; populating them for 10 M relationships takes most of an hour).
 */
export async function applySchemaPatiently(graph: Graph, seconds: number, options: { relationIndexes: boolean }): Promise<void> {
  const statements = schemaStatements().filter((s) => options.relationIndexes || !/FOR \(\)-\[r:/.test(s));
  for (const statement of statements) await graph.writeRows(statement);
  // Polled rather than one long db.awaitIndexes: a single call would outlive the driver's deadline.
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const [row] = await graph.readRows<{ pending: number; failed: number }>(
      "SHOW INDEXES YIELD state RETURN sum(CASE WHEN state = 'POPULATING' THEN 1 ELSE 0 END) AS pending, sum(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END) AS failed",
    );
    if (row.failed > 0) throw new Error(`${row.failed} index(es) failed to populate; see the bench Neo4j's logs`);
    if (row.pending === 0) break;
    if (Date.now() > deadline) throw new Error(`indexes still populating after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
  if (options.relationIndexes) await applySchema(graph);
}
