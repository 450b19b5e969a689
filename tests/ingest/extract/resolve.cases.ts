import fs from 'node:fs';
import path from 'node:path';
import { buildLexicon, loadLexicon, parseLexiconFile } from '../../../ingest/extract/lexicon';
import { resolveEntities, type NamedMention } from '../../../ingest/extract/resolve';
import { lexiconDir } from '../../../ingest/extract/data';

const mention = (name: string, type: string, extra: Partial<NamedMention> = {}): NamedMention => ({ surface: name, name, type, ...extra });

describe('resolve: one entity per thing', () => {
  const lexicon = loadLexicon();

  test('traditional, simplified, Japanese and English names of a lexicon entity are one entity', () => {
    const ms = [mention('三井物產', 'Firm'), mention('三井物产', 'Firm'), mention('三井物産', 'Firm'), mention('Mitsui & Co.', 'Firm')];
    const entities = resolveEntities(lexicon, ms);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ id: 'mitsui-and-co', nameEn: 'Mitsui & Co.', mentions: 4 });
  });

  test('a paired name joins its entity; the id comes from the English name', () => {
    const ms = [mention('卡斯卡迪亞能源', 'Firm', { pairedName: 'Cascadia Energy' }), mention('卡斯卡迪亞能源', 'Firm'), mention('卡斯卡迪亚能源', 'Firm')];
    const entities = resolveEntities(lexicon, ms);
    expect(entities).toHaveLength(1);
    expect(entities[0].id).toBe('cascadia-energy');
    expect(entities[0].aliases).toEqual(expect.arrayContaining(['卡斯卡迪亞能源', '卡斯卡迪亚能源', 'Cascadia Energy']));
  });

  test('a person named with and without the given name is one person', () => {
    const ms = [mention('Ivan Petrovsky', 'Person'), mention('Petrovsky', 'Person')];
    expect(resolveEntities(lexicon, ms)).toHaveLength(1);
  });

  test('an acronym joins the entity whose English name it abbreviates', () => {
    const ms = [mention('北方能源署', 'Organization', { pairedName: 'Northern Energy Agency' }), mention('NEA', 'Organization')];
    expect(resolveEntities(lexicon, ms)).toHaveLength(1);
  });

  test('the same name resolves to the same id in every document', () => {
    const a = resolveEntities(lexicon, [mention('無名礦業公司', 'Firm')]);
    const b = resolveEntities(lexicon, [mention('无名矿业公司', 'Firm')]);
    expect(a[0].id).toBe(b[0].id);
    expect(a[0].id).toMatch(/^n-[0-9a-f]{12}$/);
  });
});

describe('lexicon', () => {
  test('every line has a key, a known type, an English name and names; keys are unique', () => {
    const files = fs.readdirSync(lexiconDir).filter((f) => f.endsWith('.tsv'));
    const entries = files.flatMap((f) => parseLexiconFile(fs.readFileSync(path.join(lexiconDir, f), 'utf8'), f));
    expect(entries.length).toBeGreaterThan(300);
    expect(() => buildLexicon(entries)).not.toThrow();
  });

  test('lines list entities only: at most five columns, no relation words', () => {
    for (const f of fs.readdirSync(lexiconDir).filter((x) => x.endsWith('.tsv'))) {
      for (const line of fs.readFileSync(path.join(lexiconDir, f), 'utf8').split('\n')) {
        if (!line.trim() || line.startsWith('#')) continue;
        expect(line.split('\t').length).toBeLessThanOrEqual(5);
        expect(line).not.toMatch(/HOLDS_STAKE_IN|SANCTIONS|MEMBER_OF|LOCATED_IN|PART_OF/);
      }
    }
  });

  test('a bad line is reported with its file and line number', () => {
    expect(() => parseLexiconFile('x\tNoSuchType\tX\tx', 'bad.tsv')).toThrow(/bad\.tsv:1: unknown entity type/);
  });
});
