import path from 'node:path';

/** Everything the project writes at run time lives under var/ (git-ignored). */
export const projectRoot = path.resolve(__dirname, '..', '..');
export const varDir = process.env.GRAPH_VAR_DIR ?? path.join(projectRoot, 'var');

/** Latest 5.26 LTS patch on Maven Central when this was written; override with NEO4J_VERSION. */
export const neo4jVersion = process.env.NEO4J_VERSION ?? '5.26.30';

export function distDir(version = neo4jVersion): string {
  return path.join(varDir, 'neo4j', 'dist', version);
}

/** The local server's home: conf/, data/, logs/ and the run files. */
export function localHome(): string {
  return process.env.NEO4J_HOME_DIR ?? path.join(varDir, 'neo4j', 'server');
}

export const secretsDir = path.join(varDir, 'secrets');
