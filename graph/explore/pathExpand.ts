import type { ManagedTransaction } from 'neo4j-driver';
import { cypherInt, entitySummary, relationRecord, type RelationRow } from './fragments';
import { edgeCondition } from './edgeFilter';
import type { EntitySummary } from './model';
import type { Expand, IdPath, Reached } from './pathSearch';

/**
 * The database side of the path search (pathSearch.ts): the two ends, one level of growth, and
 * the found paths' entities and relations. Nodes travel by element id, which the database
 * resolves by a seek, without an index or a property read. A node's links (all its edges, from
 * the degree store) are only the search's cost estimate, so the documents' MENTIONS count too.
 */

/**
 * A list parameter that is never empty: the database keeps one plan per query text and
 * parameter types, and an empty list has a type of its own. '' is no element id nor entity id
 * nor type, so it matches nothing.
 */
export function listParam(values: string[]): string[] {
  return values.length > 0 ? values : [''];
}

/**
 * Element ids as one string, split in the query, at least PLAN_SIZE characters long. The
 * database keeps a plan per query text and per *size class* of each list or string parameter
 * (tens, hundreds, thousands of characters or items), and the level query's seven id lists —
 * empty, one id, a few, hundreds — made dozens of mixes, each planned cold for seconds the first
 * time a search needed it. Padded with one token that is no element id, every list of up to a
 * couple of hundred ids falls in one class (ids are about 45 characters): a handful of plans, warmed at start. (Element ids
 * hold no space.)
 */
const PLAN_SIZE = 10_000;
const NO_ID = '~';

function idText(ids: string[]): string {
  const text = ids.join(' ');
  return text.length >= PLAN_SIZE ? text : `${text} ${NO_ID.repeat(PLAN_SIZE - text.length)}`;
}

/** A node a path may pass through: either end, or one neither excluded by id nor by type. */
export function allowedNode(n: string): string {
  return `(${n}.id = $from OR ${n}.id = $to OR (NOT ${n}.id IN $exclude AND NOT ${n}.type IN $excludeTypes))`;
}

/** The two ends by entity id, with their links (null when missing). */
export async function pathEnds(tx: ManagedTransaction, params: Record<string, unknown>): Promise<{ from: Reached | null; to: Reached | null }> {
  const found = await tx.run<{ a: string | null; b: string | null; aLinks: number | null; bLinks: number | null }>(
    `OPTIONAL MATCH (a:Entity {id: $from})
     OPTIONAL MATCH (b:Entity {id: $to})
     RETURN elementId(a) AS a, elementId(b) AS b,
       CASE WHEN a IS NULL THEN null ELSE COUNT { (a)--() } END AS aLinks,
       CASE WHEN b IS NULL THEN null ELSE COUNT { (b)--() } END AS bLinks`,
    params,
  );
  const row = found.records[0];
  const end = (node: string | null, links: number | null): Reached | null => (node === null ? null : { node, links: links ?? 0 });
  return { from: end(row.get('a'), row.get('aLinks')), to: end(row.get('b'), row.get('bLinks')) };
}

/**
 * One level: the frontier's first `limit` edges that pass the filters, to allowed entities, and
 * the hubs' edges into the other side's frontier: pair by pair (an expand-into, walked from the
 * smaller end), or, when the pairs are many, from the other side's links. `pattern` is a relationship type alternation.
 */
