import path from 'node:path';
import cliProgress from 'cli-progress';
import type { ProgressEvent } from './run';
import { STAGE_NAMES as STAGES } from './stages';
import { printable } from './terminalText';

/**
 * Progress per document and stage: bars on a terminal, one plain line per step otherwise
 * (logs and CI), both on stderr so stdout keeps only the report.
 */
export interface ProgressView {
  update(event: ProgressEvent): void;
  stop(): void;
}

export function progressView(stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (!stream.isTTY) {
    return {
      update(e) {
        const where = `[${e.index + 1}/${e.total}] ${printable(path.basename(e.path))}`;
        stream.write(`${where}: ${e.stage}${e.detail ? ` — ${printable(e.detail)}` : ''}\n`);
      },
      stop() {},
    };
  }
  const multi = new cliProgress.MultiBar(
    { stream, clearOnComplete: false, hideCursor: true, format: ' {bar} {name} | {stage}', barsize: 20 },
    cliProgress.Presets.shades_classic,
  );
  let overall: cliProgress.SingleBar | undefined;
  const bars = new Map<number, cliProgress.SingleBar>();
  return {
    update(e) {
      overall ??= multi.create(e.total, 0, { name: 'documents', stage: '' });
      let bar = bars.get(e.index);
      if (!bar) {
        bar = multi.create(STAGES.length, 0, { name: printable(path.basename(e.path)), stage: e.stage });
        bars.set(e.index, bar);
      }
      const step = STAGES.indexOf(e.stage as (typeof STAGES)[number]);
      if (e.stage === 'done' || e.stage === 'skipped') {
        bar.update(STAGES.length, { stage: e.stage === 'skipped' ? `skipped: ${printable(e.detail ?? '')}` : 'done' });
        overall.increment(1, { stage: `${e.index + 1}/${e.total}` });
      } else bar.update(Math.max(0, step), { stage: e.stage });
    },
    stop() {
      multi.stop();
    },
  };
}
