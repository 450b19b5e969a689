import { table } from './lib/results';
import { formatSpread, spread } from './lib/stats';
import { formatFrames, type FrameSummary, type LayoutFigures, type RenderTiming } from './renderFigures';

// The Markdown of the render section: explorer timings (WebGL on and off), pan/zoom frame
// times, and the force layouts side by side.

export interface SizeRow {
  requested: 'webgl' | 'canvas';
  size: number;
  runs: RenderTiming[];
}

export interface FrameRow {
  requested: 'webgl' | 'canvas';
  size: number;
  drawnWith: 'webgl' | 'canvas';
  pan: FrameSummary;
  zoom: FrameSummary;
}

export type LayoutRow = { algorithm: string; size: number } & ({ figures: LayoutFigures } | { skippedAfter: LayoutFigures });

interface Report {
  version: string;
  flags: string[];
  sizes: SizeRow[];
  frames: FrameRow[];
  layouts: LayoutRow[];
  frameCount: number;
  targetMs: number;
}

const NAMES: Record<string, string> = { webgl: 'WebGL', canvas: '2D canvas', quickforce: 'quick force (hand-written)', fcose: 'fCoSE (cytoscape-fcose)' };

export function renderMarkdown(report: Report): string {
  return [
    `Headless Chromium ${report.version} (Debian, flags ${report.flags.join(' ')}; WebGL 2 there is SwiftShader, on the CPU), viewport 1280×800, the built explorer`,
    'served by the API, opened as is ("WebGL": large views drawn with WebGL) and with `?renderer=canvas` (WebGL off).',
    '`window.__explorer.loadSynthetic(n)`: n elements (half nodes, half edges, ontology types), the force layout the explorer runs',
    'at that size (fCoSE up to 500 elements, above that the quick force layout computed in a worker), the explorer\'s fit, then two',
    `animation frames. Large-graph mode (light styles) above 1,500 elements. Target: 20,000 elements laid out and drawn ≤ ${report.targetMs} ms.`,
    '',
    table(
      ['elements', 'renderer (drawn with)', 'layout', 'add ms', 'layout ms', 'total ms (to painted frame)'],
      report.sizes.map(({ requested, size, runs }) => {
        const total = spread(runs.map((r) => r.totalMs));
        const verdict = size === 20000 ? (total.median <= report.targetMs ? ` ✅ ≤ ${report.targetMs}` : ` ❌ > ${report.targetMs}`) : '';
        return [size, `${NAMES[requested]} (${NAMES[runs[0].renderer]})`, runs[0].algorithm, formatSpread(spread(runs.map((r) => r.addMs)), 0), formatSpread(spread(runs.map((r) => r.layoutMs)), 0), `${formatSpread(total, 0)}${verdict}`];
      }),
    ),
    '',
    `Pan and zoom after the load: ${report.frameCount} frames of panning (6 × 4 px a frame), then ${report.frameCount} of zooming`,
    '(×1.03 a frame in, then out, about the centre); intervals between animation frames, median / p95 / worst ms (frames per second).',
    '',
    table(
      ['elements', 'renderer (drawn with)', 'pan', 'zoom'],
      report.frames.map((f) => [f.size, `${NAMES[f.requested]} (${NAMES[f.drawnWith]})`, formatFrames(f.pan), formatFrames(f.zoom)]),
    ),
    '',
    'Force layouts side by side, same graphs, same run (one run each; WebGL page): layout time to positions applied, and quality —',
    'edges drawn straight through a node they do not join, and the spread of edge lengths (standard deviation / mean; lower is',
    'more even). A size is not run once a smaller one already took ten times the target.',
    '',
    table(
      ['layout', 'elements', 'layout ms', 'edges through nodes', 'edge-length spread'],
      report.layouts.map((row) =>
        'figures' in row
          ? [NAMES[row.algorithm] ?? row.algorithm, row.size, `${row.figures.layoutMs.toFixed(0)}${row.figures.layoutMs > report.targetMs ? ` ❌ > ${report.targetMs}` : ''}`, row.figures.edgesThroughNodes, row.figures.lengthSpread.toFixed(2)]
          : [NAMES[row.algorithm] ?? row.algorithm, row.size, `not run (${row.skippedAfter.nodes + row.skippedAfter.edges} elements took ${row.skippedAfter.layoutMs.toFixed(0)} ms)`, '–', '–'],
      ),
    ),
  ].join('\n');
}
