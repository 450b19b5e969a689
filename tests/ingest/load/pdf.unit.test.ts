import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFile } from '../../../ingest/load/files';
import { prepareDocument } from '../../../ingest/pipeline';
import { pageAt } from '../../../ingest/pages';
import type { IngestDocument } from '../../../ingest/model';
import { paperHtml, printPdf } from '../../helpers/printPdf';

/** PDFs printed by headless Chromium from HTML written here, read back by the PDF reader. */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-pdf-'));
let doc: IngestDocument;

beforeAll(async () => {
  const file = path.join(dir, 'paper.pdf');
  fs.writeFileSync(file, await printPdf(paperHtml(), { header: '能源地緣政治評論 第 12 期', footer: '- {page} -' }));
  doc = await prepareDocument(file);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sentenceWith = (text: string) => doc.sentences.find((s) => s.text.includes(text));

describe('the PDF reader', () => {
  it('keeps the pages, the reading order and the text, without running header, footer or page numbers', () => {
    expect(doc.pages?.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(doc.title).toBe('日俄能源關係');
    expect(doc.raw).not.toContain('能源地緣政治評論');
    expect(doc.raw).not.toMatch(/^- \d+ -$/m);
    const order = Array.from({ length: 18 }, (_, i) => doc.raw.indexOf(`第${i + 1}段`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Printed line breaks inside a sentence are joined.
    expect(sentenceWith('第7段')?.text).toBe('第7段:日本三井物產參與北極液化天然氣二號計畫,美國對該計畫實施制裁。'.normalize('NFKC'));
  });

  it('puts each sentence on its printed page', () => {
    expect(pageAt(doc, (sentenceWith('第1段') ?? { start: -1 }).start)).toBe(1);
    expect(pageAt(doc, (sentenceWith('第9段') ?? { start: -1 }).start)).toBe(2);
    expect(pageAt(doc, (sentenceWith('第18段') ?? { start: -1 }).start)).toBe(3);
  });

  it('recognises the footnote at the page end as the source of the sentence that cites it', () => {
    const cited = doc.sentences.find((s) => s.text.includes('第9段') || (s.sourceIds ?? []).length > 0);
    const citing = doc.sentences.filter((s) => (s.sourceIds ?? []).length > 0);
    expect(citing).toHaveLength(1);
    expect(citing[0].text).toContain('實施制裁');
    expect(cited).toBeDefined();
    expect(doc.sources).toHaveLength(1);
    expect(doc.sources[0].text).toContain('服部倫卓');
    expect(doc.sources[0].date).toMatch(/2022/);
    // The footnote is not body text.
    expect(doc.sentences.some((s) => s.text.includes('服部倫卓'))).toBe(false);
  });

  it('points every sentence at its own place in the text the document view shows', () => {
    for (const s of doc.sentences) {
      const shown = doc.raw.slice(s.start, s.end).replace(/[\s¹]/g, '').normalize('NFKC');
      expect(shown).toBe(s.text.replace(/\s/g, '').normalize('NFKC'));
    }
  });

  it('skips a PDF without a text layer, with the reason', async () => {
    const file = path.join(dir, 'scan.pdf');
    const square = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#888"/></svg>';
    fs.writeFileSync(file, await printPdf(`<html><body><img src="data:image/svg+xml;base64,${Buffer.from(square).toString('base64')}"></body></html>`));
    const result = await loadFile(file);
    expect(result).toEqual({ ok: false, skipped: { path: file, reason: 'no text layer (scanned?)' } });
  }, 60_000);

  it('skips a file that only claims to be a PDF, and the next file still reads', async () => {
    const broken = path.join(dir, 'broken.pdf');
    fs.writeFileSync(broken, '%PDF-1.7\nnot really a PDF\n');
    const result = await loadFile(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.skipped.reason).toMatch(/^unreadable PDF: /);
    expect((await loadFile(path.join(dir, 'paper.pdf'))).ok).toBe(true);
  }, 60_000);
});
