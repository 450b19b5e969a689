import type { NeighborCounts } from './api/types';
import { button, el } from './dom';
import type { Explorer, NeighbourChoice } from './explorer';
import type { NeighborOrder } from '../../contract/limits';

// The hub safeguard's question: an entity with more neighbours than the threshold is not drawn
// as a starburst; the analyst picks relationship types, entity types, which neighbours first
// and how many — or draws them all after all. The threshold is kept in this browser.

const THRESHOLD_KEY = 'explorer.hubThreshold';
const DEFAULT_THRESHOLD = 40;
const ORDERS: { value: NeighborOrder; text: string }[] = [
  { value: 'degree', text: 'most connected first' },
  { value: 'mentions', text: 'most mentioned first' },
  { value: 'recent', text: 'most recent edge first' },
];

function storedThreshold(): number {
  const stored = Number(window.localStorage?.getItem(THRESHOLD_KEY));
  return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_THRESHOLD;
}

export function installHubGuard(explorer: Explorer): void {
  explorer.hubThreshold = storedThreshold();
  explorer.setHubGuard((entity, counts) => askHowToExpand(explorer, entity.name, counts));
}

/** Checkboxes for the names counted, most first; none ticked means all. */
function countBoxes(counts: Record<string, number>, testid: string): { list: HTMLElement; checked(): string[] } {
  const names = Object.keys(counts).sort((a, b) => counts[b] - counts[a] || a.localeCompare(b));
  const boxes = names.map((name) => el('input', { type: 'checkbox', value: name, 'data-testid': `${testid}-${name}` }));
  const list = el('div', { className: 'hub-counts' }, ...names.map((name, i) => el('label', { className: 'check' }, boxes[i], name, el('span', { className: 'count', text: String(counts[name]) }))));
  return { list, checked: () => boxes.filter((box) => box.checked).map((box) => box.value) };
}

function askHowToExpand(explorer: Explorer, name: string, counts: NeighborCounts): Promise<NeighbourChoice | null> {
  return new Promise((resolve) => {
    const rels = countBoxes(counts.byRelationship, 'hub-rel');
    const types = countBoxes(counts.byEntityType, 'hub-type');
    const order = el('select', { 'data-testid': 'hub-order', 'aria-label': 'Which neighbours first' });
    for (const option of ORDERS) order.append(el('option', { value: option.value, text: option.text }));
    const limit = el('input', { type: 'number', min: 1, max: 999, value: Math.min(20, explorer.hubThreshold), 'data-testid': 'hub-limit', 'aria-label': 'How many neighbours' });
    const threshold = el('input', { type: 'number', min: 1, max: 999, value: explorer.hubThreshold, 'data-testid': 'hub-threshold', 'aria-label': 'Ask above this many neighbours' });

    const close = (choice: NeighbourChoice | null) => {
      const asked = Number(threshold.value);
      if (Number.isInteger(asked) && asked > 0) {
        explorer.hubThreshold = asked;
        window.localStorage?.setItem(THRESHOLD_KEY, String(asked));
      }
      document.removeEventListener('keydown', onKey);
      backdrop.remove();
      resolve(choice);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(null);
    };
    const chosen = (): NeighbourChoice => {
      const n = Number(limit.value);
      return { rels: rels.checked(), types: types.checked(), order: order.value as NeighborOrder, limit: Number.isInteger(n) && n > 0 ? Math.min(n, 999) : undefined };
    };

    const dialog = el(
      'div',
      { className: 'hub-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'hub-title', 'data-testid': 'hub-dialog' },
      el('h3', { id: 'hub-title', 'data-testid': 'hub-title', text: `${name} has ${counts.total} neighbours` }),
      el('p', { text: 'Drawing them all at once makes a starburst. Choose what to draw (nothing ticked: every type).' }),
      el('fieldset', {}, el('legend', { text: 'Relationship types' }), rels.list),
      el('fieldset', {}, el('legend', { text: 'Entity types' }), types.list),
      el('div', { className: 'row' }, el('label', {}, 'Draw at most ', limit), ' ', order),
      el(
        'div',
        { className: 'row actions' },
        button('Expand', 'hub-expand', () => close(chosen())),
        button(`Draw all ${counts.total}`, 'hub-all', () => close({ limit: counts.total })),
        button('Cancel', 'hub-cancel', () => close(null)),
      ),
      el('p', { className: 'hint' }, el('label', {}, 'Ask when an entity has more than ', threshold, ' neighbours')),
    );
    const backdrop = el('div', { className: 'hub-backdrop', 'data-testid': 'hub-backdrop' }, dialog);
    backdrop.addEventListener('click', (event) => {
      if (event.target === backdrop) close(null);
    });
    document.addEventListener('keydown', onKey);
    document.body.append(backdrop);
    (dialog.querySelector('button') as HTMLButtonElement | null)?.focus();
  });
}
