import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { readerPageChars, readerPageSpans } from '../../../contract/reader';
import { removeDocument } from '../../../graph/library';
import { documentId } from '../../../ingest/meta';
import { LARGE_TEXT_CHARS } from '../../../ingest/parts';
import { runIngest } from '../../../ingest/run';
import { createApp } from '../../../server/app';
import { testGraph } from '../../helpers/graph';

// The reader's answer for a long document is paged: no answer carries more than the cap of
// text or of spans, the pages join up to the whole text, and every span of a page is on it. The
// document is longer than LARGE_TEXT_CHARS, so the ingest read it in parts: its evidence must
// still point at its own sentences in the whole text.

jest.setTimeout(600_000);

const graph = testGraph();
const app = createApp({ graph });
let dir: string;
let file: string;
let text: string;

const lines = [
  'Japan imposed sanctions on Russia in 2022.',
  'Mitsui holds a 10% stake in Arctic LNG 2.',
  'Qatar exports LNG to Japan.',
  'India imports oil from Russia.',
];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-test-reader-pages-'));
  file = path.join(dir, 'register-of-shipments.en.txt');
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < LARGE_TEXT_CHARS * 1.1; i++) {
    const line = i % 50 === 0 ? `\n## Part ${i / 50 + 1}\n` : lines[i % lines.length];
    out.push(line);
    size += line.length + 1;
  }
  text = `${out.join('\n')}\n`;
  fs.writeFileSync(file, text);
  const report = await runIngest({ inputs: [file], graph });
  expect(report.written).toBe(1);
}, 600_000);

afterAll(async () => {
  await removeDocument(graph, documentId(file));
  fs.rmSync(dir, { recursive: true, force: true });
  await graph.close();
});

test('the document comes in pages of at most the cap, which join up to the whole text', async () => {
  const id = documentId(file);
  let from = 0;
  let joined = '';
  let pages = 0;
  for (;;) {
    const res = await request(app).get(`/api/documents/${id}`).query(from > 0 ? { from } : {});
    expect(res.status).toBe(200);
    const { document, next, mentions, evidence, layout } = res.body;
    expect(document.from).toBe(from);
    expect(document.chars).toBe(text.length);
    expect(document.text.length).toBe(document.to - document.from);
    expect(document.text.length).toBeLessThanOrEqual(readerPageChars);
    // A page that is not the last ends at a line break.
    if (next !== null) expect(document.text.endsWith('\n')).toBe(true);
    for (const list of [mentions, evidence, layout.blocks, layout.markers]) {
      expect(list.length).toBeLessThanOrEqual(readerPageSpans);
      for (const s of list as { start: number; end: number }[]) expect(s.start < document.to && s.end > document.from).toBe(true);
    }
    expect(mentions.length).toBeGreaterThan(100);
    // Evidence offsets point at their own sentence in the whole text (the ingest read it in parts).
    for (const e of evidence as { start: number; end: number }[]) expect(text.slice(e.start, e.end).trimEnd()).toMatch(/^(Japan|Mitsui|Qatar|India) [^\n]+\.$/);
    expect(layout.blocks.some((b: { kind: string }) => b.kind === 'heading')).toBe(true);
    joined += document.text;
    pages++;
    if (next === null) break;
    expect(next).toBe(document.to);
    from = next;
  }
  expect(pages).toBeGreaterThanOrEqual(Math.ceil(text.length / readerPageChars));
  expect(joined).toBe(text);
});

test('a smaller page is asked for with chars; a page past the cap or a negative offset is refused', async () => {
  const id = documentId(file);
  const small = await request(app).get(`/api/documents/${id}`).query({ from: 5000, chars: 1000 });
  expect(small.status).toBe(200);
  expect(small.body.document.to - small.body.document.from).toBeLessThanOrEqual(1000);
  expect(small.body.document.text).toBe(text.slice(small.body.document.from, small.body.document.to));
  expect((await request(app).get(`/api/documents/${id}`).query({ chars: readerPageChars + 1 })).status).toBe(400);
  expect((await request(app).get(`/api/documents/${id}`).query({ from: -1 })).status).toBe(400);
  const past = await request(app).get(`/api/documents/${id}`).query({ from: text.length + 10 });
  expect(past.status).toBe(200);
  expect(past.body.document.text).toBe('');
  expect(past.body.next).toBeNull();
});
