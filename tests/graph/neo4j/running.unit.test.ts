import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRunning, forgetRunning, recordRunning, runningRecordFile } from '../../../graph/neo4j/running';

/** The record a started Neo4j leaves in its home, which other tools attach by. */

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'running-record-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const record = (pid: number) => ({ pid, boltPort: 7999, passwordFile: '/x/pw', ownerPid: pid, startedAt: new Date().toISOString() });

test('a record whose process is alive is found; forgetting it removes it', () => {
  recordRunning(home, record(process.pid));
  expect(findRunning(home)).toMatchObject({ pid: process.pid, boltPort: 7999 });
  forgetRunning(home, process.pid);
  expect(findRunning(home)).toBeUndefined();
});

test('a stale record (its Neo4j died with a killed owner) is ignored and cleared', () => {
  recordRunning(home, record(2 ** 22 + 12345));
  expect(findRunning(home)).toBeUndefined();
  expect(fs.existsSync(runningRecordFile(home))).toBe(false);
});

test("a stopping server never removes the record of a newer start on the same home", () => {
  recordRunning(home, record(process.pid));
  forgetRunning(home, 1);
  expect(findRunning(home)?.pid).toBe(process.pid);
  forgetRunning(home, process.pid);
});

test('a garbled record counts as none', () => {
  fs.mkdirSync(path.dirname(runningRecordFile(home)), { recursive: true });
  fs.writeFileSync(runningRecordFile(home), '{"pid": "x"');
  expect(findRunning(home)).toBeUndefined();
});
