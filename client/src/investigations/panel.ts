import { button, clear, el } from '../dom';
import type { Explorer } from '../explorer';
import { describeError } from '../status';
import { canWrite, currentUser, onUserChange } from '../analyst/session';
import { investigationsApi, investigationUrl, type Investigation, type InvestigationSummary } from './api';
import { captureCanvas } from './canvasState';
import { currentInvestigation, onInvestigationChange, setCurrentInvestigation } from './current';
import { renderSharing } from './sharing';

// The investigations panel: save the canvas (as new, or over the one open), name and notes,
// share it, and open one of yours or one shared with you.

function describeCurrent(investigation: Investigation | null): string {
  if (!investigation) return 'Unsaved canvas';
  return `${investigation.name} · ${investigation.owner} · version ${investigation.version} (${investigation.access})`;
}

function listRow(item: InvestigationSummary): HTMLElement {
  const open = button('Open', 'investigation-open', () => window.location.assign(investigationUrl(item.id)));
  const meta = `${item.owner} · ${item.nodeCount} entities · ${item.updatedAt.slice(0, 16).replace('T', ' ')} · ${item.access}`;
  return el('li', { 'data-id': item.id }, el('span', { className: 'name', 'data-testid': 'investigation-list-name', text: item.name }), el('span', { className: 'meta', text: meta }), open);
}

export function createInvestigationsPanel(explorer: Explorer): { panel: HTMLElement; toggle: HTMLButtonElement } {
  const panel = el('section', { className: 'investigations-panel', 'data-testid': 'investigations-panel', 'aria-label': 'Investigations' });
  panel.hidden = true;
  const message = el('p', { className: 'message', 'data-testid': 'investigation-message', role: 'status' });
  const say = (text: string) => (message.textContent = text);
  const name = el('input', { type: 'text', placeholder: 'Name', maxlength: 200, 'aria-label': 'Investigation name', 'data-testid': 'investigation-name' });
  const notes = el('textarea', { rows: 4, placeholder: 'Notes', maxlength: 20000, 'aria-label': 'Notes', 'data-testid': 'investigation-notes' });
  const heading = el('p', { className: 'current', 'data-testid': 'investigation-current' });
  const sharing = el('div');
  const list = el('ul', { className: 'investigation-list', 'data-testid': 'investigation-list' });

  const saved = (investigation: Investigation, verb: string) => {
    setCurrentInvestigation(investigation);
    say(`${verb} “${investigation.name}” (version ${investigation.version}).`);
    void refreshList();
  };
  const saveOver = button('Save', 'investigation-save', () => {
    const open = currentInvestigation();
    if (!open) return;
    investigationsApi
      .update(open.id, open.version, { name: name.value.trim() || open.name, notes: notes.value, canvas: captureCanvas(explorer) })
      .then((investigation) => saved(investigation, 'Saved'), (err: unknown) => say(describeError(err, 'Saving')));
  });
  const saveNew = button('Save as new', 'investigation-save-new', () => {
    if (!name.value.trim()) return say('Give the investigation a name first.');
    investigationsApi.create(name.value.trim(), notes.value, captureCanvas(explorer)).then((investigation) => saved(investigation, 'Saved'), (err: unknown) => say(describeError(err, 'Saving')));
  });

  const render = () => {
    const open = currentInvestigation();
    heading.textContent = describeCurrent(open);
    name.value = open?.name ?? name.value;
    notes.value = open?.notes ?? notes.value;
    const writer = canWrite();
    saveNew.disabled = !writer;
    saveOver.disabled = !writer || !open || open.access === 'read';
    clear(sharing);
    if (open?.access === 'owner' && writer) sharing.append(renderSharing(open, say));
  };

  // Only the newest of overlapping refreshes draws the list (a save while it is being listed).
  let round = 0;
  async function refreshList(): Promise<void> {
    const mine = ++round;
    if (!currentUser()) {
      clear(list);
      return void list.append(el('li', { className: 'empty', text: 'Log in to keep and open investigations.' }));
    }
    let rows: HTMLElement[];
    try {
      const items = await investigationsApi.list();
      rows = items.length > 0 ? items.map(listRow) : [el('li', { className: 'empty', text: 'No investigations yet: save this canvas to start one.' })];
    } catch (err) {
      rows = [el('li', { className: 'error', text: describeError(err, 'Listing investigations') })];
    }
    if (mine !== round) return;
    clear(list);
    list.append(...rows);
  }

  onInvestigationChange(render);
  onUserChange(() => {
    render();
    if (!panel.hidden) void refreshList();
  });
  panel.append(
    el('h3', { text: 'Investigations' }),
    heading,
    name,
    notes,
    el('div', { className: 'row' }, saveOver, saveNew),
    message,
    sharing,
    el('h4', { text: 'Yours and shared with you' }),
    list,
  );
  render();
  const toggle = button('Investigations', 'investigations-toggle', () => {
    panel.hidden = !panel.hidden;
    if (!panel.hidden) void refreshList();
  }, 'Save, share and open investigations');
  return { panel, toggle };
}
