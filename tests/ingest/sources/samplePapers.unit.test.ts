import path from 'node:path';
import { sampleCorpusDir } from '../../../ingest/corpus';
import { extractGraph } from '../../../ingest/extract';
import type { Evidence, IngestDocument } from '../../../ingest/model';
import { prepareDocument } from '../../../ingest/pipeline';
import { citeSources } from '../../../ingest/sources';
import { plainCitation } from '../../../ingest/sources/parse';

/** Evidence → its sources, on the four sample papers as the ingest reads them. */

const docs = new Map<string, IngestDocument>();
beforeAll(async () => {
  for (const file of ['000_80306e837f2edb1f.txt', '001_f8cad53052893a76.txt', '002_78d6b60161a582b5.txt', '003_de7e3ed9aac2a254.txt']) {
    const doc = await prepareDocument(path.join(sampleCorpusDir, file));
    extractGraph(doc);
    citeSources(doc);
    docs.set(file.slice(0, 3), doc);
  }
});

const evidenceOf = (doc: IngestDocument): Evidence[] => doc.relations.flatMap((r) => r.evidence).filter((e) => e.documentId === doc.id);
const sourceText = (doc: IngestDocument, id: string): string => doc.sources.find((s) => s.id === id)?.text ?? '';

test('the wheat sentence of the simplified-Chinese paper cites only the footnote whose marker stands in it', () => {
  const doc = docs.get('003')!;
  const wheat = evidenceOf(doc).filter((e) => e.sentence.includes('进口小麦的 41.5%'));
  expect(wheat.length).toBeGreaterThan(0);
  for (const evidence of wheat) {
    expect(evidence.sourceIds).toHaveLength(1);
    // The marker ① after the sentence's end points at the next page's footnote ①, not at the block ①–⑤ the sentence runs through.
    expect(sourceText(doc, evidence.sourceIds[0])).toMatch(/^「農林水産物輸出入概況/);
  }
});

test('in every sample paper each evidence sentence cites exactly the footnotes whose markers stand in it', () => {
  for (const [name, doc] of docs) {
    const sentenceAt = (e: Evidence) => doc.sentences.find((s) => s.start === e.start && s.end === e.end);
    let checked = 0;
    for (const evidence of evidenceOf(doc)) {
      const sentence = sentenceAt(evidence);
      if (!sentence) continue;
      checked++;
      expect({ name, sentence: sentence.text, sources: [...evidence.sourceIds].sort() }).toEqual({ name, sentence: sentence.text, sources: [...(sentence.sourceIds ?? [])].sort() });
      // Never more sources than markers: one footnote per marker occurrence.
      expect(evidence.sourceIds.length).toBeLessThanOrEqual(sentence.footnoteMarkers.length);
      for (const id of evidence.sourceIds) expect(sentence.footnoteMarkers).toContain(doc.sources.find((s) => s.id === id)?.marker);
    }
    expect(checked).toBeGreaterThan(10);
  }
  const most = Math.max(...[...docs.values()].flatMap((d) => evidenceOf(d).map((e) => e.sourceIds.length)));
  expect(most).toBeLessThanOrEqual(3);
});

test('source URLs keep the characters Markdown escaped', () => {
  const doc = docs.get('003')!;
  const urls = doc.sources.map((s) => s.url).filter((u): u is string => u !== undefined);
  expect(urls).toContain('https://www.meti.go.jp/shingikai/enecho/shoene_shinene/suiso_seisaku/pdf/20230606_2.pdf');
  expect(urls).toContain('https://www.meti.go.jp/shingikai/enecho/shigen_nenryo/pdf/036_03_00.pdf');
  expect(urls.filter((u) => u.includes('\\'))).toEqual([]);
  expect(doc.sources.filter((s) => /\\|\]\(/.test(s.text)).map((s) => s.text)).toEqual([]);
});

test('a Markdown link in a citation becomes its target, escapes undone', () => {
  expect(plainCitation('「水素」、[https://x.jp/a\\_b.pdf](https://x.jp/a_b.pdf) [2024-07-15]。')).toBe('「水素」、https://x.jp/a_b.pdf [2024-07-15]。');
  expect(plainCitation('see [the report](https://x.jp/r) and a\\*b')).toBe('see the report https://x.jp/r and a*b');
});
