import { ApiRequestError } from '../api/client';
import { el } from '../dom';
import type { Explorer } from '../explorer';
import type { ExplorerState } from '../state';
import { describeError, notify, showError } from '../status';
import { onUserChange } from '../analyst/session';
import { investigationsApi } from './api';
import { applySettings, drawCanvas } from './canvasState';
import { setCurrentInvestigation } from './current';

// Opening an investigation from the address (/?inv=ID, and &key=… for a shared link): its
// filters, labels and layout are set before the panels are built, its canvas drawn after.

const idPattern = /^[A-Za-z0-9._:-]{1,200}$/;

export type DrawOpened = (explorer: Explorer) => Promise<void>;

function notice(text: string): void {
  const stage = document.querySelector('main.stage') ?? document.body;
  stage.append(el('div', { className: 'investigation-notice', 'data-testid': 'investigation-error', role: 'alert', text }));
}

/** Reads the investigation the address names (null when it names none); the returned step draws it. */
export async function investigationFromAddress(state: ExplorerState): Promise<DrawOpened | null> {
  const params = new URLSearchParams(window.location.search);
  const id = params.get('inv');
  if (!id || !idPattern.test(id)) return null;
  const key = params.get('key') ?? undefined;
  const address = window.location.href;
  try {
    const investigation = await investigationsApi.get(id, key);
    applySettings({ state }, investigation.canvas);
    return async (explorer) => {
      const missing = await drawCanvas(explorer, investigation.canvas);
      setCurrentInvestigation(investigation);
      notify(`Opened “${investigation.name}”${missing > 0 ? `; ${missing} of its entities are no longer in the graph` : ''}.`);
    };
  } catch (err) {
    return async () => {
      const status = err instanceof ApiRequestError ? err.status : 0;
      if (status === 401) {
        notice('Log in to open this investigation.');
        // Once logged in, the same address opens it.
        onUserChange((user) => user && window.location.assign(address));
      } else if (status === 403) notice('This investigation is not shared with you: ask its owner to share it.');
      else notice(describeError(err, 'Opening the investigation'));
      showError(err, 'Opening the investigation');
    };
  }
}
