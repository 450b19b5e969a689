import { fastMapDecoding } from '../../graph/packstreamMaps';

/** The driver's map decoding, replaced by a faster one that must decode the same objects. */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Unpacker } = require('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js') as {
  Unpacker: { prototype: { _unpackMapWithSize(this: unknown, size: number, buffer: unknown, hydrate: unknown): Record<string, unknown> } };
};

/** Decodes a map whose keys and values come from a list, as the packstream stream would give them. */
function decode(entries: [string, unknown][]): Record<string, unknown> {
  const items = entries.flat();
  const reader = { unpack: () => items.shift() };
  return Unpacker.prototype._unpackMapWithSize.call(reader, entries.length, undefined, undefined);
}

test('the driver in node_modules is the one patched', () => {
  expect(fastMapDecoding).toBe(true);
});

test('a decoded map has the keys and values in order, as plain own properties', () => {
  const map = decode([['id', 'japan'], ['aliases', ['日本']], ['mentions', 12], ['nameEn', null]]);
  expect(map).toEqual({ id: 'japan', aliases: ['日本'], mentions: 12, nameEn: null });
  expect(Object.keys(map)).toEqual(['id', 'aliases', 'mentions', 'nameEn']);
  expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
  expect(JSON.stringify(map)).toBe('{"id":"japan","aliases":["日本"],"mentions":12,"nameEn":null}');
});

test('a key named __proto__ stays an own property and never replaces the prototype', () => {
  const map = decode([['__proto__', { polluted: true }], ['constructor', 'x']]);
  expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
  expect(Object.prototype.hasOwnProperty.call(map, '__proto__')).toBe(true);
  expect((map as { polluted?: boolean }).polluted).toBeUndefined();
  expect(Object.keys(map)).toEqual(['__proto__', 'constructor']);
  expect(map.constructor).toBe('x');
});
