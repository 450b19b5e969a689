import fs from 'node:fs';
import path from 'node:path';
import { isAlive, type RunningNeo4j } from './running';

/**
 * A local Neo4j whose owner is gone. When `npm start` is killed (kill -9, a crash, a closed
 * terminal) its Neo4j keeps running, holding the Bolt port and the store lock, and nobody will
 * stop it or start it again if it dies. The next start finds it — by the run record, or by its
 * command line naming this home — and stops it, so that it can start one it owns.
 */

/** Java processes running Neo4j on this home (Linux: from /proc; elsewhere none are found). */
export function neo4jProcessesOf(home: string): number[] {
  const marker = `--home-dir=${path.resolve(home)}`;
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const pid of entries) {
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.includes(marker) && args.some((a) => a.startsWith('org.neo4j.server.'))) found.push(Number(pid));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

/** The orphaned Neo4j processes of this home: running, with no live owner to stop them. */
export function orphansOf(home: string, record: RunningNeo4j | undefined): number[] {
  const owned = record && isAlive(record.ownerPid) ? record.pid : undefined;
  return neo4jProcessesOf(home).filter((pid) => pid !== owned);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM (Neo4j checkpoints and closes its store), SIGKILL after `graceMs`; resolves once it is gone. */
export async function stopProcess(pid: number, graceMs = 60_000): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGCONT'); // a stopped (SIGSTOP) process would never act on SIGTERM
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(250);
  if (!isAlive(pid)) return;
  signal('SIGKILL');
  for (let i = 0; i < 40 && isAlive(pid); i++) await sleep(250);
}
