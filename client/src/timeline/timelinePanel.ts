import type { EdgeData } from '../api/types';
import { button, clear, el } from '../dom';
import type { Explorer } from '../explorer';
import { notify } from '../status';
import { histogram, playSteps, shownInPeriod, type Histogram, type Period } from './bins';
import './timeline.css';

// The timeline under the canvas: the dated edges on screen (and their evidence) per year, the
// undated ones in a bar of their own. Dragging across the years (a brush) shows only the edges
// of that period; entities left without a shown edge fade. Play steps the period through the
// years. Each change of period is a step of the canvas history, so undo takes it back.

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 86;
const AXIS = 16;
const UNDATED_GAP = 18;
const PLAY_MS = 900;

interface TimelineState {
  period: Period | null;
  showUndated: boolean;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

export interface TimelinePanel {
  panel: HTMLElement;
  refresh(): void;
  /** Hears "2019–2021" (or "undated hidden") while the canvas shows less than every edge, else null. */
  onPeriodChange(listener: (note: string | null) => void): void;
}

export function createTimelinePanel(explorer: Explorer): TimelinePanel {
  const { cy } = explorer.canvas;
  let current: TimelineState = { period: null, showUndated: true };
  let shown: Histogram = { years: [], undated: { edges: 0, evidence: 0 } };
  let open = false;
  let playing: number | undefined;
  let periodListener: (note: string | null) => void = () => undefined;

  explorer.canvas.addStyle([
    { selector: 'edge.off-period', style: { display: 'none' } },
    { selector: 'node.off-period-node', style: { opacity: 0.25 } },
  ]);

  const label = el('span', { className: 'timeline-period', 'data-testid': 'timeline-period' });
  const play = button('▶ Play', 'timeline-play', () => (playing === undefined ? startPlay() : stopPlay()), 'Step the period through the years');
  const clearPeriod = button('All years', 'timeline-clear', () => setPeriod({ ...current, period: null }, 'all years'));
  const undated = el('input', { type: 'checkbox', 'data-testid': 'timeline-undated', checked: true });
  undated.addEventListener('change', () => setPeriod({ ...current, showUndated: undated.checked }, undated.checked ? 'show undated' : 'hide undated'));
  const chart = svg('svg', { class: 'timeline-chart', 'data-testid': 'timeline-chart', height: HEIGHT, role: 'img', preserveAspectRatio: 'none' });
  const controls = el('div', { className: 'timeline-controls' }, play, clearPeriod, el('label', { className: 'timeline-undated' }, undated, ' undated edges'), label);
  const panel = el('section', { className: 'timeline-panel', 'data-testid': 'timeline-panel', 'aria-label': 'Timeline' }, controls, el('div', { className: 'timeline-box' }, chart));

  // Undo and redo put the period back with the canvas.
  explorer.addSnapshotPart('timeline', {
    save: () => ({ ...current }),
    restore: (value) => {
      stopPlay();
      current = (value as TimelineState | undefined) ?? { period: null, showUndated: true };
      apply();
    },
  });

  /** A new period (or undated choice) as one undoable canvas step. */
  function setPeriod(next: TimelineState, what: string, record = true): void {
    if (record) explorer.checkpoint(`timeline: ${what}`);
    current = next;
    apply();
  }

  /** Marks the edges outside the period, and the entities left with none shown. */
  function apply(): void {
    const { period, showUndated } = current;
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        edge.toggleClass('off-period', !shownInPeriod((edge.data() as EdgeData).date, period, showUndated));
      });
      cy.nodes().forEach((node) => {
        const edges = node.connectedEdges();
        node.toggleClass('off-period-node', edges.nonempty() && edges.filter('.off-period').length === edges.length);
      });
    });
    undated.checked = showUndated;
    const note = [period ? `${period.from}–${period.to}` : null, showUndated ? null : 'undated hidden'].filter(Boolean).join(', ');
    periodListener(note || null);
    draw();
  }

  function draw(): void {
    if (!open) return;
    const onScreen = cy.edges().not('.filtered, .hidden');
    shown = histogram(onScreen.map((edge) => ({ date: (edge.data() as EdgeData).date, evidence: Number(edge.data('evidenceCount')) || 0 })));
    const { years, undated: none } = shown;
    const { period } = current;
    const kept = onScreen.not('.off-period').length;
    label.textContent = `${period ? `${period.from}–${period.to}` : 'All years'} · ${kept} of ${onScreen.length} edges shown${none.edges ? ` · ${none.edges} undated${current.showUndated ? '' : ' (hidden)'}` : ''}`;
    clear(chart);
    const width = Math.max(200, chart.getBoundingClientRect().width || 600);
    chart.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    if (years.length === 0 && none.edges === 0) {
      const text = svg('text', { x: 8, y: HEIGHT / 2, class: 'timeline-empty' });
      text.textContent = 'No edges on the canvas.';
      chart.append(text);
      return;
    }
    const slots = years.length + (none.edges ? 1 : 0);
    const slot = (width - (none.edges ? UNDATED_GAP : 0)) / Math.max(1, slots);
    const max = Math.max(1, ...years.map((bin) => Math.max(bin.edges, bin.evidence)), none.edges, none.evidence);
    const scale = (n: number) => (n / max) * (HEIGHT - AXIS - 4);
    const labelEvery = Math.ceil(34 / slot);
    years.forEach((bin, index) => {
      const x = index * slot;
      const inPeriod = !period || (bin.year >= period.from && bin.year <= period.to);
      chart.append(bar(x, slot, bin.edges, bin.evidence, scale, inPeriod, `${bin.year}: ${bin.edges} edges, ${bin.evidence} evidence`, { 'data-year': bin.year }));
      if (index % labelEvery === 0) chart.append(axisLabel(x + slot / 2, String(bin.year)));
    });
    if (none.edges) {
      const x = years.length * slot + UNDATED_GAP;
      chart.append(bar(x, slot, none.edges, none.evidence, scale, current.showUndated, `Undated: ${none.edges} edges, ${none.evidence} evidence`, { 'data-undated': 'true' }));
      chart.append(axisLabel(x + slot / 2, 'undated'));
    }
    if (period && years.length > 0) {
      const first = Math.max(0, period.from - years[0].year);
      const last = Math.min(years.length - 1, period.to - years[0].year);
      if (last >= first) chart.append(svg('rect', { class: 'timeline-brush', 'data-testid': 'timeline-brush', x: first * slot, y: 0, width: (last - first + 1) * slot, height: HEIGHT - AXIS }));
    }
    brushSlot = slot;
  }

  // The brush: press on a year, drag to another, let go.
  let brushSlot = 1;
  let dragFrom: number | null = null;
  const yearAt = (event: PointerEvent): number | null => {
    if (shown.years.length === 0) return null;
    const box = chart.getBoundingClientRect();
    const scaleX = (chart.viewBox.baseVal?.width || box.width) / box.width;
    const index = Math.floor(((event.clientX - box.left) * scaleX) / brushSlot);
    return shown.years[Math.max(0, Math.min(shown.years.length - 1, index))].year;
  };
  const preview = (a: number, b: number) => {
    chart.querySelector('.timeline-brush')?.remove();
    const first = Math.min(a, b) - shown.years[0].year;
    const last = Math.max(a, b) - shown.years[0].year;
    chart.append(svg('rect', { class: 'timeline-brush', 'data-testid': 'timeline-brush', x: first * brushSlot, y: 0, width: (last - first + 1) * brushSlot, height: HEIGHT - AXIS }));
  };
  chart.addEventListener('pointerdown', (event) => {
    dragFrom = yearAt(event);
    if (dragFrom === null) return;
    stopPlay();
    chart.setPointerCapture(event.pointerId);
    preview(dragFrom, dragFrom);
  });
  chart.addEventListener('pointermove', (event) => {
    const to = dragFrom === null ? null : yearAt(event);
    if (dragFrom !== null && to !== null) preview(dragFrom, to);
  });
  chart.addEventListener('pointerup', (event) => {
    const to = yearAt(event);
    const from = dragFrom;
    dragFrom = null;
    if (from === null || to === null) return;
    const period = { from: Math.min(from, to), to: Math.max(from, to) };
    setPeriod({ ...current, period }, `${period.from}–${period.to}`);
  });

  function startPlay(): void {
    if (shown.years.length < 2) return notify('Play needs dated edges over two years or more.');
    const first = shown.years[0].year;
    const last = shown.years.at(-1)!.year;
    const width = current.period ? current.period.to - current.period.from + 1 : 1;
    const steps = playSteps(first, last, width >= last - first + 1 ? 1 : width);
    explorer.checkpoint('timeline: play');
    let index = 0;
    play.textContent = '■ Stop';
    const step = () => {
      current = { ...current, period: steps[index] };
      apply();
      index += 1;
      if (index >= steps.length) stopPlay();
    };
    step();
    if (playing === undefined && index < steps.length) playing = window.setInterval(step, PLAY_MS);
  }

  function stopPlay(): void {
    if (playing !== undefined) window.clearInterval(playing);
    playing = undefined;
    play.textContent = '▶ Play';
  }

  // New edges join under the current period; the histogram follows what is on screen.
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (current.period || !current.showUndated) apply();
      else draw();
    });
  };
  cy.on('add remove', schedule);
  explorer.state.onChange(schedule);

  return {
    panel,
    refresh: () => {
      open = !panel.hidden;
      draw();
    },
    onPeriodChange: (listener) => (periodListener = listener),
  };
}

function bar(x: number, slot: number, edges: number, evidence: number, scale: (n: number) => number, inPeriod: boolean, title: string, attrs: Record<string, string | number>): SVGGElement {
  const base = HEIGHT - AXIS;
  const group = svg('g', { class: `timeline-bar${inPeriod ? '' : ' out'}`, 'data-testid': 'timeline-bar', ...attrs });
  const w = Math.max(2, slot * 0.42);
  const edgeHeight = scale(edges);
  const evidenceHeight = scale(evidence);
  group.append(
    svg('rect', { class: 'bar-hit', x, y: 0, width: slot, height: base }),
    svg('rect', { class: 'bar-edges', x: x + slot * 0.08, y: base - edgeHeight, width: w, height: edgeHeight }),
    svg('rect', { class: 'bar-evidence', x: x + slot * 0.08 + w, y: base - evidenceHeight, width: w, height: evidenceHeight }),
  );
  const tip = svg('title', {});
  tip.textContent = title;
  group.append(tip);
  return group;
}

function axisLabel(x: number, text: string): SVGTextElement {
  const node = svg('text', { x, y: HEIGHT - 4, class: 'timeline-axis', 'text-anchor': 'middle' });
  node.textContent = text;
  return node;
}
