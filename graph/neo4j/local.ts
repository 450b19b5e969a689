import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { SetupError } from './errors';
import { javaBinary, checkJava } from './java';
import { distDir, neo4jVersion } from './paths';
import { fetchNeo4j } from './fetch';
import { forgetRunning, recordRunning } from './running';

export interface LocalNeo4jOptions {
  /** Server home: conf/, data/, logs/ are created inside. */
  home: string;
  boltPort: number;
  /** JVM heap, e.g. "2g". */
  heap: string;
  pageCache: string;
  /** Where the generated password is kept (created on first start). */
  passwordFile: string;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  /** Start Neo4j again, with back-off, when it dies while this process still wants it (npm start). */
  restartOnCrash?: boolean;
  /** Told the new Java process id after such a restart. */
  onRestart?: (pid: number) => void;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  logsDir: string;
  /** The Java process now serving (changes after a restart). */
  readonly pid: number;
  stop(): Promise<void>;
}

export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A free loopback port chosen by the OS, for throwaway servers (tests). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function readOrCreatePassword(file: string): { password: string; created: boolean } {
  if (fs.existsSync(file)) return { password: fs.readFileSync(file, 'utf8').trim(), created: false };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // base64url may begin with '-', which neo4j-admin would read as an option: a letter leads.
  const password = `n${crypto.randomBytes(18).toString('base64url')}`;
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return { password, created: true };
}

