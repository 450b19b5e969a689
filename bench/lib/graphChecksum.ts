import crypto from 'node:crypto';
import type { FinalGraph } from '../../graph/bench/floorLoad';

/**
 * A checksum of a graph's content that does not depend on the order it was written in: every
 * node and edge as canonical JSON (keys sorted, alias lists sorted), the lines sorted, then
 * hashed. Left out: the time a document was written, and an entity's display name, which is
 * the first name it was written under (so it may differ between orders); names are compared
 * on their own.
 */
export interface GraphChecksum {
  content: string;
  /** Entity id → display name. */
  names: Map<string, string>;
}

type Props = Record<string, unknown>;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as Props).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Props)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function without(props: Props, ...keys: string[]): Props {
  const out = { ...props };
  for (const k of keys) delete out[k];
  return out;
}

export function graphChecksum(g: FinalGraph): GraphChecksum {
  const lines: string[] = [
    ...g.documents.map((d) => `D${canonical(without(d, 'ingestedAt'))}`),
    ...g.entities.map((e) => {
      const aliases = Array.isArray(e.props.aliases) ? [...(e.props.aliases as string[])].sort() : e.props.aliases;
      return `E${canonical({ ...without(e.props, 'name', 'searchText'), aliases, type: e.type })}`;
    }),
    ...g.mentions.map((m) => `M${canonical(m)}`),
    ...g.relations.map((r) => `R${canonical(r)}`),
    ...g.evidence.map((e) => `V${canonical(e)}`),
    ...g.sources.map((s) => `S${canonical(s)}`),
    ...g.cites.map((c) => `C${canonical(c)}`),
  ].sort();
  const hash = crypto.createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return { content: hash.digest('hex').slice(0, 16), names: new Map(g.entities.map((e) => [String(e.props.id), String(e.props.name)])) };
}

/** How many entities present in both have different display names. */
export function differentNames(a: GraphChecksum, b: GraphChecksum): number {
  let n = 0;
  for (const [id, name] of a.names) if (b.names.has(id) && b.names.get(id) !== name) n++;
  return n;
}
