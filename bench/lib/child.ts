import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { GraphConfig } from '../../graph/connection';

export const projectRoot = path.resolve(__dirname, '..', '..');

/** Run a TypeScript entry point of the project in its own Node process against a given Neo4j. */
/** Children still running: run.ts kills their process groups on Ctrl-C or SIGTERM. */
const children = new Set<ChildProcess>();

export function killAllChildren(): void {
  for (const child of children) killGroup(child, 'SIGKILL');
}

export function spawnTsx(script: string, args: string[], graph: GraphConfig, extraEnv: Record<string, string> = {}): ChildProcess {
  const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [path.join(projectRoot, script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: graph.uri, NEO4J_USER: graph.user, NEO4J_PASSWORD: graph.password, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: tsx runs the script in a child of its own, and a SIGKILL meant for
    // "the ingest" must reach both (process.kill(-pid)).
    detached: true,
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function waitForChild(child: ChildProcess, onLine?: (line: string) => void): Promise<ChildRun> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      stdout += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine?.(line);
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** SIGKILL the whole process group of a child started by spawnTsx. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}
