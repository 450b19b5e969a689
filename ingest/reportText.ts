import { nearDuplicateNote } from './nearDuplicates';
import type { IngestReport } from './run';
import { printable } from './terminalText';

/** The ingest report as the command prints it: counts per type, skipped files with reasons, times. */
export function reportText(r: IngestReport, dryRun: boolean, json?: string): string {
  const a = r.aggregate;
  const lines = [
    '',
    `Ingest ${dryRun ? '(dry run, nothing written)' : 'report'}`,
    `  documents      ${a.toJson().documents.length}${dryRun ? '' : ` (${r.written} written, ${r.unchanged} unchanged)`}`,
    `  sentences      ${a.sentences}`,
    `  mentions       ${a.mentions}`,
    `  entities       ${Object.values(a.entitiesByType()).reduce((x, y) => x + y, 0)}`,
    ...Object.entries(a.entitiesByType()).map(([t, n]) => `    ${t.padEnd(16)} ${n}`),
    `  relationships  ${Object.values(a.relationsByType()).reduce((x, y) => x + y, 0)} (evidence ${a.evidenceCount})`,
    ...Object.entries(a.relationsByType()).map(([t, n]) => `    ${t.padEnd(16)} ${n}`),
    `  sources        ${a.sourceCount}`,
  ];
  if (r.reset) lines.push(`  reset          removed ${r.reset.documents} documents, ${r.reset.relations} edges, ${r.reset.entities} entities, ${r.reset.analystNodes} analyst nodes`);
  lines.push(`  skipped        ${r.skipped.length}`);
  for (const s of r.skipped) lines.push(`    ${printable(s.path)}: ${printable(s.reason)}`);
  const near = r.nearDuplicates ?? [];
  if (near.length > 0) lines.push(`  near-duplicates ${near.length} (ingested)`);
  for (const n of near) lines.push(`    ${printable(n.path ?? n.documentId)}: ${printable(nearDuplicateNote(n))}`);
  const mbps = r.extractSeconds > 0 ? (r.extractedBytes / 1048576 / r.extractSeconds).toFixed(2) : '-';
  lines.push(`  seconds        ${r.seconds.toFixed(1)} (extraction ${r.extractSeconds.toFixed(2)} s, ${mbps} MB/s)`);
  if (json) lines.push(`  json           ${printable(json)}`);
  return lines.join('\n');
}
