import crypto from 'node:crypto';
import type { FinalGraph } from '../../graph/bench/floorLoad';

/**
 * A checksum of a graph's content that does not depend on the order it was written in: every
 * node and edge as canonical JSON (keys sorted, alias lists sorted), the lines sorted, then
 * hashed. The writer keeps a few attributes by order — an entity's display names are the first
 * it was written under, an edge's confidence, method and properties (date, share, role…) those
 * of the last document that stated it — so these are left out of the checksum and compared
 * one by one (`differentAttributes`). Left out too: the time a document was written.
 */
export interface GraphChecksum {
  content: string;
  /** "E id" / "R id" → the attributes kept by write order, as canonical JSON. */
  attributes: Map<string, string>;
}

type Props = Record<string, unknown>;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as Props).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Props)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** props split into the keys named (kept) and the others. */
function split(props: Props, keys: string[]): [Props, Props] {
  const kept: Props = {};
  const rest: Props = {};
  for (const [k, v] of Object.entries(props)) (keys.includes(k) ? kept : rest)[k] = v;
  return [kept, rest];
}

const ENTITY_BY_ORDER = ['name', 'nameEn', 'searchText'];
const EDGE_CONTENT = ['id', 'origin', 'inferred', 'evidenceCount'];

export function graphChecksum(g: FinalGraph): GraphChecksum {
  const attributes = new Map<string, string>();
  const lines: string[] = [
    ...g.documents.map((d) => `D${canonical(split(d, ['ingestedAt'])[1])}`),
    ...g.entities.map((e) => {
      const [byOrder, rest] = split(e.props, ENTITY_BY_ORDER);
      attributes.set(`E ${String(e.props.id)}`, canonical(byOrder));
      const aliases = Array.isArray(rest.aliases) ? [...(rest.aliases as string[])].sort() : rest.aliases;
      return `E${canonical({ ...rest, aliases, type: e.type })}`;
    }),
    ...g.mentions.map((m) => `M${canonical(m)}`),
    ...g.relations.map((r) => {
      const [content, byOrder] = split(r.props, EDGE_CONTENT);
      attributes.set(`R ${String(r.props.id)}`, canonical(byOrder));
      return `R${canonical({ ...r, props: content })}`;
    }),
    ...g.evidence.map((e) => `V${canonical(e)}`),
    ...g.sources.map((s) => `S${canonical(s)}`),
    ...g.cites.map((c) => `C${canonical(c)}`),
  ].sort();
  const hash = crypto.createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return { content: hash.digest('hex').slice(0, 16), attributes };
}

/** Entities and edges present in both whose order-kept attributes differ. */
export function differentAttributes(a: GraphChecksum, b: GraphChecksum): { entities: number; relations: number } {
  const out = { entities: 0, relations: 0 };
  for (const [key, value] of a.attributes) {
    const other = b.attributes.get(key);
    if (other === undefined || other === value) continue;
    if (key.startsWith('E ')) out.entities++;
    else out.relations++;
  }
  return out;
}
