import fs from 'node:fs';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { neo4jVersion } from '../../graph/neo4j/paths';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  date: string;
}

function javaVersion(): string {
  const home = process.env.JAVA_HOME;
  const bin = home ? `${home}/bin/java` : 'java';
  const out = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  const first = `${out.stderr ?? ''}${out.stdout ?? ''}`.split('\n')[0]?.trim();
  return first || 'not found';
}

function osName(): string {
  try {
    const line = fs.readFileSync('/etc/os-release', 'utf8').split('\n').find((l) => l.startsWith('PRETTY_NAME='));
    if (line) return `${line.slice(13).replace(/"/g, '')}, kernel ${os.release()}`;
  } catch {
    // not Linux: fall through
  }
  return `${os.type()} ${os.release()}`;
}

/** What the figures were measured on; printed at the top of RESULTS.md. */
export function describeMachine(neo4jServerVersion?: string): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    java: javaVersion(),
    neo4j: neo4jServerVersion ?? `${neo4jVersion} (Community)`,
    date: new Date().toISOString(),
  };
}
