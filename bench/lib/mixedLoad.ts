import type { LoadRequest, Outcome } from './httpLoad';
import type { Random } from '../synthetic/random';

export interface MixTargets {
  entityIds: string[];
  relationIds: string[];
  names: string[];
  token: string;
  /** Written into every annotation, so they can be counted afterwards. */
  runTag: string;
}

/**
 * The analysts' mix: 40% searches, 25% path queries, 15% neighbourhoods, 20% annotation writes
 * (POST /api/relations/:id/annotations with a Bearer token).
 */
export function mixedRequest(random: Random, t: MixTargets, i: number): LoadRequest {
  const enc = encodeURIComponent;
  const roll = random.next();
  if (roll < 0.4) {
    const name = random.pick(t.names);
    return { label: 'search', path: `/api/search?q=${enc(name.slice(0, 1 + random.int(Math.max(1, name.length))))}&limit=10` };
  }
  if (roll < 0.65) {
    const a = random.pick(t.entityIds);
    const b = random.pick(t.entityIds);
    const mode = random.pick(['shortest', 'k', 'all-shortest']);
    return { label: 'paths', path: `/api/paths?from=${enc(a)}&to=${enc(b)}&maxHops=4&mode=${mode}&k=3&limit=10` };
  }
  if (roll < 0.8) {
    return { label: 'neighborhood', path: `/api/entities/${enc(random.pick(t.entityIds))}/neighborhood?depth=${1 + random.int(2)}&limit=100` };
  }
  const relId = random.pick(t.relationIds);
  return {
    label: 'annotate',
    method: 'POST',
    path: `/api/relations/${enc(relId)}/annotations`,
    headers: { authorization: `Bearer ${t.token}` },
    body: { text: `${t.runTag} #${i}: load-test note`, stance: random.pick(['supports', 'disputes', 'note']), tags: [t.runTag] },
  };
}

/** The annotation ids the server acknowledged (201) during a run, keyed by relation id. */
export function acknowledgedAnnotations(outcomes: Outcome[]): Map<string, string[]> {
  const byRel = new Map<string, string[]>();
  for (const o of outcomes) {
    if (o.label !== 'annotate' || o.status !== 201) continue;
    const annotation = (o.json as { annotation?: { id: string; targetId: string } } | undefined)?.annotation;
    if (!annotation) continue;
    byRel.set(annotation.targetId, [...(byRel.get(annotation.targetId) ?? []), annotation.id]);
  }
  return byRel;
}
