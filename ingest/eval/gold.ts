import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SetupError } from '../../graph/neo4j/errors';

/** Gold annotations of one document (the format of tests/fixtures/gold). */
const GoldFile = z.object({
  doc: z.string().min(1),
  lang: z.string(),
  entities: z.array(z.object({ key: z.string(), type: z.string(), names: z.array(z.string()), core: z.boolean().optional() })),
  relations: z.array(z.object({ s: z.string(), p: z.string(), o: z.string(), quote: z.string().optional() }).passthrough()),
});
export type Gold = z.infer<typeof GoldFile>;

export function readGoldDir(dir: string): Gold[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new SetupError(`gold directory not found: ${dir}`, 'Give --gold a directory of gold .json files (e.g. tests/fixtures/gold).');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new SetupError(`no gold .json files in ${dir}`, 'Give --gold a directory of gold .json files (e.g. tests/fixtures/gold).');
  return files.map((f) => {
    const parsed = GoldFile.safeParse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    if (!parsed.success) throw new SetupError(`${f}: not a gold file: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`, 'Fix or remove that file; ingest/eval/README.md describes the gold format.');
    return parsed.data;
  });
}
