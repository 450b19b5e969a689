import type { Elements, EntitySummary, Relation } from './model';

/** Cytoscape elements: node data is the entity summary, edge data the relation (label = its type). */
export function toElements(entities: EntitySummary[], relations: Relation[]): Elements {
  const seen = new Set<string>();
  const nodes = [];
  for (const e of entities) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    nodes.push({ data: { ...e, label: e.name } });
  }
  const edgeIds = new Set<string>();
  const edges = [];
  for (const r of relations) {
    if (edgeIds.has(r.id) || !seen.has(r.source) || !seen.has(r.target)) continue;
    edgeIds.add(r.id);
    edges.push({ data: { ...r, label: r.type } });
  }
  return { nodes, edges };
}

/** Cytoscape edges alone (their nodes are already drawn by whoever asks). */
export function toCyEdges(relations: Relation[]): Elements['edges'] {
  return relations.map((r) => ({ data: { ...r, label: r.type } }));
}
