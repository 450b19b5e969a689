import fs from 'node:fs';
import path from 'node:path';
import { varDir } from '../../graph/neo4j/paths';
import { SUPPORTED_EXTENSIONS } from './readers';

/**
 * Expanding the files and folders given to the ingest into the documents to read.
 *
 * A folder may hold symbolic links, and a link can lead anywhere: to the product's own secrets
 * (a link to var/secrets/admin-password became a public document title) or back up the tree (a
 * link to .. turned one file into dozens of documents, two self-links never finished). So the walk
 * never follows a link unless asked (--follow-symlinks), and then only to a place inside the
 * folder it was given; it enters each real folder and reads each real file once; and nothing
 * under var/ (passwords, the database store, logs) is ever read, however it is named.
 */

export interface WalkOptions {
  /** Follow symbolic links that stay inside the folder given (never one that leads out of it). */
  followSymlinks?: boolean;
  /** Folders never read from: the product's home (var/) unless told otherwise. */
  forbidden?: string[];
}

export interface SkippedPath {
  path: string;
  reason: string;
}

/** The real path, or undefined when it cannot be resolved (a dangling link, no permission). */
function realPath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

/** a equals b or lies under b (both real, absolute paths). */
export function isInside(a: string, b: string): boolean {
  const rel = path.relative(b, a);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A folder's README/LICENSE describe the folder; they are not documents (name them to ingest them). */
function isFolderNote(name: string): boolean {
  return name.startsWith('.') || /^(readme|license|licence|changelog)(\.|$)/i.test(name);
}

const unsupported = (ext: string) => `unsupported file type "${ext || 'none'}" (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`;

/** Expand folders (recursively, sorted) into supported files; name unreadable or refused inputs as skipped. */
export function listInputFiles(inputs: string[], options: WalkOptions = {}): { files: string[]; skipped: SkippedPath[] } {
  const forbidden = (options.forbidden ?? [varDir]).map((dir) => realPath(dir) ?? path.resolve(dir));
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const skip = (p: string, reason: string): void => {
    skipped.push({ path: p, reason });
  };
  const refusedHome = (real: string) => forbidden.find((dir) => isInside(real, dir));

  const visit = (p: string, root: string | undefined): void => {
    const explicit = root === undefined;
    let link: fs.Stats;
    try {
      link = fs.lstatSync(p);
    } catch {
      return skip(p, 'not found');
    }
    // A file or folder named on the command line is the operator's choice, link or not; inside a
    // folder, a link is followed only when asked and only while it stays inside that folder.
    if (!explicit && link.isSymbolicLink() && !options.followSymlinks) {
      return skip(p, 'symbolic link, not followed (--follow-symlinks follows links that stay inside the folder)');
    }
    const real = realPath(p);
    if (!real) return skip(p, link.isSymbolicLink() ? 'symbolic link to nothing (dangling)' : 'not found');
    if (!explicit && link.isSymbolicLink() && !isInside(real, root)) {
      return skip(p, 'symbolic link leading outside the folder given, not followed');
    }
    if (refusedHome(real)) return skip(p, "inside the product's own var/ folder (its passwords and database), never ingested");
    let stat: fs.Stats;
    try {
      stat = fs.statSync(real);
    } catch (err) {
      return skip(p, `unreadable: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    if (stat.isDirectory()) {
      // Each real folder once: a link back up the tree, or to itself, adds nothing.
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      let names: string[];
      try {
        names = fs.readdirSync(p).sort();
      } catch (err) {
        return skip(p, `unreadable folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      for (const name of names) if (!isFolderNote(name)) visit(path.join(p, name), root ?? real);
      return;
    }
    if (!stat.isFile()) {
      if (explicit) skip(p, 'not a regular file');
      return;
    }
    const ext = path.extname(p).toLowerCase();
    if (!SUPPORTED_EXTENSIONS.includes(ext)) {
      if (explicit) skip(p, unsupported(ext));
      return;
    }
    // Each real file once, however many names lead to it.
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(p);
  };
  for (const input of inputs) visit(input, undefined);
  return { files, skipped };
}
