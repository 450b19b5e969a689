import { button, clear, el } from '../dom';
import { describeError } from '../status';
import { auditApi, type AuditEvent, type AuditFilter } from './api';

// The audit view: who did what and when, filtered by user, action and date, newest first, a
// page at a time. Every value is shown as text.

const PAGE = 50;

function options(select: HTMLSelectElement, all: string, values: string[]): void {
  const chosen = select.value;
  clear(select);
  select.append(el('option', { value: '', text: all }), ...values.map((value) => el('option', { value, text: value })));
  select.value = values.includes(chosen) ? chosen : '';
}

function row(event: AuditEvent): HTMLElement {
  const detail = Object.keys(event.detail).length > 0 ? JSON.stringify(event.detail) : '';
  return el(
    'tr',
    { 'data-testid': 'audit-row', 'data-id': event.id },
    el('td', { text: event.at.slice(0, 19).replace('T', ' ') }),
    el('td', { 'data-testid': 'audit-actor', text: event.actor }),
    el('td', { 'data-testid': 'audit-action', text: event.action }),
    el('td', { className: 'target', text: event.targetId }),
    el('td', { className: 'detail', text: detail }),
  );
}

export function createAuditView(): { view: HTMLElement; show: () => void } {
  const view = el('section', { className: 'audit-view', 'data-testid': 'audit-view', 'aria-label': 'Audit log' });
  view.hidden = true;
  const actor = el('select', { 'aria-label': 'User', 'data-testid': 'audit-filter-actor' });
  const action = el('select', { 'aria-label': 'Action', 'data-testid': 'audit-filter-action' });
  const from = el('input', { type: 'date', 'aria-label': 'From', 'data-testid': 'audit-filter-from' });
  const to = el('input', { type: 'date', 'aria-label': 'To', 'data-testid': 'audit-filter-to' });
  const body = el('tbody');
  const summary = el('p', { className: 'summary', 'data-testid': 'audit-summary', role: 'status' });
  let offset = 0;
  let total = 0;
  // Opening the view loads every event while the analyst may already have applied a filter;
  // only the answer to the latest request is shown, so a slow earlier one never overwrites it.
  let latest = 0;

  const filter = (): AuditFilter => ({ actor: actor.value || undefined, action: action.value || undefined, from: from.value || undefined, to: to.value || undefined, limit: PAGE, offset });
  const older = button('Older', 'audit-older', () => void load(offset + PAGE));
  const newer = button('Newer', 'audit-newer', () => void load(Math.max(0, offset - PAGE)));

  async function load(at: number): Promise<void> {
    offset = at;
    const asked = ++latest;
    try {
      const page = await auditApi.events(filter());
      if (asked !== latest) return;
      total = page.total;
      clear(body);
      body.append(...page.events.map(row));
      summary.textContent = total === 0 ? 'No events match.' : `Events ${offset + 1}–${offset + page.events.length} of ${total}, newest first.`;
    } catch (err) {
      if (asked !== latest) return;
      clear(body);
      summary.textContent = describeError(err, 'Reading the audit log');
    }
    older.disabled = offset + PAGE >= total;
    newer.disabled = offset === 0;
  }

  const form = el('form', { className: 'row' }, actor, action, el('label', {}, 'From ', from), el('label', {}, 'To ', to), el('button', { type: 'submit', 'data-testid': 'audit-apply', text: 'Apply' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load(0);
  });
  const close = button('Close', 'audit-close', () => (view.hidden = true));
  const table = el(
    'table',
    { className: 'audit-table', 'data-testid': 'audit-table' },
    el('thead', {}, el('tr', {}, ...['When (UTC)', 'Who', 'Action', 'Target', 'Detail'].map((text) => el('th', { text })))),
    body,
  );
  view.append(el('header', {}, el('h2', { text: 'Audit log' }), close), form, summary, el('div', { className: 'scroll' }, table), el('div', { className: 'row' }, newer, older));
  options(actor, 'All users', []);
  options(action, 'All actions', []);

  const show = () => {
    view.hidden = false;
    auditApi.facets().then(
      (facets) => {
        options(actor, 'All users', facets.actors);
        options(action, 'All actions', facets.actions);
      },
      (err: unknown) => (summary.textContent = describeError(err, 'Reading the audit filters')),
    );
    void load(0);
  };
  return { view, show };
}
