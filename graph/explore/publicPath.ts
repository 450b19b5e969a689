import path from 'node:path';
import { projectRoot } from '../neo4j/paths';

/**
 * A document's location as the API shows it. The stored path is where the ingest read the file,
 * which may be an absolute path on the server (/home/…/reports/x.pdf): that tells an anonymous
 * reader the server's layout and user names. Inside the project it is shown project-relative
 * (data/corpus/x.md); anywhere else only its file name.
 */
export function publicPath(stored: string | null | undefined): string | null {
  if (!stored) return null;
  // Written on Windows (C:\…): never project-relative here.
  if (stored.includes('\\')) return path.posix.basename(stored.replace(/\\/g, '/'));
  const rel = path.relative(projectRoot, path.resolve(projectRoot, stored));
  if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  return path.posix.basename(stored);
}
