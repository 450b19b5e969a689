import path from 'node:path';
import { computedImports, importGraph, type ImportEdge } from './helpers/imports';

/**
 * The rooms and the one direction of their arrows (README, "Architecture"):
 *   client → contract ← server → graph ← ingest;  bench and bin on top;  tests see everything.
 * A room may import itself and the rooms listed for it; data/ is data any room may read.
 */
const ALLOWED: Record<string, readonly string[]> = {
  contract: [],
  graph: ['contract'],
  ingest: ['graph', 'contract'],
  server: ['graph', 'contract'],
  client: ['contract'],
  bench: ['contract', 'graph', 'ingest', 'server', 'client'],
  bin: ['contract', 'graph', 'ingest', 'server', 'bench'],
  tests: ['contract', 'graph', 'ingest', 'server', 'client', 'bench', 'bin'],
};
const SHARED = new Set(['data']);

const root = path.resolve(__dirname, '..');
const edges = importGraph(root);

function roomOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : '(project root)';
}

function describeEdge(e: ImportEdge): string {
  return `${e.from}:${e.line} imports '${e.specifier}' (${e.to})`;
}

/** Strongly connected components of more than one file (or a file importing itself). */
function circles(graph: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of graph) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const connect = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (next.get(file) ?? []).includes(file)) found.push(component.sort());
    }
  };
  for (const file of next.keys()) if (!index.has(file)) connect(file);
  return found;
}

describe('the import graph', () => {
  it('reads the whole project', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges.some((e) => e.from === 'graph/runtime.ts')).toBe(true);
  });

  it('points one way: no room imports a room above it', () => {
    const upward = edges
      .filter((e) => {
        const from = roomOf(e.from);
        const to = roomOf(e.to);
        return from !== to && !SHARED.has(to) && !(ALLOWED[from] ?? []).includes(to);
      })
      .map(describeEdge);
    expect(upward).toEqual([]);
  });

  it('has every file in a known room', () => {
    const unknown = [...new Set(edges.map((e) => e.from))].filter((f) => !(roomOf(f) in ALLOWED));
    expect(unknown).toEqual([]);
  });

  it('has no circle of files importing each other', () => {
    expect(circles(edges)).toEqual([]);
  });

  it('loads no module by a computed name (the check could not see it)', () => {
    expect(computedImports(root).map((c) => `${c.file}:${c.line}`)).toEqual([]);
  });

  it('names the offending file and import when a room imports upward', () => {
    const fake: ImportEdge = { from: 'graph/x.ts', to: 'server/app.ts', specifier: '../server/app', line: 3 };
    expect(describeEdge(fake)).toBe("graph/x.ts:3 imports '../server/app' (server/app.ts)");
    expect(circles([fake, { from: 'server/app.ts', to: 'graph/x.ts', specifier: '../graph/x', line: 1 }])).toEqual([['graph/x.ts', 'server/app.ts']]);
  });
});
