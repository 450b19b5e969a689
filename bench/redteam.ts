import type { BenchArgs } from './args';
import { startSampleNeo4j } from './lib/sampleGraph';
import { manyClientsAdmission, startApi } from './lib/apiServer';
import { saveSection, table } from './lib/results';
import { loadTargets } from './load';
import { fuzzApi } from './fuzz/apiFuzz';
import { admissionSettings } from '../server/admission';
import { mostConnectedEntity } from '../graph/bench/hub';
import { craftedDocuments } from './redteam/crafted';
import { authorisationMatrix } from './redteam/authMatrix';
import { readLoad } from './redteam/readLoad';
import { killNeo4j, killServer } from './redteam/kills';
import type { Check } from './redteam/check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JobQueue } from '../server/jobs/queue';
import { uploadWorkerScript } from '../ingest/upload';

/**
 * `bench redteam`: the probe of the "Hardening" issue replayed as a standing check. Crafted
 * documents, the authorisation matrix, hostile API input, the anonymous read crowd with health
 * latency measured during it, and kill -9 of Neo4j and of the server with the annotations
 * counted before and after. Prints a table, writes bench/RESULTS.md, and fails (exit 1) on any
 * defect. `--short` is the subset `.ci/run` runs after the tests, in a minute or two: every
 * check but the two kill -9 runs (the suite's recovery test kills Neo4j and its owner), with
 * `--quick`'s sizes; its figures go to a section of their own.
 */
export async function benchRedteam(args: BenchArgs): Promise<void> {
  const started = performance.now();
  const quick = args.quick || args.short;
  const seconds = quick ? 10 : 30;
  const checks: Check[] = [];
  const figures: Record<string, unknown> = {};
  let requests = 0;

  console.log('  crafted documents…');
  checks.push(...(await craftedDocuments()));

  const neo = await startSampleNeo4j({ restartOnCrash: true });
  try {
    const hub = await mostConnectedEntity(neo.graph);
    if (!hub) throw new Error('The sample graph has no entities.');
    // The product's own limits, the per-client read rate included: the crowd comes from one
    // address. With a job queue, as `npm start` has, so the upload routes answer as they would.
    const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'redteam-uploads-'));
    const jobs = new JobQueue({ graph: neo.graph, dir: uploads, worker: uploadWorkerScript });
    const api = await startApi(neo.graph, admissionSettings(), jobs);
    try {
      console.log('  authorisation matrix…');
      const matrix = await authorisationMatrix(api.base, neo.graph);
      checks.push(...matrix.checks);
      requests += matrix.requests;

      console.log('  hostile API input…');
      const cases = quick ? 300 : 2407;
      const fuzz = await fuzzApi(api.base, cases, [hub], 1515);
      requests += cases;
      checks.push({ area: 'hostile input', name: `${cases} generated requests: 2xx or 4xx, never 5xx`, pass: fuzz.failures.length === 0 && fuzz.serverUpAfter,
        detail: `${Object.entries(fuzz.byStatus).map(([s, n]) => `${s}: ${n}`).join(', ')}` });

      console.log(`  read crowd from one address (${seconds} s)…`);
      const oneAddress = await readLoad(api.base, hub, seconds, 'one address', !args.short);
      checks.push(...oneAddress.checks);
      requests += oneAddress.requests;
      figures.oneAddress = oneAddress.figures;
    } finally {
      await api.close();
      await jobs.close();
      fs.rmSync(uploads, { recursive: true, force: true });
    }

    // Many analysts behind one address: the read rate is off, the queues alone hold the line.
    const crowdApi = await startApi(neo.graph, manyClientsAdmission());
    try {
      console.log(`  read crowd of many clients (${seconds} s)…`);
      const many = await readLoad(crowdApi.base, hub, seconds, 'many clients', !args.short);
      checks.push(...many.checks);
      requests += many.requests;
      figures.manyClients = many.figures;

      if (!args.short) {
        const targets = await loadTargets(neo.graph, `redteam-${Date.now()}`);
        console.log('  kill -9 of Neo4j under load…');
        const neoKill = await killNeo4j(crowdApi.base, neo, targets, quick ? 5 : 10);
        checks.push(neoKill.check);
        requests += neoKill.requests;
        figures.neo4jKill = { recoveryMs: neoKill.recoveryMs, annotations: neoKill.annotations };

        console.log('  kill -9 of the server under load…');
        const serverKill = await killServer(neo.graph.config, targets, quick ? 5 : 10);
        checks.push(serverKill.check);
        requests += serverKill.requests;
        figures.serverKill = { restartMs: serverKill.restartMs, annotations: serverKill.annotations };
      }
    } finally {
      await crowdApi.close();
    }
  } finally {
    await neo.close();
  }

  const failed = checks.filter((c) => !c.pass);
  const rows = checks.map((c) => [c.area, c.name, c.pass ? 'pass' : '**FAIL**', c.detail]);
  const markdown = [
    'The probe of the hardening issue, replayed: crafted documents, every route for every role,',
    `hostile input, ${seconds} s read crowds (64 clients, depth-3 neighbourhoods of the most connected`,
    'entity and graphml exports) with /api/health asked four times a second' +
      (args.short ? ' (the short subset of `.ci/run`: no kill -9 runs).' : ', kill -9 of Neo4j and'),
    ...(args.short ? [] : ['of the server under annotation writes.']),
    '',
    `**${failed.length === 0 ? 'PASS' : 'FAIL'}**: ${checks.length - failed.length}/${checks.length} checks hold; ${requests} requests.`,
    '',
    table(['area', 'check', 'result', 'figures'], rows),
  ].join('\n');
  console.log(`\n${table(['area', 'check', 'result', 'figures'], rows)}\n`);
  saveSection({
    name: args.short ? 'redteam-short' : 'redteam',
    title: args.short ? 'Red team, short subset (`.ci/run`)' : 'Red team: the hardening probe as a standing check',
    seconds: (performance.now() - started) / 1000,
    markdown,
    data: { checks, figures, requests },
  });
  if (failed.length > 0) throw new Error(`${failed.length} red-team check${failed.length === 1 ? '' : 's'} failed: ${failed.map((c) => c.name).join('; ')}`);
}
