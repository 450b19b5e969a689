import path from 'node:path';
import { sampleCorpusDir } from '../../../ingest/corpus';
import { extractGraph } from '../../../ingest/extract';
import type { IngestDocument } from '../../../ingest/model';
import { prepareDocument } from '../../../ingest/pipeline';

/** The done-when checks of extraction, on the sample corpus as shipped. */

const docs = new Map<string, IngestDocument>();

beforeAll(async () => {
  for (const file of ['000_80306e837f2edb1f.txt', '003_de7e3ed9aac2a254.txt']) {
    const doc = await prepareDocument(path.join(sampleCorpusDir, file));
    extractGraph(doc);
    docs.set(file.slice(0, 3), doc);
  }
});

const paper2025 = () => docs.get('003')!;
const paper2022 = () => docs.get('000')!;

test('Mitsui & Co. holds a 10% stake in Arctic LNG 2, with the sentence of the 2025 paper', () => {
  const stake = paper2025().relations.find((r) => r.subject === 'mitsui-and-co' && r.type === 'HOLDS_STAKE_IN' && r.object === 'arctic-lng-2');
  expect(stake?.properties.share).toBe(0.1);
  expect(stake?.evidence[0].documentId).toBe(paper2025().id);
  expect(stake?.evidence[0].sentence).toContain('三井物产公司持有10%的股权');
  const raw = paper2025().raw.slice(stake!.evidence[0].start, stake!.evidence[0].end);
  expect(raw).toContain('三井物产公司持有10%的股权');
});

test('the United States sanctions Arctic LNG 2 from 2023-11, with its sentence', () => {
  const sanction = paper2025().relations.find((r) => r.subject === 'united-states' && r.type === 'SANCTIONS' && r.object === 'arctic-lng-2');
  expect(sanction?.date).toBe('2023-11');
  expect(sanction?.evidence[0].sentence).toContain('纳入制裁范围');
});

test('北極液化天然氣 2 號（Arctic LNG 2） in the 2022 paper is the same Arctic LNG 2 entity', () => {
  const entity = paper2022().entities.find((e) => e.aliases.includes('北極液化天然氣 2 號'));
  expect(entity?.id).toBe('arctic-lng-2');
  expect(entity?.aliases).toContain('Arctic LNG 2');
  expect(paper2025().entities.some((e) => e.id === 'arctic-lng-2')).toBe(true);
});

test('三井物產 and 三井物产 are one entity', () => {
  const traditional = paper2022().entities.find((e) => e.aliases.includes('三井物產'));
  const simplified = paper2025().entities.find((e) => e.aliases.some((a) => a.startsWith('三井物产')));
  expect(traditional?.id).toBe('mitsui-and-co');
  expect(simplified?.id).toBe(traditional?.id);
});

test('普欽, 普京 and Vladimir Putin are one person', () => {
  const putin = paper2022().entities.find((e) => e.aliases.includes('普欽'));
  expect(putin?.type).toBe('Person');
  expect(putin?.aliases).toEqual(expect.arrayContaining(['普欽', '普京', 'Vladimir Putin']));
  expect(paper2022().entities.filter((e) => e.type === 'Person' && e.aliases.includes('Vladimir Putin'))).toHaveLength(1);
});

test('every edge has evidence and a type pair the ontology allows; RELATED_TO only inferred', () => {
  for (const doc of docs.values()) {
    const types = new Map(doc.entities.map((e) => [e.id, e.type]));
    for (const r of doc.relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(types.has(r.subject) && types.has(r.object)).toBe(true);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.method).toBeTruthy();
      if (r.type === 'RELATED_TO') expect(r.inferred).toBe(true);
      else expect(r.inferred).toBeUndefined();
    }
  }
});

test('nothing is extracted from footnotes and reference lists', () => {
  for (const doc of docs.values()) {
    const notes = doc.sections.filter((s) => s.kind === 'footnotes' || s.kind === 'references');
    for (const m of doc.mentions) expect(notes.some((s) => s.start <= m.start && m.start < s.end)).toBe(false);
  }
});

test('entity ids are stable and URL-safe', () => {
  for (const doc of docs.values()) for (const e of doc.entities) expect(e.id).toMatch(/^[A-Za-z0-9._:-]+$/);
});
