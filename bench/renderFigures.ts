import type { Page } from 'playwright-core';
import { percentile } from './lib/stats';

// What the render bench asks of the explorer's harness (client/src/bench.ts, benchRender.ts),
// and the frame-time summary it reports.

export interface RenderTiming {
  nodes: number;
  edges: number;
  /** The Cytoscape layout the explorer ran at this size (fcose, quickforce). */
  algorithm: string;
  addMs: number;
  layoutMs: number;
  totalMs: number;
  renderer: 'webgl' | 'canvas';
}

export interface FrameTimes {
  renderer: 'webgl' | 'canvas';
  pan: number[];
  zoom: number[];
}

export interface LayoutFigures {
  algorithm: string;
  nodes: number;
  edges: number;
  layoutMs: number;
  edgesThroughNodes: number;
  lengthSpread: number;
}

interface Harness {
  loadSynthetic(n: number): Promise<RenderTiming>;
  panZoomFrames(frames: number): Promise<FrameTimes>;
  compareLayout(n: number, algorithm: string): Promise<LayoutFigures>;
}

type Call<K extends keyof Harness> = Parameters<Harness[K]>;

/** Calls the harness in the page (the arguments cross as JSON). */
export function harness<K extends keyof Harness>(page: Page, method: K, ...args: Call<K>): Promise<Awaited<ReturnType<Harness[K]>>> {
  return page.evaluate(
    ([name, list]) => {
      const target = (globalThis as unknown as { __explorer: Record<string, (...a: unknown[]) => unknown> }).__explorer;
      return target[name](...list);
    },
    [method, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<Harness[K]>>>;
}

export interface FrameSummary {
  median: number;
  p95: number;
  worst: number;
  /** Frames per second over the whole gesture. */
  fps: number;
}

export function frameSummary(intervals: number[]): FrameSummary {
  const total = intervals.reduce((sum, ms) => sum + ms, 0);
  return { median: percentile(intervals, 50), p95: percentile(intervals, 95), worst: Math.max(...intervals), fps: total > 0 ? (1000 * intervals.length) / total : NaN };
}

export function formatFrames(s: FrameSummary): string {
  return `${s.median.toFixed(1)} / ${s.p95.toFixed(1)} / ${s.worst.toFixed(0)} (${s.fps.toFixed(0)} fps)`;
}
