import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './lib/child';

/** The real documents the benchmarks read: the sample papers and the dev-set documents. */
export const realTextDirs = [path.join(projectRoot, 'data', 'corpus'), path.join(projectRoot, 'tests', 'fixtures', 'dev', 'docs')];

const DOCUMENT = /\.(txt|md|html)$/;

export function realTextFiles(): string[] {
  return realTextDirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => DOCUMENT.test(f) && f !== 'README.md')
      .sort()
      .map((f) => path.join(dir, f)),
  );
}
