import { send } from '../../bench/lib/httpLoad';

/** A few real entity and relation ids, found through the API as a client would find them. */
export async function knownIds(base: string): Promise<string[]> {
  const ids: string[] = [];
  const search = await send(base, { label: 'search', path: `/api/search?q=${encodeURIComponent('日本')}&limit=5` }, undefined, true);
  const results = (search.json as { results?: { id: string }[] } | undefined)?.results ?? [];
  ids.push(...results.map((r) => r.id));
  for (const id of ids.slice(0, 2)) {
    const hood = await send(base, { label: 'hood', path: `/api/entities/${encodeURIComponent(id)}/neighborhood?depth=1&limit=20` }, undefined, true);
    const edges = (hood.json as { elements?: { edges?: { data: { id: string } }[] } } | undefined)?.elements?.edges ?? [];
    ids.push(...edges.slice(0, 5).map((e) => e.data.id));
  }
  return ids;
}
