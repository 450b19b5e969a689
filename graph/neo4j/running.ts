import fs from 'node:fs';
import path from 'node:path';

/**
 * The record a started local Neo4j leaves in its home (run/neo4j-running.json) while it runs, so
 * that a second tool on the same home — `npm run ingest` while `npm start` serves — connects to
 * it instead of starting another server on the same store and port.
 */
export interface RunningNeo4j {
  /** The Java process of Neo4j. */
  pid: number;
  boltPort: number;
  /** Where its password is kept (user neo4j). */
  passwordFile: string;
  /** The process that started it and will stop it. */
  ownerPid: number;
  startedAt: string;
}

export function runningRecordFile(home: string): string {
  return path.join(home, 'run', 'neo4j-running.json');
}

export function recordRunning(home: string, running: RunningNeo4j): void {
  const file = runningRecordFile(home);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(running, null, 2)}\n`);
}

/** Removes the record, unless another start has replaced it meanwhile. */
export function forgetRunning(home: string, pid: number): void {
  const current = readRecord(home);
  if (current?.pid === pid) fs.rmSync(runningRecordFile(home), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readRecord(home: string): RunningNeo4j | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(runningRecordFile(home), 'utf8')) as Partial<RunningNeo4j>;
    if (typeof parsed.pid !== 'number' || typeof parsed.boltPort !== 'number' || typeof parsed.passwordFile !== 'string') return undefined;
    return parsed as RunningNeo4j;
  } catch {
    return undefined;
  }
}

/** The record as written, alive or not (for finding orphans). */
export function readRunningRecord(home: string): RunningNeo4j | undefined {
  return readRecord(home);
}

/** The Neo4j running on this home, or undefined (no record, or its process is gone: the record is stale). */
export function findRunning(home: string): RunningNeo4j | undefined {
  const record = readRecord(home);
  if (!record) return undefined;
  if (isAlive(record.pid)) return record;
  fs.rmSync(runningRecordFile(home), { force: true });
  return undefined;
}
