import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticCsv } from '../../../bench/synthetic/bulkGraph';
import { hubShares, syntheticHubIds, syntheticRelations } from '../../../graph/bench/syntheticGraph';
import { relationshipTypeNames } from '../../../graph/ontology';
import { Random } from '../../../bench/synthetic/random';

// The query bench's graph: hubs with their share of all links, the same relations for the same
// seed, and CSV files neo4j-admin can read (a header, one line per entity and relation).

describe('the synthetic relations', () => {
  const draw = (seed: number) => [...syntheticRelations(2000, 50_000, new Random(seed))];

  it('give every hub its share of the links, and the same seed the same relations', () => {
    const relations = draw(7);
    const links = new Map<string, number>();
    for (const r of relations) links.set(r.o, (links.get(r.o) ?? 0) + 1);
    // At least its share (the hubs are among the first entities, which draw more links besides).
    syntheticHubIds().forEach((hub, i) => expect(links.get(hub)).toBeGreaterThan(hubShares[i].share * relations.length * 0.9));
    expect(Math.max(...links.values())).toBe(links.get(syntheticHubIds()[0]));
    expect(relations.every((r) => relationshipTypeNames.includes(r.type) && r.s !== r.o)).toBe(true);
    expect(draw(7).slice(0, 100)).toEqual(relations.slice(0, 100));
    expect(draw(8).slice(0, 100)).not.toEqual(relations.slice(0, 100));
  });
});

describe('the CSV files for neo4j-admin', () => {
  it('hold a header and one line per entity and per relation, names quoted', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-csv-'));
    try {
      const files = await writeSyntheticCsv(dir, 100, 1000);
      const nodes = fs.readFileSync(files.nodes, 'utf8').trim().split('\n');
      const relations = fs.readFileSync(files.relationships, 'utf8').trim().split('\n');
      expect(nodes[0]).toBe('id:ID,:LABEL,type,name,nameEn,aliases:string[],searchText,mentions:double');
      expect(nodes).toHaveLength(101);
      expect(nodes[1]).toMatch(/^"syn:\w+:0",Entity;\w+,"\w+",/);
      expect(relations).toHaveLength(1001);
      expect(relations[1].split(',')).toHaveLength(10);
      // Written whole once, the files are used again (an import that failed is retried without them).
      const before = fs.statSync(files.relationships).mtimeMs;
      await writeSyntheticCsv(dir, 100, 1000);
      expect(fs.statSync(files.relationships).mtimeMs).toBe(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
