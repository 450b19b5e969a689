import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARRAY_DELIMITER, CsvGroup } from '../../../graph/bulk/csv';

/** The import files neo4j-admin reads: typed headers, quoted text, one file per shape of row. */

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-csv-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('CsvGroup', () => {
  it('types each column by its value, quotes text (quotes doubled, lines kept) and leaves nulls out', () => {
    const group = new CsvGroup(dir, 'evidence', 'nodes');
    group.add({ 'id:ID(Evidence)': 'e1', ':LABEL': 'Evidence' }, { sentence: 'He said "no"\nthen left', start: 3, count: 7n, ok: true, page: null, path: ['A', 'B'], sig: [1, 2.5] }, 'e1');
    const [file] = group.close();
    const text = fs.readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('id:ID(Evidence),:LABEL,sentence:string,start:double,count:long,ok:boolean,path:string[],sig:double[]');
    expect(text).toContain(`"e1","Evidence","He said ""no""\nthen left",3,7,true,"A${ARRAY_DELIMITER}B",1${ARRAY_DELIMITER}2.5`);
  });

  it('puts rows of another shape in a file of their own and remembers empty lists, which CSV cannot hold', () => {
    const group = new CsvGroup(dir, 'documents', 'nodes');
    group.add({ 'id:ID(Document)': 'd1' }, { title: 'One', author: 'A' }, 'd1');
    group.add({ 'id:ID(Document)': 'd2' }, { title: 'Two', author: null, windows: [] }, 'd2');
    group.add({ 'id:ID(Document)': 'd3' }, { title: 'Three', author: 'C' }, 'd3');
    const files = group.close();
    expect(files).toHaveLength(2);
    expect(fs.readFileSync(files[0], 'utf8').trim().split('\n')).toHaveLength(3);
    expect(group.emptyLists.get('windows')).toEqual(['d2']);
  });

  it('refuses text holding the list separator rather than split it', () => {
    const group = new CsvGroup(dir, 'entities', 'nodes');
    expect(() => group.add({ 'id:ID(Entity)': 'x' }, { name: `a${ARRAY_DELIMITER}b` })).toThrow(/separator/);
    group.close();
  });
});
