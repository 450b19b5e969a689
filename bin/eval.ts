import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SetupError, UsageError } from '../graph/neo4j/errors';
import { sampleCorpusDir } from '../ingest/corpus';
import { readGoldDir, type Gold } from '../ingest/eval/gold';
import type { DocumentScore, Prf } from '../ingest/eval/score';
import { EXIT, runTool, type ToolOutcome } from './runner';

/**
 * npm run eval [-- --gold DIR --docs DIR] [--set dev|heldout] [--verbose] [--json FILE]
 * Extracts each gold document (dry run: nothing is written) and scores it against its gold file,
 * per document, per language and overall. Without --gold it scores the sample papers and the
 * news-style dev documents; `--set heldout` scores instead the documents written after the rules
 * (tests/fixtures/heldout), the honest measure of how extraction does on text it was not fitted to.
 */

const usage = 'Usage: npm run eval [-- --gold DIR [--docs DIR]] [--set dev|heldout] [--verbose] [--only SUBSTRING] [--json FILE]';

const fixtures = path.resolve(__dirname, '..', 'tests', 'fixtures');
/** The gold sets scored by default: where their gold lies and where their documents lie. */
const DEFAULT_SETS = [
  { gold: path.join(fixtures, 'gold'), docs: sampleCorpusDir },
  { gold: path.join(fixtures, 'dev', 'gold'), docs: path.join(fixtures, 'dev', 'docs') },
];
/** Named gold sets for --set: dev is the default above; heldout was written after the rules. */
const NAMED_SETS: Record<string, typeof DEFAULT_SETS> = {
  dev: DEFAULT_SETS,
  heldout: [{ gold: path.join(fixtures, 'heldout', 'gold'), docs: path.join(fixtures, 'heldout', 'docs') }],
};

async function evaluate(argv: string[]): Promise<ToolOutcome> {
  let args;
  try {
    args = parseArgs({ args: argv, options: { gold: { type: 'string' }, docs: { type: 'string' }, verbose: { type: 'boolean', short: 'v' }, json: { type: 'string' }, only: { type: 'string' }, set: { type: 'string' } } }).values;
  } catch (e) {
    throw new UsageError((e as Error).message, usage);
  }
  if (args.set !== undefined && !(args.set in NAMED_SETS)) throw new UsageError(`unknown --set ${args.set} (known: ${Object.keys(NAMED_SETS).join(', ')})`, usage);
  const sets = args.gold ? [{ gold: path.resolve(args.gold), docs: path.resolve(args.docs ?? sampleCorpusDir) }] : NAMED_SETS[args.set ?? 'dev'];
  const work: { gold: Gold; file: string }[] = [];
  for (const set of sets) {
    for (const gold of readGoldDir(set.gold)) {
      if (args.only && !gold.doc.includes(args.only)) continue;
      const file = path.join(set.docs, gold.doc);
      if (!fs.existsSync(file)) throw new SetupError(`${gold.doc}: document not found in ${set.docs}`, 'Give --docs the folder that holds the gold set\'s documents.');
      work.push({ gold, file });
    }
  }
  // Loaded only once the arguments are good: the lexicon and segmenter take a moment.
  const { prepareDocument } = await import('../ingest/pipeline');
  const { extractGraph } = await import('../ingest/extract');
  const { overall, scoreDocument } = await import('../ingest/eval/score');
  const scores: (DocumentScore & { lang: string })[] = [];
  let chars = 0;
  let seconds = 0;
  let cpuSeconds = 0;
  for (const { gold, file } of work) {
    const doc = await prepareDocument(file);
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    extractGraph(doc);
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    cpuSeconds += (c.user + c.system) / 1e6;
    chars += doc.raw.length;
    scores.push({ ...scoreDocument(doc, gold), lang: gold.lang });
  }
  const line = (label: string, e: Prf, r: Prf, ev: { exact: number; matched: number }) =>
    `${label.padEnd(40)} ${fmt(e)}   ${fmt(r)}   ${ev.exact}/${ev.matched}`;
  console.log(`${'document'.padEnd(40)} entities P / R / F1 (pred/gold)     relations P / R / F1 (pred/gold)    evidence exact`);
  for (const s of scores) console.log(line(s.doc, s.entities, s.relations, s.evidence));
  console.log('');
  const langs = [...new Set(scores.map((s) => s.lang))].sort();
  const byLang = Object.fromEntries(langs.map((l) => [l, overall(scores.filter((s) => s.lang === l))]));
  for (const l of langs) console.log(line(`language ${l}`, byLang[l].entities, byLang[l].relations, byLang[l].evidence));
  const all = overall(scores);
  console.log(line('overall (micro)', all.entities, all.relations, all.evidence));
  const mb = chars / 1e6;
  console.log(`extraction: ${chars} characters in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (${(mb / seconds).toFixed(3)} M chars/s; first document includes loading lexicon and segmenter)`);
  if (args.verbose) {
    for (const s of scores) {
      console.log(`\n== ${s.doc}: missed entities`);
      for (const m of s.missedEntities) console.log(`  - ${m}`);
      console.log(`== ${s.doc}: entities not in gold`);
      for (const w of s.wrongEntities) console.log(`  + ${w}`);
      console.log(`\n== ${s.doc}: missed relations`);
      for (const m of s.missedRelations) console.log(`  - ${m}`);
      console.log(`== ${s.doc}: relations not in gold`);
      for (const w of s.wrongRelations) console.log(`  + ${w}`);
    }
  }
  if (args.json) fs.writeFileSync(args.json, JSON.stringify({ documents: scores, languages: byLang, overall: all }, null, 2));
  return EXIT.ok;
}

function fmt(p: Prf): string {
  const pc = (x: number) => (x * 100).toFixed(1).padStart(5);
  return `${pc(p.precision)} / ${pc(p.recall)} / ${pc(p.f1)} (${p.predicted}/${p.gold})`;
}

runTool(evaluate);
