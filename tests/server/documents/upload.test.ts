import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import { JobQueue } from '../../../server/jobs/queue';
import { uploadWorkerScript } from '../../../ingest/upload';
import type { Graph } from '../../../graph/connection';
import { saveJob } from '../../../graph/jobs';
import { removeDocument } from '../../../graph/library';
import type { Job } from '../../../contract/documents';
import { testGraph } from '../../helpers/graph';
import { createUsers, fixturePrefix, removeUsers } from '../../graph/analyst/fixtures';
import { login, type LoggedIn } from '../analyst/session';

// Uploading documents while the server runs: a job per upload, answered 202, followed file by
// file; viewers and anonymous callers may not upload; limits answer 413; the same content
// under another name is not ingested twice; a restart resumes or fails an unfinished job.

jest.setTimeout(300_000);

let graph: Graph;
let app: Express;
let jobs: JobQueue;
let dir: string;
let analyst: LoggedIn;
let viewer: LoggedIn;
const prefix = fixturePrefix('up');
const users = [`${prefix}-analyst`, `${prefix}-viewer`];
// A made-up firm name no other test holds, so its entity is new.
const firmWord = `Kestrel${crypto.randomBytes(3).toString('hex').replace(/\d/g, 'q')}`;
const firm = `${firmWord} Basin Gas Corporation`;
const firmText = [
  `${firm} and the Vantor Republic`,
  '',
  `In March 2024, ${firm} signed a supply agreement with Petronas for LNG deliveries to Japan.`,
  `Mitsui holds a 20% stake in the ${firmWord} LNG project.`,
  '',
].join('\n');
const secondText = `# ${firmWord} notes\n\nJapan imports LNG from Qatar under a long-term contract signed in 2022 (${prefix}).\n`;

function upload(who: LoggedIn, files: { name: string; text: string }[]) {
  let req = who.agent.post('/api/documents').set('X-CSRF-Token', who.csrf);
  // filepath keeps the folder part of the name, as a browser sends a dropped folder's files.
  for (const f of files) req = req.attach('files', Buffer.from(f.text, 'utf8'), { filepath: f.name } as unknown as { filename: string });
  return req;
}

async function finished(id: string): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const res = await analyst.agent.get(`/api/jobs/${id}`);
    expect(res.status).toBe(200);
    const job = res.body.job as Job;
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`job ${id} did not finish`);
}

beforeAll(async () => {
  graph = testGraph();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-test-uploads-'));
  jobs = new JobQueue({ graph, dir, worker: uploadWorkerScript });
  app = createApp({ graph, jobs });
  await createUsers(graph, [{ name: users[0], role: 'analyst' }, { name: users[1], role: 'viewer' }]);
  analyst = await login(app, users[0]);
  viewer = await login(app, users[1]);
});

