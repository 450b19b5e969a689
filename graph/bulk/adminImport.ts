import path from 'node:path';
import { spawn } from 'node:child_process';
import { javaBinary } from '../neo4j/java';
import { fetchNeo4j } from '../neo4j/fetch';
import { neo4jVersion } from '../neo4j/paths';
import { ARRAY_DELIMITER } from './csv';
import type { ImportFileSet } from './importFiles';

/**
 * `neo4j-admin database import full` from the fetched Neo4j distribution, on a stopped local
 * server's home (its conf/neo4j.conf names the data folder): the store is built from the CSV
 * files directly, without transactions — the physical floor of a first load. The database
 * must be empty; it is overwritten.
 */
export async function runAdminImport(home: string, files: ImportFileSet, log: (line: string) => void, database = 'neo4j'): Promise<{ seconds: number; output: string }> {
  const lib = path.join(fetchNeo4j(neo4jVersion, log), 'lib');
  const args = [
    '-cp', `${lib}/*`, 'org.neo4j.server.startup.Neo4jAdminCommand',
    // The database name comes first: the file lists after --nodes take every word that follows.
    'database', 'import', 'full', database,
    '--overwrite-destination=true',
    // Document text, sentences and sources span lines.
    '--multiline-fields=true',
    `--array-delimiter=U+${ARRAY_DELIMITER.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`,
    '--bad-tolerance=0',
    `--report-file=${path.join(files.dir, 'import.report')}`,
    ...files.arguments,
  ];
  const started = performance.now();
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn(javaBinary(), args, { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, text }));
  });
  const seconds = (performance.now() - started) / 1000;
  if (output.code !== 0) {
    const reason = output.text.split('\n').filter((l) => l.trim() && !/^\s+at /.test(l)).slice(-12).join('\n');
    throw new Error(`neo4j-admin database import failed (exit ${output.code}):\n${reason}`);
  }
  return { seconds, output: output.text };
}
