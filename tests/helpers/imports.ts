import fs from 'node:fs';
import path from 'node:path';
import { parseSync } from '@swc/core';

/**
 * The project's own import graph, read from the source: every .ts file's import and export-from
 * statements, dynamic import('…') and require('…') with a literal path. Package imports are left
 * out; a relative path is resolved to the file it names.
 */

export interface ImportEdge {
  /** Both relative to the project root, with forward slashes. */
  from: string;
  to: string;
  /** The specifier as written, for the message. */
  specifier: string;
  line: number;
}

/** Folders that hold no source of ours (installed, generated or run-time files). */
const SKIPPED = new Set(['node_modules', 'var', 'dist', 'dist-bench', 'out', 'artifacts', '.git']);

export function sourceFiles(root: string, dir = root): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(root, full));
    else if (entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
  }
  return files;
}

function resolveRelative(fromFile: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), `${base}.d.ts`];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

/** Literal module specifiers of one file with their line numbers. */
export function specifiersOf(source: string): { specifier: string; line: number }[] {
  const found: { specifier: string; offset: number }[] = [];
  const module = parseSync(source, { syntax: 'typescript', tsx: false, decorators: true, target: 'es2022' });
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; source?: { value?: string; span?: { start: number } }; callee?: { type?: string; value?: string }; arguments?: { expression?: { type?: string; value?: string; span?: { start: number } } }[] };
    // A type-only import leaves nothing at run time: it makes no circle (the contract's types are shared this way).
    if ((n as { typeOnly?: boolean }).typeOnly) return;
    if ((n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration') && n.source?.value) {
      found.push({ specifier: n.source.value, offset: n.source.span?.start ?? 0 });
    }
    if (n.type === 'CallExpression') {
      const isImport = n.callee?.type === 'Import';
      const isRequire = n.callee?.type === 'Identifier' && n.callee.value === 'require';
      const arg = n.arguments?.[0]?.expression;
      if ((isImport || isRequire) && arg?.type === 'StringLiteral' && arg.value) found.push({ specifier: arg.value, offset: arg.span?.start ?? 0 });
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(module.body);
  // swc's spans count from a global offset shared by every parse; the module's own span starts it.
  const start = module.span.start;
  return found.map(({ specifier, offset }) => ({ specifier, line: lineAt(source, offset - start) }));
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(index, source.length); i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

export function importGraph(root: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  for (const file of sourceFiles(root)) {
    for (const { specifier, line } of specifiersOf(fs.readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = resolveRelative(file, specifier);
      edges.push({ from: rel(file), to: target ? rel(target) : rel(path.resolve(path.dirname(file), specifier)), specifier, line });
    }
  }
  return edges;
}

/** Every file that a non-computed import cannot pin down: require(variable) or import(variable). */
export function computedImports(root: string): { file: string; line: number }[] {
  const out: { file: string; line: number }[] = [];
  for (const file of sourceFiles(root)) {
    const source = fs.readFileSync(file, 'utf8');
    const module = parseSync(source, { syntax: 'typescript', target: 'es2022' });
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      const n = node as { type?: string; span?: { start: number }; callee?: { type?: string; value?: string }; arguments?: { expression?: { type?: string } }[] };
      if (n.type === 'CallExpression') {
        const isImport = n.callee?.type === 'Import';
        const isRequire = n.callee?.type === 'Identifier' && n.callee.value === 'require';
        if ((isImport || isRequire) && n.arguments?.[0]?.expression?.type !== 'StringLiteral') {
          out.push({ file: path.relative(root, file).split(path.sep).join('/'), line: lineAt(source, (n.span?.start ?? 0) - module.span.start) });
        }
      }
      for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
    };
    visit(module.body);
  }
  return out;
}
