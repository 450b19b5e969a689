/**
 * Faster decoding of the maps in Neo4j's answers. The driver (neo4j-driver-bolt-connection 6.x)
 * builds every map it receives with one Object.defineProperty per key, so that a key named
 * "__proto__" stays an own property instead of replacing the prototype. V8 takes a slow path
 * for that: measured on this machine, 30× slower than assignment, and the explore answers are
 * maps all the way down (an entity summary, a relation and its properties per row) — decoding
 * was the largest share of a depth-2 neighbourhood's CPU time. Here a key is assigned, and only
 * "__proto__" still goes through defineProperty, so the decoded values are the same objects.
 * Applied once, when the connection module loads; if the driver's layout changes, nothing is
 * patched (tests/graph/packstreamMaps.unit.test.ts notices).
 */

interface UnpackerLike {
  unpack(buffer: unknown, hydrate: unknown): unknown;
  _unpackMapWithSize?: (size: number, buffer: unknown, hydrate: unknown) => Record<string, unknown>;
}

function unpackMapWithSize(this: UnpackerLike, size: number, buffer: unknown, hydrate: unknown): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (let i = 0; i < size; i++) {
    const key = this.unpack(buffer, hydrate) as string;
    const unpacked = this.unpack(buffer, hydrate);
    if (key === '__proto__') Object.defineProperty(value, key, { value: unpacked, writable: true, enumerable: true, configurable: true });
    else value[key] = unpacked;
  }
  return value;
}

function unpackerPrototype(): UnpackerLike | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const packstream = require('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js') as { Unpacker?: { prototype: UnpackerLike } };
    const proto = packstream.Unpacker?.prototype;
    return typeof proto?._unpackMapWithSize === 'function' && proto._unpackMapWithSize.length === 3 ? proto : undefined;
  } catch {
    return undefined;
  }
}

/** True when the driver's map decoding is the fast one (after this module loaded). */
export const fastMapDecoding: boolean = (() => {
  const proto = unpackerPrototype();
  if (!proto) return false;
  proto._unpackMapWithSize = unpackMapWithSize;
  return true;
})();
