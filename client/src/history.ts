import type { ElementDefinition } from 'cytoscape';
import type { Expansion } from './expansions';

// Undo and redo over every canvas action: before an action the canvas is recorded whole (its
// elements with positions and classes, what was expanded, hidden, pinned, selected), so undo
// puts back exactly what was drawn — whichever action it was — and redo the reverse.

export interface CanvasSnapshot {
  /** What the action did, for "Undo expand" and the messages. */
  label: string;
  elements: ElementDefinition[];
  expanded: string[];
  hidden: string[];
  pinned: string[];
  selected: string | null;
  expansions: Expansion[];
  kept: string[];
  /** Zoom and pan, so undoing a layout shows the canvas as it was seen. */
  viewport?: { zoom: number; pan: { x: number; y: number } };
  /** The layout chosen then (the toolbar shows it). */
  layout?: string;
  /** What features keep beside the canvas, by key (Explorer.addSnapshotPart). */
  parts?: Record<string, unknown>;
}

/** A feature's own state that undo and redo put back with the canvas. */
export interface SnapshotPart {
  save(): unknown;
  /** Gets undefined when the snapshot was taken before the feature recorded anything. */
  restore(value: unknown): void;
}

export class CanvasHistory {
  private past: CanvasSnapshot[] = [];
  private future: CanvasSnapshot[] = [];

  constructor(private readonly depth = 50) {}

  /** The canvas as it was before an action; a new action drops what could be redone. */
  record(before: CanvasSnapshot): void {
    this.past.push(before);
    if (this.past.length > this.depth) this.past.shift();
    this.future = [];
  }

  /** The canvas to go back to, given the canvas now (kept for redo); undefined when none. */
  undo(now: CanvasSnapshot): CanvasSnapshot | undefined {
    const before = this.past.pop();
    if (before) this.future.push({ ...now, label: before.label });
    return before;
  }

  redo(now: CanvasSnapshot): CanvasSnapshot | undefined {
    const after = this.future.pop();
    if (after) this.past.push({ ...now, label: after.label });
    return after;
  }

  /** The label of the action undo would take back (or redo would do again), if any. */
  get undoLabel(): string | null {
    return this.past.at(-1)?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.future.at(-1)?.label ?? null;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