export function levelExpander(tx: ManagedTransaction, pattern: string, direction: 'any' | 'out', params: Record<string, unknown>): Expand {
  const arrows = { from: direction === 'out' ? ['-', '->'] : ['-', '-'], to: direction === 'out' ? ['<-', '-'] : ['-', '-'] };
  return async (ask) => {
    const [left, right] = arrows[ask.side];
    const edge = `(a)${left}[r:${pattern}]${right}(b)`;
    // Between two hubs one direction at a time: the database then walks the end with fewer links
    // that way (a hub is mostly the object of its links), where both ways it would read one whole.
    const directed = left === '-' && right === '-' ? [`(a)-[r:${pattern}]->(b)`, `(a)<-[r:${pattern}]-(b)`] : [edge];
    const found = await tx.run<{ from: string; rel: string; node: string; links: number }>(
      `CALL () {
         UNWIND split($frontier, ' ') AS id_
         MATCH (a) WHERE elementId(a) = id_
         CALL (a) {
           MATCH ${edge} WHERE b:Entity AND ${edgeCondition('r')} AND ${allowedNode('b')}
           RETURN r, b LIMIT $cap
         }
         RETURN a, r, b
         UNION
         UNWIND split($pairHubs, ' ') AS hub_
         MATCH (a) WHERE elementId(a) = hub_
         UNWIND split($pairOthers, ' ') AS other_
         MATCH (b) WHERE elementId(b) = other_
         MATCH ${edge} WHERE ${edgeCondition('r')}
         RETURN a, r, b
         UNION
         UNWIND split($hubs, ' ') AS hub_
         MATCH (a) WHERE elementId(a) = hub_
         UNWIND split($hubOthers, ' ') AS other_
         MATCH (b) WHERE elementId(b) = other_
         CALL (a, b) { ${directed.map((d) => `MATCH ${d} RETURN r`).join(' UNION ')} }
         WITH a, r, b WHERE ${edgeCondition('r')}
         RETURN a, r, b
         UNION
         UNWIND split($readOthers, ' ') AS other_
         MATCH (b) WHERE elementId(b) = other_
         CALL (b) { MATCH ${edge} RETURN a, r }
         WITH a, r, b WHERE elementId(a) IN split($readHubs, ' ') AND ${edgeCondition('r')}
         RETURN a, r, b
       }
       RETURN elementId(a) AS from, elementId(r) AS rel, elementId(b) AS node, COUNT { (b)--() } AS links`,
      {
        ...params,
        frontier: idText(ask.frontier),
        cap: cypherInt(ask.limit),
        // Each (hub, node) pair checked (a few dozen db hits each), or every link of the other nodes read.
        pairHubs: idText(ask.lookFrom === 'hubs' ? ask.hubs : []),
        pairOthers: idText(ask.lookFrom === 'hubs' ? ask.others : []),
        readOthers: idText(ask.lookFrom === 'others' ? ask.others : []),
        readHubs: idText(ask.lookFrom === 'others' ? ask.hubs : []),
        hubs: idText(ask.hubOthers.length ? ask.hubs : []),
        hubOthers: idText(ask.hubOthers),
      },
    );
    return found.records.map((row) => ({ from: row.get('from'), rel: row.get('rel'), node: row.get('node'), links: row.get('links') }));
  };
}

/** The found paths' entities (summaries) and relations, by element id. */
export async function pathContents(tx: ManagedTransaction, paths: IdPath[]): Promise<{ nodes: Map<string, EntitySummary>; rels: Map<string, RelationRow> }> {
  const found = await tx.run<{ nodes: { el: string; entity: EntitySummary }[]; rels: { el: string; rel: RelationRow }[] }>(
    `CALL () {
       UNWIND split($nodes, ' ') AS id_
       MATCH (n) WHERE elementId(n) = id_
       RETURN collect({el: id_, entity: ${entitySummary('n')}}) AS nodes
     }
     CALL () {
       UNWIND split($rels, ' ') AS id_
       MATCH ()-[r]->() WHERE elementId(r) = id_
       RETURN collect({el: id_, rel: ${relationRecord('r')}}) AS rels
     }
     RETURN nodes, rels`,
    { nodes: idText([...new Set(paths.flatMap((p) => p.nodes))]), rels: idText([...new Set(paths.flatMap((p) => p.rels))]) },
  );
  const row = found.records[0];
  return {
    nodes: new Map(row.get('nodes').map(({ el, entity }) => [el, entity])),
    rels: new Map(row.get('rels').map(({ el, rel }) => [el, rel])),
  };
}
