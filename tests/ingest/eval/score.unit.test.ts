import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Gold } from '../../../ingest/eval/gold';
import { overall, scoreDocument } from '../../../ingest/eval/score';
import { extractText } from '../extract/helpers';

const root = path.resolve(__dirname, '..', '..', '..');
// What `npm run eval` runs, without npx finding tsx again for every run (a second or more of CPU each).
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

describe('scoring against gold', () => {
  const doc = extractText('2023年11月，美國將北極液化天然氣2號納入制裁範圍。該項目由三井物產持有10%的股權。');
  const gold: Gold = {
    doc: 'invented.txt',
    lang: 'zh-Hant',
    entities: [
      { key: 'united-states', type: 'State', names: ['美國', 'United States'] },
      { key: 'arctic-lng-2', type: 'Project', names: ['北極液化天然氣 2 號', 'Arctic LNG 2'] },
      { key: 'mitsui-and-co', type: 'Firm', names: ['三井物產'] },
      { key: 'novatek', type: 'Firm', names: ['諾瓦泰克'] },
    ],
    relations: [
      { s: 'united-states', p: 'SANCTIONS', o: 'arctic-lng-2', quote: '美國將北極液化天然氣2號納入制裁範圍' },
      { s: 'mitsui-and-co', p: 'HOLDS_STAKE_IN', o: 'arctic-lng-2', quote: '該項目由三井物產持有10%的股權' },
      { s: 'novatek', p: 'DEVELOPS', o: 'arctic-lng-2', quote: '諾瓦泰克開發' },
    ],
  };

  test('entities match by any name (script, spaces and case ignored) and type', () => {
    const score = scoreDocument(doc, gold);
    expect(score.entities.tp).toBe(3);
    expect(score.entities.gold).toBe(4);
    expect(score.entities.recall).toBeCloseTo(0.75);
  });

  test('relations match by subject, type and object; evidence holds the quote', () => {
    const score = scoreDocument(doc, gold);
    expect(score.relations.tp).toBe(2);
    expect(score.relations.recall).toBeCloseTo(2 / 3);
    expect(score.evidence).toEqual({ exact: 2, matched: 2 });
    expect(score.missedRelations).toEqual([expect.stringContaining('novatek DEVELOPS arctic-lng-2')]);
    expect(overall([score]).relations.tp).toBe(2);
  });

  test('a wrong type is no match', () => {
    const wrongType: Gold = { ...gold, entities: gold.entities.map((e) => ({ ...e, type: 'Place' })) };
    expect(scoreDocument(doc, wrongType).entities.tp).toBe(0);
  });
});

describe('npm run eval', () => {
  test('scores the gold fixtures per document and overall', () => {
    const out = execFileSync(tsx, ['bin/eval.ts', '--gold', 'tests/fixtures/gold'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/000_80306e837f2edb1f\.txt/);
    expect(out).toMatch(/003_de7e3ed9aac2a254\.txt/);
    expect(out).toMatch(/overall/);
  }, 120000);

  test('without --gold it scores every gold set: per document, per language and overall', () => {
    const out = execFileSync(tsx, ['bin/eval.ts'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/000_80306e837f2edb1f\.txt/);
    expect(out).toMatch(/14-russia-india-oil\.en\.txt/);
    for (const lang of ['en', 'ja', 'ru', 'zh-Hans', 'zh-Hant']) expect(out).toMatch(new RegExp(`language ${lang} `));
    expect(out).toMatch(/overall/);
  }, 120000);

  test('a missing gold directory is said and exits non-zero', () => {
    const missing = spawnSync(tsx, ['bin/eval.ts', '--gold', path.join(os.tmpdir(), 'no-such-gold-dir')], { cwd: root, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/gold directory not found/);
  }, 60000);

  test('a malformed gold file is named in the error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gold-'));
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ doc: 'x.txt', lang: 'en', entities: 'no' }));
    const run = spawnSync(tsx, ['bin/eval.ts', '--gold', dir], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.json: not a gold file/);
    fs.rmSync(dir, { recursive: true });
  }, 60000);
});