function writeConfig(opts: LocalNeo4jOptions, dirs: { conf: string; data: string; logs: string; run: string }): void {
  const lines = [
    '# Written by the project at every start; edit graph/neo4j/local.ts rather than this file.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${opts.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${dirs.data}`,
    `server.directories.logs=${dirs.logs}`,
    `server.directories.run=${dirs.run}`,
    `server.directories.import=${path.join(opts.home, 'import')}`,
    `server.directories.plugins=${path.join(opts.home, 'plugins')}`,
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${opts.heap}`,
    `server.memory.heap.max_size=${opts.heap}`,
    `server.memory.pagecache.size=${opts.pageCache}`,
    // Bound every query so one runaway path search cannot hold the server.
    'db.transaction.timeout=60s',
    'dbms.usage_report.enabled=false',
  ];
  fs.writeFileSync(path.join(dirs.conf, 'neo4j.conf'), `${lines.join('\n')}\n`);
}

function tail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

async function waitForBolt(uri: string, password: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Neo4j exited with code ${child.exitCode} while starting`);
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000 });
    try {
      await driver.getServerInfo();
      return;
    } catch (err) {
      lastError = err;
    } finally {
      await driver.close();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Bolt did not answer within ${timeoutMs / 1000} s: ${String(lastError)}`);
}

/** Start Neo4j Community from the fetched jars and wait until Bolt answers. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? console.log;
  checkJava();
  const lib = path.join(fetchNeo4j(neo4jVersion, log), 'lib');
  if (!(await isPortFree(opts.boltPort))) {
    throw new SetupError(
      `Bolt port ${opts.boltPort} on 127.0.0.1 is taken (another Neo4j, or an earlier start still running).`,
      'Stop the process using it (ss -ltnp | grep ' + opts.boltPort + ') or set NEO4J_BOLT_PORT to a free port.',
    );
  }
  const dirs = {
    conf: path.join(opts.home, 'conf'),
    data: path.join(opts.home, 'data'),
    logs: path.join(opts.home, 'logs'),
    run: path.join(opts.home, 'run'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  writeConfig(opts, dirs);

  const { password } = readOrCreatePassword(opts.passwordFile);
  const env = { ...process.env, NEO4J_HOME: opts.home, NEO4J_CONF: dirs.conf };
  const classpath = `${lib}/*`;
  // The initial password only takes effect before the first start; later it is a no-op.
  if (!fs.existsSync(path.join(dirs.data, 'dbms', 'auth.ini')) && !fs.existsSync(path.join(dirs.data, 'databases', 'system'))) {
    const admin = spawnSync(
      javaBinary(),
      ['-cp', classpath, 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', '--', password],
      { env, encoding: 'utf8' },
    );
    if (admin.status !== 0) {
      const output = `${admin.stdout}${admin.stderr}`;
      const badConfig = /Failed to read config/.test(output);
      throw new SetupError(
        badConfig ? 'Neo4j rejected its configuration.' : 'Neo4j could not prepare its first start (setting the initial password).',
        badConfig
          ? 'Check NEO4J_HEAP and NEO4J_PAGECACHE (sizes such as 2g or 512m); the message below names the setting.'
          : `Read the output below; delete ${opts.home} to start afresh.`,
        output.trim(),
      );
    }
  }

  const consoleLog = path.join(dirs.logs, 'console.log');
  const launch = (): ChildProcess => {
    const out = fs.openSync(consoleLog, 'a');
    const child = spawn(
      javaBinary(),
      [`-Xms${opts.heap}`, `-Xmx${opts.heap}`, '-XX:+UseG1GC', '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8',
        '-cp', classpath, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${opts.home}`, `--config-dir=${dirs.conf}`],
      { env, stdio: ['ignore', out, out] },
    );
    fs.closeSync(out);
    return child;
  };
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  const startTimeoutMs = opts.startTimeoutMs ?? 120_000;
  let child = launch();
  try {
    await waitForBolt(uri, password, child, startTimeoutMs);
  } catch (err) {
    child.kill('SIGKILL');
    const neo4jLog = tail(path.join(dirs.logs, 'neo4j.log'));
    const authFailure = /unauthorized|authentication/i.test(String(err));
    throw new SetupError(
      `Neo4j failed to start: ${String(err instanceof Error ? err.message : err)}`,
      authFailure
        ? `The stored password (${opts.passwordFile}) does not match this database; delete ${dirs.data} to start afresh, or restore the password file.`
        : `Read the log tail below (full logs in ${dirs.logs}).`,
      `--- ${path.join(dirs.logs, 'neo4j.log')} (tail) ---\n${neo4jLog}\n--- console.log (tail) ---\n${tail(consoleLog, 10)}`,
    );
  }
  log(`Neo4j ${neo4jVersion} listening on ${uri} (logs in ${dirs.logs})`);

  let stopping: Promise<void> | undefined;
  const watch = (running: ChildProcess): void => {
    const pid = running.pid ?? 0;
    recordRunning(opts.home, { pid, boltPort: opts.boltPort, passwordFile: path.resolve(opts.passwordFile), ownerPid: process.pid, startedAt: new Date().toISOString() });
    running.once('exit', (code, signal) => {
      forgetRunning(opts.home, pid);
      if (stopping || !opts.restartOnCrash) return;
      log(`Neo4j (process ${pid}) ended unexpectedly (${signal ?? `exit code ${code}`}); starting it again…`);
      void restart(1);
    });
  };
  /**
   * A Neo4j that dies under the server (killed, out of memory) is started again, waiting longer
   * after each failed attempt (1 s, 2 s, 4 s … at most a minute), until it answers or the
   * server stops. Requests meanwhile get 503 from the API's graph gate, which reopens by itself.
   */
  const restart = async (attempt: number): Promise<void> => {
    const pause = Math.min(60_000, 1_000 * 2 ** (attempt - 1));
    await new Promise((r) => setTimeout(r, pause).unref());
    if (stopping) return;
    const next = launch();
    child = next;
    try {
      await waitForBolt(uri, password, next, startTimeoutMs);
    } catch (err) {
      next.kill('SIGKILL');
      if (stopping) return;
      log(`Neo4j did not come back (attempt ${attempt}: ${err instanceof Error ? err.message : String(err)}); trying again.`);
      return restart(attempt + 1);
    }
    if (stopping) return;
    log(`Neo4j is back on ${uri} after ${attempt} attempt${attempt === 1 ? '' : 's'}.`);
    watch(next);
    opts.onRestart?.(next.pid ?? 0);
  };
  watch(child);

  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      const current = child;
      if (current.exitCode !== null || current.signalCode !== null) return resolve();
      // SIGTERM runs Neo4j's shutdown hook: it checkpoints and closes the store cleanly.
      const killer = setTimeout(() => current.kill('SIGKILL'), 60_000);
      current.once('exit', () => {
        clearTimeout(killer);
        resolve();
      });
      current.kill('SIGTERM');
    });
    return stopping;
  };
  return { uri, user: 'neo4j', password, logsDir: dirs.logs, stop, get pid() { return child.pid ?? 0; } };
}
