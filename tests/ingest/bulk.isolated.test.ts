import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../../server/app';
import { freePort } from '../../graph/neo4j/local';
import { openGraph, type OpenGraph } from '../../graph/runtime';
import { emptyDatabase, graphCounts, readFinalGraph } from '../../graph/bench/floorLoad';
import { sampleCorpusDir } from '../../ingest/corpus';
import { runBulkIngest } from '../../ingest/bulk';
import { runIngest } from '../../ingest/run';
import { graphChecksum, differentAttributes } from '../../bench/lib/graphChecksum';

/**
 * `npm run ingest -- --bulk`: the sample corpus loaded through neo4j-admin import into a local
 * Neo4j of the test's own (a throwaway home: the import stops and starts it) gives the graph the
 * transactional ingest of the same files gives — counts and content checksum — and the API finds
 * its entities. A database with data in it, or a server named by NEO4J_URI, is refused.
 */

let home: string;
let env: NodeJS.ProcessEnv;
let opened: OpenGraph | undefined;
const quiet = () => undefined;

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-bulk-neo4j-'));
  const { NEO4J_URI: _uri, NEO4J_USER: _user, NEO4J_PASSWORD: _password, ...rest } = process.env;
  env = {
    ...rest,
    NEO4J_HOME_DIR: home,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_PASSWORD_FILE: path.join(home, 'password'),
    NEO4J_HEAP: '1g',
    NEO4J_PAGECACHE: '256m',
  };
});
afterAll(async () => {
  await opened?.close();
  fs.rmSync(home, { recursive: true, force: true });
}, 120_000);

describe('a bulk first load', () => {
  it('refuses a server named by NEO4J_URI, whose store neo4j-admin cannot reach', async () => {
    await expect(runBulkIngest({ inputs: [sampleCorpusDir], env: { ...env, NEO4J_URI: 'bolt://127.0.0.1:1' }, log: quiet })).rejects.toThrow(/NEO4J_URI/);
  });

  it('writes the graph the transactional ingest writes, searchable in the API, and refuses to load a database that has data', async () => {
    const bulk = await runBulkIngest({ inputs: [sampleCorpusDir], env, log: quiet, workers: 1 });
    expect(bulk.skipped).toEqual([]);
    expect(bulk.written).toBe(4);
    expect(bulk.bulk.importSeconds).toBeGreaterThan(0);

    opened = await openGraph({ env, log: quiet });
    const graph = opened.graph;
    const bulkCounts = await graphCounts(graph);
    const bulkGraph = await readFinalGraph(graph);
    expect(bulkCounts.documents).toBe(4);
    expect(bulkCounts.relations).toBeGreaterThan(0);
    expect(bulkCounts.evidence).toBeGreaterThan(0);

    // The schema is there: entity ids unique, the full-text index of names online.
    const constraints = await graph.readRows<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
    expect(constraints.map((c) => c.name)).toEqual(expect.arrayContaining(['entity_id', 'document_id', 'evidence_id']));
    const entity = bulkGraph.entities.find((e) => typeof e.props.nameEn === 'string' && /^[A-Za-z]{5,}$/.test(String(e.props.nameEn)));
    expect(entity).toBeDefined();
    const res = await request(createApp({ graph })).get('/api/search').query({ q: String(entity!.props.nameEn) });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { id: string }) => r.id)).toContain(entity!.props.id);

    // The same files, written with transactions into the emptied database.
    await emptyDatabase(graph);
    const report = await runIngest({ inputs: [sampleCorpusDir], graph });
    expect(report.written).toBe(4);
    expect(await graphCounts(graph)).toEqual(bulkCounts);
    const transactional = graphChecksum(await readFinalGraph(graph));
    const loaded = graphChecksum(bulkGraph);
    expect(loaded.content).toBe(transactional.content);
    expect(differentAttributes(loaded, transactional)).toEqual({ entities: 0, relations: 0 });

    // Now it holds data: a second bulk load would lose it.
    await opened.close();
    opened = undefined;
    await expect(runBulkIngest({ inputs: [sampleCorpusDir], env, log: quiet })).rejects.toThrow(/not empty/);
  }, 1_800_000);
});
