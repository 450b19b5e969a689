import path from 'node:path';
import type { BenchArgs } from './args';
import { startSampleNeo4j } from './lib/sampleGraph';
import { startApi } from './lib/apiServer';
import { outDir, saveSection, table } from './lib/results';
import { fuzzApi } from './fuzz/apiFuzz';
import { fuzzIngest } from './fuzz/ingestFuzz';
import { sampleEntityPool } from '../graph/bench/pools';
import { relationIdsForLoad } from '../graph/bench/relationIds';
import { documentsPresent, graphCounts } from '../graph/bench/floorLoad';
import { documentId } from '../ingest/meta';

/** `bench fuzz`: thousands of hostile API requests, then hostile files through the ingest command. */
export async function benchFuzz(args: BenchArgs): Promise<void> {
  const started = performance.now();
  const cases = args.quick ? Math.min(500, args.fuzzCases) : args.fuzzCases;
  const neo = await startSampleNeo4j();
  try {
    const ids = [...(await sampleEntityPool(neo.graph, 20)).ids, ...(await relationIdsForLoad(neo.graph, 20))];
    const api = await startApi(neo.graph);
    let apiReport;
    try {
      apiReport = await fuzzApi(api.base, cases, ids);
    } finally {
      await api.close();
    }
    console.log(`  API: ${apiReport.cases} cases, statuses ${JSON.stringify(apiReport.byStatus)}, ${apiReport.failures.length} failures`);

    const before = await graphCounts(neo.graph);
    const fuzzDir = path.join(outDir, 'ingest-fuzz');
    const ingestReport = await fuzzIngest(fuzzDir, args.quick ? 5 : 50, neo.graph.config);
    const after = await graphCounts(neo.graph);
    // Every file the report calls ingested is in the graph (the database may hold them from an
    // earlier run already: same content, same document, written once).
    const ingested = ingestReport.files.filter((f) => f.outcome === 'ingested').map((f) => documentId(path.join(fuzzDir, f.name)));
    const present = await documentsPresent(neo.graph, ingested);
    console.log(`  ingest: exit ${ingestReport.exitCode}, ${ingestReport.files.filter((f) => f.asExpected).length}/${ingestReport.files.length} as expected`);
    const apiPass = apiReport.failures.length === 0 && apiReport.serverUpAfter;
    const ingestPass = ingestReport.completed && ingestReport.exitCode === 1 && ingestReport.files.every((f) => f.asExpected) && present === ingested.length;
    const markdown = [
      '### API',
      '',
      `**${apiPass ? 'PASS' : 'FAIL'}**: ${apiReport.cases} generated requests (seeded) over every route: Lucene and Cypher syntax, quotes, NUL,`,
      'broken percent-encoding, huge and negative numbers, unknown and hostile ids, 1 MB and broken JSON bodies, wrong content',
      `types, bad tokens and cookies. Answers: ${Object.entries(apiReport.byStatus).sort().map(([s, n]) => `${s === '0' ? 'no answer' : s}: ${n}`).join(', ')}.`,
      `Server up afterwards: ${apiReport.serverUpAfter ? 'yes' : 'NO'}. Failures are 500s (or other 5xx but 503) and requests not answered within 120 s;`,
      `503 (database busy: a query hit its time limit) counted apart: ${apiReport.byStatus[503] ?? 0}.`,
      ...(apiReport.failures.length ? ['', 'Failures (first 15):', '', table(['request', 'status', 'answer'], apiReport.failures.slice(0, 15).map((f) => [`${f.method} \`${f.path.slice(0, 120).replace(/\|/g, '%7C')}\``, f.status, (f.error ?? '').slice(0, 120).replace(/\|/g, '/')]))] : []),
      '',
      '### Ingest',
      '',
      `**${ingestPass ? 'PASS' : 'FAIL'}**: \`npm run ingest\` over ${ingestReport.files.length} files in one folder; exit code ${ingestReport.exitCode}`,
      `(1 = some skipped); the run ${ingestReport.completed ? 'finished on its own' : 'did NOT finish'}; documents in the graph ${before.documents} → ${after.documents}.`,
      '',
      table(['file', 'what', 'outcome', 'reason given', 'as expected'], ingestReport.files.map((f) => [f.name, f.what, f.outcome, f.reason ?? '', f.asExpected ? 'yes' : 'NO'])),
    ].join('\n');
    saveSection({ name: 'fuzz', title: 'Fuzzing', seconds: (performance.now() - started) / 1000, markdown, data: { api: apiReport, ingest: ingestReport, before, after } });
  } finally {
    await neo.close();
  }
}
