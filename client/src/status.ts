import { ApiRequestError } from './api/client';
import { el } from './dom';

// One status line for loading notes and errors, so every failure says what happened.

let bar: HTMLElement | null = null;
let pending = 0;
let hideTimer: number | undefined;

export function statusBar(): HTMLElement {
  bar = el('div', { className: 'status', 'data-testid': 'status', role: 'status', 'aria-live': 'polite' });
  bar.hidden = true;
  return bar;
}

function show(text: string, kind: 'info' | 'error' | 'loading'): void {
  if (!bar) return;
  window.clearTimeout(hideTimer);
  bar.textContent = text;
  bar.dataset.kind = kind;
  bar.hidden = false;
  if (kind === 'info') hideTimer = window.setTimeout(() => bar && (bar.hidden = true), 4000);
}

export function notify(text: string): void {
  show(text, 'info');
}

/** Describes an error for a person: the server's message, or what went wrong locally. */
export function describeError(err: unknown, doing: string): string {
  if (err instanceof ApiRequestError) {
    if (err.status === 404) return `${doing}: not found (${err.message})`;
    return `${doing} failed: ${err.message}`;
  }
  return `${doing} failed: ${err instanceof Error ? err.message : String(err)}`;
}

export function showError(err: unknown, doing: string): void {
  show(describeError(err, doing), 'error');
}

/** Runs a task with a "Loading…" note; the note goes once every task has finished. */
export async function withLoading<T>(label: string, task: () => Promise<T>): Promise<T> {
  pending += 1;
  show(`${label}…`, 'loading');
  document.body.classList.add('busy');
  try {
    return await task();
  } finally {
    pending -= 1;
    if (pending === 0) {
      document.body.classList.remove('busy');
      if (bar?.dataset.kind === 'loading') bar.hidden = true;
    }
  }
}
