import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImportFiles } from '../../../graph/bulk/importFiles';
import type { DocumentWrite } from '../../../graph/ingest/types';

/** The import files hold the graph the writer leaves: first names, last edge properties, evidence counts. */

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function doc(id: string, over: Partial<DocumentWrite>): DocumentWrite {
  return {
    document: { id, title: id, author: null, path: `/${id}.txt`, lang: 'en', chars: 1, hash: id, encoding: 'utf-8', text: 'x', mentionSpans: '[]', mentionWindows: [], minhash: [1, 2] },
    entities: [],
    mentions: [],
    relations: [],
    evidence: [],
    sources: [],
    ...over,
  };
}

const readAll = (prefix: string) =>
  fs.readdirSync(dir).filter((f) => f.startsWith(prefix)).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');

describe('ImportFiles', () => {
  it('keeps the first name, adds up aliases and mentions, keeps the last statement of an edge and drops an edge without evidence', () => {
    const files = new ImportFiles(dir, (aliases) => aliases.join(' | '));
    const ent = (id: string, name: string, aliases: string[]) => ({ id, type: 'Firm', name, nameEn: null, aliases });
    const rel = (id: string, confidence: number) => ({ id, type: 'SUPPLIES', subject: 'a', object: 'b', props: { date: null, resource: 'gas' }, confidence, method: 'rule', inferred: false });
    files.add(doc('d1', {
      entities: [ent('a', 'Alpha', ['Alpha']), ent('b', 'Beta', ['Beta'])],
      mentions: [{ entityId: 'a', count: 2 }, { entityId: 'b', count: 1 }],
      relations: [rel('r1', 0.5), rel('r2', 0.9)],
      evidence: [{ id: 'ev1', relId: 'r1', sentence: 'Alpha supplies Beta.', start: 0, end: 20, sectionPath: [], sourceIds: [] }],
    }));
    files.add(doc('d2', {
      entities: [ent('a', 'Alpha Corp', ['Alpha Corp'])],
      mentions: [{ entityId: 'a', count: 3 }],
      relations: [rel('r1', 0.7)],
      evidence: [{ id: 'ev2', relId: 'r1', sentence: 'Again.', start: 0, end: 6, sectionPath: ['1'], sourceIds: [] }],
    }));
    const set = files.finish();
    expect(set.counts).toEqual({ documents: 2, evidence: 2, sources: 0, mentions: 3, entities: 2, relations: 1 });
    const entities = readAll('entities');
    expect(entities).toContain('"a","Entity\u001fFirm","Firm","Alpha","Alpha\u001fAlpha Corp","Alpha | Alpha Corp",5');
    const edges = readAll('edges');
    expect(edges).toContain('"a","b","SUPPLIES","r1","extracted","gas",0.7,"rule",false,2');
    expect(edges).not.toContain('r2');
    expect(set.emptyLists).toEqual(expect.arrayContaining([{ label: 'Document', key: 'mentionWindows', ids: ['d1', 'd2'] }, { label: 'Evidence', key: 'sectionPath', ids: ['ev1'] }]));
    expect(set.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
  });
});
