import type { Graph } from '../connection';
import { entityTypeNames, ontology } from '../ontology';

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

function entityRow(n: number, prefix: string) {
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

/** Relationship types allowed between a subject type and an object type, from the ontology. */
function allowedTypes(subject: string, object: string): string[] {
  return ontology.relationshipTypes
    .filter((r) => !r.inferred)
    .filter((r) => (r.subject.includes('*') || r.subject.includes(subject)) && (r.object.includes('*') || r.object.includes(object)))
    .map((r) => r.name);
}

/**
 * `count` relationships: sources uniform, targets 80% uniform and 20% among the first 1% of
 * entities (hubs, as states and majors are in real data). Grouped by type, one UNWIND per batch.
 */
export async function writeRelations(graph: Graph, entities: number, count: number, random: Draws, batch = 10_000, log = console.log, prefix = 'syn:'): Promise<void> {
  const hubs = Math.max(10, Math.floor(entities / 100));
  const pending = new Map<string, Record<string, unknown>[]>();
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
  for (let i = 0; i < count; i++) {
    const s = random.int(entities);
    let o = random.chance(0.2) ? random.int(hubs) : random.int(entities);
    if (o === s) o = (o + 1) % entities;
    const sType = entityTypeNames[s % entityTypeNames.length];
    const oType = entityTypeNames[o % entityTypeNames.length];
    const types = allowedTypes(sType, oType);
    const type = types.length ? random.pick(types) : 'COOPERATES_WITH';
    const rows = pending.get(type) ?? [];
    rows.push({ id: `${prefix}r${i}`, s: `${prefix}${sType}:${s}`, o: `${prefix}${oType}:${o}`, date: String(1990 + random.int(35)), confidence: 0.5 + random.int(50) / 100 });
    pending.set(type, rows);
    if (rows.length >= batch) await flush(type);
    if ((i + 1) % 100_000 === 0) log(`  relations: ${i + 1} generated, ${written} written`);
  }
  for (const type of pending.keys()) await flush(type);
}

export async function countSynthetic(graph: Graph): Promise<{ entities: number; relations: number }> {
  const [e] = await graph.readRows<{ n: number }>("MATCH (e:Entity) WHERE e.id STARTS WITH 'syn:' RETURN count(e) AS n");
  const [r] = await graph.readRows<{ n: number }>("MATCH (:Entity)-[r]->() WHERE r.id STARTS WITH 'syn:' RETURN count(r) AS n");
  return { entities: e.n, relations: r.n };
}
