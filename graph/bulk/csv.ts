import fs from 'node:fs';
import path from 'node:path';

/**
 * CSV files in the shape `neo4j-admin database import` reads: a typed header per file
 * (`name:double`, `aliases:string[]`, `:ID(Entity)`…), every string quoted with inner quotes
 * doubled, arrays joined with ARRAY_DELIMITER. Rows whose properties differ in which keys they
 * hold or in a value's type go to a file of their own, so a property is stored with the type the
 * transactional writer gives it (JS numbers travel as floats, bigints here as integers) and an
 * absent (null) property stays absent.
 */

/** A character no text of ours holds (the unit separator), between array elements and labels. */
export const ARRAY_DELIMITER = '\u001f';

export type CsvValue = string | number | bigint | boolean | string[] | number[] | null | undefined;

/** Columns the import reads as structure rather than properties: `:ID(Space)`, `:LABEL`… */
export type SpecialColumns = Record<string, string>;

function columnType(value: Exclude<CsvValue, null | undefined>): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'bigint') return 'long';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'double';
  return typeof value[0] === 'number' ? 'double[]' : 'string[]';
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A property's text: the separator would split it into a list. */
function text(value: string): string {
  if (value.includes(ARRAY_DELIMITER)) throw new Error(`a value holds the unit separator (U+001F), which the bulk import puts between list elements: ${JSON.stringify(value.slice(0, 60))}`);
  return value;
}

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return quoted(text(value));
  if (Array.isArray(value)) return typeof value[0] === 'number' ? (value as number[]).join(ARRAY_DELIMITER) : quoted((value as string[]).map(text).join(ARRAY_DELIMITER));
  return String(value);
}

class CsvFile {
  private chunks: string[] = [];
  private size = 0;
  private readonly fd: number;

  constructor(readonly file: string, header: string[]) {
    this.fd = fs.openSync(file, 'w');
    this.line(header.join(','));
  }

  line(text: string): void {
    this.chunks.push(text, '\n');
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }

  flush(): void {
    if (this.chunks.length > 0) fs.writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/**
 * The files of one kind of node or relationship (`nodes` with `--nodes`, or `relationships`),
 * one per shape of row.
 */
export class CsvGroup {
  private readonly files = new Map<string, CsvFile>();
  /** key → ids of rows whose value was an empty array. */
  readonly emptyLists = new Map<string, string[]>();

  constructor(readonly dir: string, readonly name: string, readonly kind: 'nodes' | 'relationships') {}

  /** `special`: structure columns with their values; `props`: the properties (null: absent). */
  add(special: SpecialColumns, props: Record<string, CsvValue>, emptyListOwner?: string): void {
    const keys: string[] = [];
    const types: string[] = [];
    for (const [key, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      if (Array.isArray(value) && value.length === 0) {
        if (emptyListOwner !== undefined) (this.emptyLists.get(key) ?? this.emptyLists.set(key, []).get(key)!).push(emptyListOwner);
        continue;
      }
      keys.push(key);
      types.push(columnType(value));
    }
    const specialNames = Object.keys(special);
    const header = [...specialNames, ...keys.map((k, i) => `${k}:${types[i]}`)];
    const signature = header.join(',');
    let file = this.files.get(signature);
    if (!file) {
      file = new CsvFile(path.join(this.dir, `${this.name}-${this.files.size + 1}.csv`), header);
      this.files.set(signature, file);
    }
    file.line([...specialNames.map((n) => quoted(special[n])), ...keys.map((k) => field(props[k]))].join(','));
  }

  close(): string[] {
    for (const f of this.files.values()) f.close();
    return [...this.files.values()].map((f) => f.file);
  }
}
