import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../../graph/connection';
import { getRelation } from '../../../graph/explore/relations';
import { documentId } from '../../../ingest/meta';
import { runIngest } from '../../../ingest/run';
import { testGraph } from '../../helpers/graph';
import { printPdf } from '../../helpers/printPdf';

/**
 * A PDF printed by Chromium through the whole ingest into the real Neo4j: the relation its
 * second page states carries evidence that names page 2 and the footnote it cites.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-pdf-graph-'));
const file = path.join(dir, 'sanctions.pdf');
let graph: Graph;

const filler = Array.from({ length: 6 }, (_, i) => `<p>第${i + 1}段：本文討論能源安全。</p>`).join('');
const paper = (secondPage: string): string =>
  `<html><head><meta charset="utf-8"><title>制裁與日本</title><style>body{font-size:12pt}</style></head><body>
   <h1>制裁與日本</h1><section style="page-break-after:always">${filler}</section>${secondPage}</body></html>`;

beforeAll(async () => {
  graph = testGraph();
}, 60_000);
afterAll(async () => {
  // The same file without the facts: the writer takes back its edges and entities; then the document goes.
  fs.writeFileSync(file, await printPdf(paper('<p>完。</p>')));
  await runIngest({ inputs: [file], graph, force: true });
  await graph.writeRows('MATCH (d:Document {id: $id}) OPTIONAL MATCH (d)<-[:IN]-(x) DETACH DELETE x, d', { id: documentId(file) });
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

it('writes evidence that names its page and cites the footnote at that page end', async () => {
  fs.writeFileSync(
    file,
    await printPdf(
      paper(`<p>2023 年 11 月，美國宣布制裁北極液化天然氣 2 號（Arctic LNG 2）<sup>1</sup>。</p>
        <div style="font-size:9pt;margin-top:2em">1 美國財政部，〈制裁公告〉，2023年11月2日。</div>`),
      { footer: '{page}' },
    ),
  );
  const report = await runIngest({ inputs: [file], graph, force: true });
  expect(report.skipped).toEqual([]);
  const [row] = await graph.readRows<{ relId: string }>(
    `MATCH (ev:Evidence)-[:IN]->(:Document {id: $id}) WHERE ev.sentence CONTAINS '制裁北極' RETURN ev.relId AS relId`,
    { id: documentId(file) },
  );
  expect(row).toBeDefined();
  const detail = await getRelation(graph, row.relId);
  expect(detail?.relation.type).toBe('SANCTIONS');
  const evidence = detail?.evidence.find((e) => e.documentId === documentId(file));
  expect(evidence?.page).toBe(2);
  expect(evidence?.sentence).toContain('Arctic LNG 2');
  expect(evidence?.sources.map((s) => s.date)).toEqual([expect.stringMatching(/^2023/)]);
  // The offsets point at the sentence in the document text the reader view shows.
  const [doc] = await graph.readRows<{ text: string }>('MATCH (d:Document {id: $id}) RETURN d.text AS text', { id: documentId(file) });
  expect(doc.text.slice(evidence?.start, evidence?.end).replace(/\s|¹/g, '')).toBe(evidence?.sentence.replace(/\s/g, ''));
}, 180_000);
