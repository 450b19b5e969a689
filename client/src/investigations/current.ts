import type { Investigation } from './api';

// The investigation open on the canvas, if any: what "Save" writes to and sharing acts on.

let current: Investigation | null = null;
const listeners = new Set<(investigation: Investigation | null) => void>();

export function currentInvestigation(): Investigation | null {
  return current;
}

export function setCurrentInvestigation(investigation: Investigation | null): void {
  current = investigation;
  for (const listener of listeners) listener(investigation);
}

export function onInvestigationChange(listener: (investigation: Investigation | null) => void): void {
  listeners.add(listener);
}
