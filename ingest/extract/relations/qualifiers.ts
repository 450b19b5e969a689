import type { Masked, Occurrence } from './mask';

/**
 * The resource written right after a name, qualifying it (对澳大利亚液化天然气和煤炭的依赖度:
 * Australia, for LNG): the resource a relation with that name is about, before any other
 * resource of the match.
 */
export function chainedResource(masked: Masked, named: Occurrence): Occurrence | undefined {
  const at = masked.slots.indexOf(named);
  if (at < 0) return undefined;
  const placeholder = `⟨${at}:${named.type}⟩`;
  const end = masked.text.indexOf(placeholder);
  if (end < 0) return undefined;
  const next = /^⟨(\d+):Resource⟩/.exec(masked.text.slice(end + placeholder.length));
  return next ? masked.slots[Number(next[1])] : undefined;
}

/**
 * A coordinated list that names an actor or place and also resources: the resources qualify the
 * names (澳大利亚液化天然气和煤炭 = Australia, for LNG and coal), they are not parties.
 */
export function withoutQualifyingResources(members: Occurrence[]): Occurrence[] {
  if (!members.some((o) => o.type === 'Resource') || members.every((o) => o.type === 'Resource')) return members;
  return members.filter((o) => o.type !== 'Resource');
}
