import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../graph/connection';
import { listLibrary, removeDocument } from '../../graph/library';
import { documentId } from '../../ingest/meta';
import { reportText } from '../../ingest/reportText';
import { runIngest } from '../../ingest/run';
import { testGraph } from '../helpers/graph';

// A lightly edited copy of a document already in the library is still ingested, and both the
// ingest report and the library say whose near-duplicate it is and how similar they are.

let graph: Graph;
let dir: string;
const files: string[] = [];

beforeAll(() => {
  graph = testGraph();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-test-near-'));
  const original = fs.readFileSync(path.join(__dirname, '../fixtures/dev/docs/14-russia-india-oil.en.txt'), 'utf8');
  const copy = `Reprinted with permission. Subscribe for more.\n\n${original.replace(/\. /g, '.  ').replace('India', 'the Republic of India')}`;
  files.push(path.join(dir, 'near-original-russia-india.en.txt'), path.join(dir, 'near-copy-russia-india.en.txt'));
  fs.writeFileSync(files[0], original);
  fs.writeFileSync(files[1], copy);
});

afterAll(async () => {
  for (const file of files) await removeDocument(graph, documentId(file));
  fs.rmSync(dir, { recursive: true, force: true });
  await graph.close();
});

test('a near-duplicate is ingested and flagged in the report and the library', async () => {
  const first = await runIngest({ inputs: [files[0]], graph });
  expect(first.nearDuplicates ?? []).toEqual([]);
  const second = await runIngest({ inputs: [files[1]], graph });
  expect(second.written).toBe(1);
  const [flag] = second.nearDuplicates ?? [];
  expect(flag).toMatchObject({ documentId: documentId(files[1]), of: { id: documentId(files[0]) } });
  expect(flag.similarity).toBeGreaterThanOrEqual(0.8);
  expect(reportText(second, false)).toMatch(/near-copy-russia-india\.en\.txt: near-duplicate of .+ \(similarity 0\.\d\d\)/);

  const { documents } = await listLibrary(graph, { q: 'russia-india', sort: 'title', order: 'asc' });
  const copy = documents.find((d) => d.id === documentId(files[1]));
  expect(copy?.nearDuplicateOf).toMatchObject({ id: documentId(files[0]), similarity: flag.similarity });
  expect(documents.find((d) => d.id === documentId(files[0]))?.nearDuplicateOf).toBeNull();
  // The copy's own evidence is there: flagged, not refused.
  const [{ n }] = await graph.readRows<{ n: number }>('MATCH (:Document {id: $id})<-[:IN]-(e:Evidence) RETURN count(e) AS n', { id: documentId(files[1]) });
  expect(n).toBeGreaterThan(0);
});