afterAll(async () => {
  await jobs.close();
  const docs = await graph.readRows<{ id: string }>('MATCH (d:Document) WHERE d.addedBy = $who RETURN d.id AS id', { who: users[0] });
  for (const d of docs) await removeDocument(graph, d.id);
  await graph.writeRows('MATCH (j:IngestJob) WHERE j.createdBy = $who DELETE j', { who: users[0] });
  await removeUsers(graph, users);
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('anonymous callers get 401 and viewers 403; nothing is queued', async () => {
  const anonymous = await request(app).post('/api/documents').attach('files', Buffer.from('x'), 'a.txt');
  expect(anonymous.status).toBe(401);
  const refused = await upload(viewer, [{ name: 'a.txt', text: firmText }]);
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe('forbidden');
});

let firstJob: Job;

test('two files upload as one job (202); the job reports each file; the new firm is searchable', async () => {
  const res = await upload(analyst, [
    { name: 'kestrel.en.txt', text: firmText },
    { name: 'notes/kestrel-notes.md', text: secondText },
  ]);
  expect(res.status).toBe(202);
  expect(res.body.job.state).toMatch(/queued|running/);
  expect(res.body.job.files.map((f: { name: string }) => f.name)).toEqual(['kestrel.en.txt', 'notes/kestrel-notes.md']);
  firstJob = await finished(res.body.job.id);
  expect(firstJob.state).toBe('done');
  expect(firstJob.files.map((f) => [f.state, f.progress])).toEqual([['ingested', 1], ['ingested', 1]]);
  expect(firstJob.files[0].documentId).toMatch(/^[0-9a-f]{16}$/);

  const found = await request(app).get('/api/search').query({ q: firm });
  expect(found.status).toBe(200);
  expect(found.body.results.map((r: { name: string }) => r.name)).toContain(firm);
  // The original is kept in the library under the name it was uploaded with.
  expect(fs.readFileSync(path.join(dir, 'library', 'notes', 'kestrel-notes.md'), 'utf8')).toBe(secondText);
  // The received copies are gone once the job ended.
  expect(fs.existsSync(path.join(dir, 'jobs', firstJob.id))).toBe(false);
});

test('the same content under another name is recognised and not ingested twice', async () => {
  const res = await upload(analyst, [{ name: 'copy-of-kestrel.txt', text: firmText }]);
  expect(res.status).toBe(202);
  const job = await finished(res.body.job.id);
  expect(job.files[0]).toMatchObject({ state: 'skipped', duplicateOf: firstJob.files[0].documentId });
  expect(job.files[0].reason).toMatch(/^duplicate: .*kestrel\.en\.txt/);
  const [row] = await graph.readRows<{ n: number }>('MATCH (d:Document) WHERE d.fileName = $name RETURN count(d) AS n', { name: 'copy-of-kestrel.txt' });
  expect(row.n).toBe(0);

  // The same file under its own name again: nothing to do.
  const again = await finished((await upload(analyst, [{ name: 'kestrel.en.txt', text: firmText }])).body.job.id);
  expect(again.files[0]).toMatchObject({ state: 'skipped', reason: 'unchanged: this file is already in the library', documentId: firstJob.files[0].documentId });
});

test('an unsupported or empty file is skipped with its reason; the others of the job go in', async () => {
  const res = await upload(analyst, [
    { name: 'table.xlsx', text: 'not a document' },
    { name: 'empty.txt', text: '' },
  ]);
  expect(res.status).toBe(202);
  const job = await finished(res.body.job.id);
  expect(job.state).toBe('done');
  expect(job.files.map((f) => f.state)).toEqual(['skipped', 'skipped']);
  expect(job.files[0].reason).toMatch(/unsupported file type "\.xlsx"/);
  expect(job.files[1].reason).toBe('empty file');
});

test('limits answer 413 with a message that names them', async () => {
  process.env.UPLOAD_MAX_FILES = '1';
  try {
    const many = await upload(analyst, [{ name: 'a.txt', text: 'a' }, { name: 'b.txt', text: 'b' }]);
    expect(many.status).toBe(413);
    expect(many.body.error.message).toMatch(/At most 1 files.*UPLOAD_MAX_FILES/);
  } finally {
    delete process.env.UPLOAD_MAX_FILES;
  }
  process.env.UPLOAD_MAX_FILE_MB = '0.001';
  try {
    const big = await upload(analyst, [{ name: 'big.txt', text: 'x'.repeat(5000) }]);
    expect(big.status).toBe(413);
    expect(big.body.error.message).toMatch(/"big\.txt" is .* MB.*UPLOAD_MAX_FILE_MB/);
  } finally {
    delete process.env.UPLOAD_MAX_FILE_MB;
  }
  const notMultipart = await analyst.agent.post('/api/documents').set('X-CSRF-Token', analyst.csrf).send({ files: [] });
  expect(notMultipart.status).toBe(400);
});

test('after a restart an unfinished job is resumed, and one whose files are gone is marked failed', async () => {
  const resumedId = crypto.randomUUID();
  const lostId = crypto.randomUUID();
  const text = `${firm} opened an office in Tokyo in 2023 (${resumedId}).\n`;
  fs.mkdirSync(path.join(dir, 'jobs', resumedId, '0'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'jobs', resumedId, '0', 'resumed.txt'), text);
  const file = (name: string, bytes: number) => ({ index: 0, name, bytes, state: 'reading', stage: 'extract', progress: 0.6, reason: null, documentId: null, duplicateOf: null });
  const stored = (id: string, files: object[]) => ({ id, state: 'running', createdBy: users[0], createdAt: Date.now(), finishedAt: null, reason: null, files: JSON.stringify(files) });
  await saveJob(graph, stored(resumedId, [file('resumed.txt', Buffer.byteLength(text))]));
  await saveJob(graph, stored(lostId, [file('lost.txt', 10)]));

  // A new server over the same graph and upload home.
  const restarted = new JobQueue({ graph, dir, worker: uploadWorkerScript });
  try {
    await restarted.resume();
    await restarted.idle();
    const resumed = (await restarted.get(resumedId)) as Job;
    expect(resumed.state).toBe('done');
    expect(resumed.files[0].state).toBe('ingested');
    const lost = (await restarted.get(lostId)) as Job;
    expect(lost.state).toBe('failed');
    expect(lost.reason).toMatch(/restarted/);
    expect(lost.files[0].reason).toMatch(/gone after the server restarted/);
  } finally {
    await restarted.close();
  }
});

