import type { LoadRequest } from '../lib/httpLoad';
import type { Random } from '../synthetic/random';

/**
 * Hostile inputs for the API: Lucene and Cypher syntax, quotes, NUL, huge and negative numbers,
 * broken percent-encoding, unknown ids, oversized and broken bodies, wrong content types.
 * Every case must be answered 2xx or 4xx — never 5xx — and the server must stay up.
 */
export const hostileValues: string[] = [
  '', ' ', '"', "'", '\\', '\\"', '*', '?', '~', '^2', ':', 'name:三井', '+-&&||!(){}[]^"~*?:\\/', 'AND', 'OR NOT',
  '(', ')', '[1 TO 5]', '{a TO b}', '/.*/', 'mitsui~0.8', '"unterminated', 'a AND (b OR', 'a:b:c', '*:*',
  "' OR 1=1 //", '"}) MATCH (n) DETACH DELETE n //', '`', '$param', '{id: 1}', ']->(x) RETURN x',
  'CALL db.labels()', ';DROP', '\u0000', 'a\u0000b', '%00', '%', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '\uD800', '😀',
  '\u202Eevil', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '../../etc/passwd', '..%2F..%2F',
  '1e309', '-1e309', '99999999999999999999999', '-1', '-0', '0', 'NaN', 'Infinity', '0x10', '1.5', '7', '2.0000001',
  'true', 'null', 'undefined', '[]', '{}', '__proto__', 'constructor', 'toString', 'x'.repeat(5000), '三'.repeat(3000),
  '三井物產', '三井物产', 'mitsui', 'Mitsui & Co.', 'State,Firm', 'State,,', 'Nope', 'HOLDS_STAKE_IN,BOGUS', 'any', 'out',
  'shortest', 'all-shortest', 'k', 'zh', 'en', 'ru', 'json', 'graphml', 'csv', 'xml', '1990', '2050', '-2000',
];

