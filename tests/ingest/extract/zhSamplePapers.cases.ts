import path from 'node:path';
import { sampleCorpusDir } from '../../../ingest/corpus';
import { extractGraph } from '../../../ingest/extract';
import type { IngestDocument } from '../../../ingest/model';
import { prepareDocument } from '../../../ingest/pipeline';
import { relation } from './helpers';

/** Chinese relations of the two sample papers that were once read wrongly. */

const docs = new Map<string, IngestDocument>();

beforeAll(async () => {
  for (const file of ['000_80306e837f2edb1f.txt', '001_f8cad53052893a76.txt', '002_78d6b60161a582b5.txt', '003_de7e3ed9aac2a254.txt']) {
    const doc = await prepareDocument(path.join(sampleCorpusDir, file));
    extractGraph(doc);
    docs.set(file.slice(0, 3), doc);
  }
});

const paper2022 = () => docs.get('000')!;
const paper2025 = () => docs.get('003')!;

test('Japanese firms acquiring Sakhalin rights is not Russia acquiring them', () => {
  for (const project of ['sakhalin-1', 'sakhalin-2']) expect(relation(paper2022(), 'russia', 'ACQUIRES', project)).toBeUndefined();
});

test('Russia not partnering with China alone on Arctic LNG 2 is no cooperation', () => {
  expect(relation(paper2022(), 'arctic-lng-2', 'COOPERATES_WITH', 'china') ?? relation(paper2022(), 'china', 'COOPERATES_WITH', 'arctic-lng-2')).toBeUndefined();
});

test('a bribery prosecution is not a sanction', () => {
  expect(relation(paper2025(), 'us-department-of-justice', 'SANCTIONS', 'marubeni')).toBeUndefined();
});

test('该项目 after an unnamed project does not reach back to the Olaroz lithium project', () => {
  const wrong = paper2025().relations.filter((r) => r.subject === 'olaroz-lithium-project' && r.type === 'PRODUCES' && r.object === 'natural-gas');
  expect(wrong).toEqual([]);
});

test('a deputy prime minister does not lead Russia', () => {
  expect(relation(paper2022(), 'yuri-trutnev', 'LEADS', 'russia')).toBeUndefined();
});

test('the 48.8% dependence of Japan is on Australian LNG, not on coal', () => {
  expect(relation(paper2025(), 'japan', 'DEPENDS_ON', 'coal')).toBeUndefined();
  const australia = relation(paper2025(), 'japan', 'DEPENDS_ON', 'australia');
  expect(australia?.properties).toMatchObject({ share: 0.488, resource: 'lng' });
});

test('events of 2022 written without a year do not take 2014 from a look back', () => {
  const expels = relation(paper2022(), 'japan', 'EXPELS', 'russia');
  expect(expels?.date ?? '').not.toMatch(/^201/);
  for (const [person, state] of [['fumio-kishida', 'japan'], ['joe-biden', 'united-states']]) {
    expect(relation(paper2022(), person, 'LEADS', state)?.date ?? '').not.toMatch(/^201/);
  }
});

test('Mitsui and Mitsubishi, unlike Shell, ask to stay in Sakhalin-2 under its new operator', () => {
  for (const firm of ['mitsui-and-co', 'mitsubishi-corp']) {
    const stays = relation(paper2022(), firm, 'PARTICIPATES_IN', 'sakhalin-2');
    expect(stays?.method).toBe('rule:zh.participates.intent');
    expect(stays?.evidence[0].sentence).toContain('表達參加意願');
  }
  expect(relation(paper2022(), 'shell', 'WITHDRAWS_FROM', 'sakhalin-2')).toBeDefined();
});

test('Novatek written with its legal form (諾瓦泰克天然氣公司) is Novatek, found by its English name', () => {
  const paper = docs.get('001')!;
  const novatek = paper.entities.find((e) => e.aliases.includes('諾瓦泰克天然氣公司'));
  expect(novatek?.id).toBe('novatek');
  expect(novatek?.nameEn).toBe('Novatek');
});

test('no junk names: a verb after a title, generic words with a head, quoted epithets', () => {
  const names = ['001', '002'].flatMap((k) => docs.get(k)!.entities.flatMap((e) => [e.name, ...e.aliases]));
  for (const junk of ['彙報時', '軍事基地', '21 世紀的戰略能源基地', '戰略能源基地', '大國', '大國集團', '行動計劃', '區域戰略']) expect(names).not.toContain(junk);
});

test('variants of one name are one entity (地球儀外交 / 俯瞰地球儀外交); a bilateral trade agreement (双边贸易协定 / 协议) is a description, no entity', () => {
  const holding = (k: string, name: string) => docs.get(k)!.entities.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.id);
  expect(holding('002', '地球儀外交')).toEqual(holding('002', '俯瞰地球儀外交'));
  expect(holding('002', '地球儀外交')).toHaveLength(1);
  expect([...holding('003', '双边贸易协定'), ...holding('003', '双边贸易协议')]).toEqual([]);
});
