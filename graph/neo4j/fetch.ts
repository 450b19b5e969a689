import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SetupError } from './errors';
import { checkJava, checkMaven } from './java';
import { distDir, neo4jVersion } from './paths';

const completeMarker = '.complete';

export function isFetched(version = neo4jVersion): boolean {
  return fs.existsSync(path.join(distDir(version), completeMarker));
}

/**
 * Resolve Neo4j Community and its runtime dependencies from Maven Central into var/neo4j/dist.
 * Idempotent: a finished fetch leaves a marker and is not repeated.
 */
export function fetchNeo4j(version = neo4jVersion, log: (line: string) => void = console.log): string {
  const dir = distDir(version);
  if (isFetched(version)) return dir;
  checkJava();
  checkMaven();
  fs.mkdirSync(dir, { recursive: true });
  const template = fs.readFileSync(path.join(__dirname, 'pom.template.xml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'pom.xml'), template.replaceAll('NEO4J_VERSION', version));
  log(`Fetching Neo4j Community ${version} from Maven Central (about 125 MB, once)…`);
  const started = Date.now();
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-U', 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${path.join(dir, 'lib')}`],
    { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    const tail = output.trim().split('\n').slice(-15).join('\n');
    if (/UnknownHost|Could not transfer|Connection refused|Network is unreachable|timed out|No route to host|No plugin found for prefix|Connect to \S+ failed/i.test(output)) {
      throw new SetupError(
        'Maven Central is unreachable, so Neo4j Community could not be fetched.',
        'Check the network or proxy (Maven reads ~/.m2/settings.xml), then run npm install again; or set NEO4J_URI to use an existing Neo4j.',
        tail,
      );
    }
    if (/was not found in/.test(output)) {
      throw new SetupError(`Neo4j ${version} is not on Maven Central.`, 'Set NEO4J_VERSION to a published 5.26.x version (or unset it).', tail);
    }
    throw new SetupError(`Maven failed to fetch Neo4j ${version}.`, 'Read the Maven output below, fix it and run npm install again.', tail);
  }
  fs.writeFileSync(path.join(dir, completeMarker), new Date().toISOString());
  log(`Neo4j ${version} fetched in ${((Date.now() - started) / 1000).toFixed(1)} s into ${dir}`);
  return dir;
}