/** Raw strings put into the URL as they are (already percent-encoded or deliberately broken). */
const rawPathValues = ['%00', '%', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%2e%2e%2f', '%FF%FE', '..', '.', '%20', 'a%2Fb'];

const getRoutes: { path: string; params: string[] }[] = [
  { path: '/api/search', params: ['q', 'types', 'limit'] },
  { path: '/api/entities/{id}', params: [] },
  { path: '/api/entities/{id}/neighborhood', params: ['depth', 'types', 'rels', 'from', 'to', 'minConfidence', 'inferred', 'limit', 'reviewed'] },
  { path: '/api/paths', params: ['from', 'to', 'maxHops', 'rels', 'direction', 'mode', 'k', 'limit', 'lang'] },
  { path: '/api/relations/{id}', params: [] },
  { path: '/api/relations/{id}/annotations', params: [] },
  { path: '/api/documents', params: [] },
  { path: '/api/documents/{id}', params: [] },
  { path: '/api/schema', params: [] },
  { path: '/api/stats', params: [] },
  { path: '/api/export', params: ['format', 'ids'] },
  { path: '/api/annotations/{id}/history', params: [] },
  { path: '/api/audit', params: ['limit'] },
  { path: '/api/auth/me', params: [] },
  { path: '/api/health', params: [] },
  { path: '/api/nope', params: ['x'] },
];

const writeRoutes: { method: string; path: string }[] = [
  { method: 'POST', path: '/api/auth/login' },
  { method: 'POST', path: '/api/auth/logout' },
  { method: 'POST', path: '/api/relations/{id}/annotations' },
  { method: 'PATCH', path: '/api/annotations/{id}' },
  { method: 'DELETE', path: '/api/annotations/{id}' },
  { method: 'POST', path: '/api/relations' },
  { method: 'DELETE', path: '/api/relations/{id}' },
  { method: 'POST', path: '/api/relations/{id}/review' },
  { method: 'POST', path: '/api/entities/merge' },
  { method: 'POST', path: '/api/entities/{id}/unmerge' },
  { method: 'PUT', path: '/api/search' },
];

const bodyFields = ['username', 'password', 'text', 'stance', 'confidence', 'tags', 'version', 'type', 'source', 'target', 'justification', 'sourceUrl', 'state', 'comment', 'keepId', 'mergeId'];

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes in as raw bytes. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function hostileJsonValue(random: Random, depth = 0): unknown {
  const roll = random.int(10);
  if (roll === 0 && depth < 3) return Array.from({ length: random.int(4) }, () => hostileJsonValue(random, depth + 1));
  if (roll === 1 && depth < 3) return { [random.pick(bodyFields)]: hostileJsonValue(random, depth + 1) };
  if (roll === 2) return random.pick([0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, 7, 1e-320]);
  if (roll === 3) return random.pick([true, false, null]);
  return random.pick(hostileValues);
}

function fill(path: string, random: Random, ids: string[]): string {
  if (!path.includes('{id}')) return path;
  const roll = random.int(4);
  const id = roll === 0 && ids.length ? random.pick(ids) : roll === 1 ? random.pick(rawPathValues) : encode(random.pick(hostileValues) || 'x');
  return path.replace('{id}', id);
}

function queryString(params: string[], random: Random, ids: string[]): string {
  if (!params.length) return random.chance(0.2) ? `?${random.pick(rawPathValues)}=1` : '';
  const parts: string[] = [];
  for (const p of params) {
    if (!random.chance(0.6)) continue;
    const value = ids.length && (p === 'from' || p === 'to') && random.chance(0.4) ? random.pick(ids) : random.pick(hostileValues);
    const encoded = random.chance(0.1) ? random.pick(rawPathValues) : encode(value);
    parts.push(`${p}=${encoded}`);
    if (random.chance(0.05)) parts.push(`${p}=${encoded}`); // repeated parameter → array in some parsers
  }
  if (random.chance(0.05)) parts.push(`${random.pick(params)}[]=x`);
  return parts.length ? `?${parts.join('&')}` : '';
}

const megabyte = JSON.stringify({ text: 'x'.repeat(1024 * 1024) });

function body(random: Random): { body: string | Buffer; contentType?: string } {
  switch (random.int(12)) {
    case 0: return { body: '{"text": "broken', contentType: 'application/json' };
    case 1: return { body: megabyte, contentType: 'application/json' };
    case 2: return { body: 'text=hello&version=1', contentType: 'application/x-www-form-urlencoded' };
    case 3: return { body: 'plain words', contentType: 'text/plain' };
    case 4: return { body: random.pick(['null', '1', '"s"', '[]', 'true', '{}']), contentType: 'application/json' };
    case 5: return { body: Buffer.from([0xff, 0xfe, 0x00, 0x7b]), contentType: 'application/json' };
    case 6: return { body: '{"a":1}', contentType: 'application/json; charset=utf-16' };
    case 7: return { body: `${'['.repeat(5000)}${']'.repeat(5000)}`, contentType: 'application/json' };
    case 8: return { body: '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}', contentType: 'application/json' };
    default: {
      const fields: Record<string, unknown> = {};
      for (const f of random.sample(bodyFields, 1 + random.int(5))) fields[f] = hostileJsonValue(random);
      return { body: JSON.stringify(fields), contentType: random.chance(0.9) ? 'application/json' : 'text/html' };
    }
  }
}

/** Case i of the fuzz run (deterministic for a seed). `ids` are real entity/relation ids. */
export function apiCase(random: Random, ids: string[]): LoadRequest {
  if (random.chance(0.6)) {
    const route = random.pick(getRoutes);
    return { label: `GET ${route.path}`, path: `${fill(route.path, random, ids)}${queryString(route.params, random, ids)}` };
  }
  const route = random.pick(writeRoutes);
  const b = body(random);
  const headers: Record<string, string> = {};
  if (b.contentType) headers['content-type'] = b.contentType;
  if (random.chance(0.3)) headers.authorization = `Bearer ${random.pick(hostileValues).replace(/[^\x20-\x7e]/g, '') || 'x'}`;
  if (random.chance(0.3)) headers['x-csrf-token'] = random.pick(['', 'abc', 'x'.repeat(300)]);
  if (random.chance(0.2)) headers.cookie = random.pick(['sid=abc', 'sid=', 'sid=%00', `sid=${'a'.repeat(4000)}`]);
  return { label: `${route.method} ${route.path}`, method: route.method, path: fill(route.path, random, ids), body: b.body, headers };
}
