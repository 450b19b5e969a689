import fs from 'node:fs';
import path from 'node:path';
import { describeMachine, type Machine } from './machine';

/** Each benchmark section saves its figures (JSON) and their Markdown; RESULTS.md joins them. */
export const benchDir = path.resolve(__dirname, '..');
export const outDir = path.join(benchDir, 'out');
export const resultsDir = path.join(benchDir, 'results');

export const sectionOrder = ['corpus', 'extract', 'ingest', 'large', 'scale', 'queries', 'render', 'load', 'faults', 'fuzz', 'redteam', 'redteam-short'] as const;
export type SectionName = (typeof sectionOrder)[number];

export interface SectionResult {
  name: SectionName;
  title: string;
  finishedAt: string;
  seconds: number;
  markdown: string;
  data: unknown;
  machine: Machine;
}

export function saveSection(result: Omit<SectionResult, 'finishedAt' | 'machine'>): SectionResult {
  const full: SectionResult = { ...result, finishedAt: new Date().toISOString(), machine: describeMachine() };
  fs.mkdirSync(resultsDir, { recursive: true });
  // Paths are stored relative to the project so results read the same on any checkout.
  const projectRoot = path.resolve(benchDir, '..');
  const relative = (_key: string, value: unknown) =>
    typeof value === 'string' && value.startsWith(projectRoot + path.sep) ? path.relative(projectRoot, value) : value;
  fs.writeFileSync(path.join(resultsDir, `${result.name}.json`), `${JSON.stringify(full, relative, 2)}\n`);
  writeResultsMarkdown();
  return full;
}

export function loadSections(): SectionResult[] {
  return sectionOrder
    .map((name) => path.join(resultsDir, `${name}.json`))
    .filter((file) => fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as SectionResult);
}

/** RESULTS.md: the machine, then every section that has run, each stamped with when it ran. */
export function writeResultsMarkdown(): void {
  const sections = loadSections();
  const machine = describeMachine();
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` from the figures in bench/results/*.json; see bench/README.md for',
    'what each figure means and how to reproduce it. Medians with (min–max, n=runs); latency',
    'percentiles are nearest-rank over every request of the run.',
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores (shared with other work while measured)`,
    `- RAM: ${machine.ramGiB} GiB; OS: ${machine.os}`,
    `- Node ${machine.node}; Java: ${machine.java}; Neo4j ${machine.neo4j}`,
    '',
  ];
  for (const s of sections) {
    lines.push(`## ${s.title}`, '', `_Run finished ${s.finishedAt} (${s.seconds.toFixed(0)} s)._`, '', s.markdown.trim(), '');
  }
  fs.writeFileSync(path.join(benchDir, 'RESULTS.md'), `${lines.join('\n')}\n`);
}

/** A Markdown table from a header row and body rows. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
