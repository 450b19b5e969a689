import { analystApi } from '../analyst/api';
import { canWrite, onUserChange } from '../analyst/session';
import type { EntitySummary } from '../api/types';
import { button, clear, el } from '../dom';
import type { Explorer } from '../explorer';
import { describeError, notify } from '../status';
import { duplicatesApi, type DuplicateCandidate } from './api';
import { renderComparison } from './compare';
import './duplicates.css';

// The duplicate review: the pairs the graph suspects are one entity, best first with the
// reasons; compare a pair side by side with its evidence, then merge it (the existing merge,
// shown on the canvas at once) or dismiss it for good. For analysts only.

export interface DuplicateReview {
  button: HTMLElement;
  view: HTMLElement;
}

export function createDuplicateReview(explorer: Explorer): DuplicateReview {
  const type = el('select', { 'aria-label': 'Entity type', 'data-testid': 'duplicates-type' });
  type.append(el('option', { value: '', text: 'every type' }));
  for (const t of explorer.state.schema?.entityTypes ?? []) type.append(el('option', { value: t.name, text: t.name }));
  const note = el('p', { className: 'library-note', 'data-testid': 'duplicates-note', role: 'status' });
  const rows = el('ul', { className: 'duplicate-rows', 'data-testid': 'duplicate-rows' });
  const comparison = el('div', { 'data-testid': 'duplicate-compare-slot' });
  const view = el(
    'section',
    { className: 'library-view duplicate-view', 'data-testid': 'duplicates-view', role: 'dialog', 'aria-label': 'Duplicate review' },
    el('header', {}, el('h2', { text: 'Duplicate review' }), button('Close', 'duplicates-close', () => (view.hidden = true))),
    el('div', { className: 'library-filters' }, type),
    note,
    el('div', { className: 'duplicate-body' }, rows, comparison),
  );
  view.hidden = true;

  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    note.textContent = 'Looking for duplicates…';
    clear(comparison);
    try {
      const answer = await duplicatesApi.list(type.value || undefined);
      if (mine !== generation) return;
      clear(rows);
      for (const candidate of answer.candidates) rows.append(row(candidate));
      note.textContent = answer.total === 0 ? 'No candidates: nothing looks like a duplicate.' : `${answer.total} candidate pairs, likeliest first${answer.total > answer.candidates.length ? ` (the first ${answer.candidates.length} shown)` : ''}.`;
    } catch (err) {
      if (mine === generation) note.textContent = describeError(err, 'Looking for duplicates');
    }
  };
  type.addEventListener('change', () => void load());

  const merge = async (keep: EntitySummary, duplicate: EntitySummary) => {
    if (!window.confirm(`Merge "${duplicate.name}" into "${keep.name}"? Its names, edges and evidence move there (undo restores them).`)) return;
    try {
      const done = await analystApi.merge(keep.id, duplicate.id);
      notify(`Merged "${duplicate.name}" into "${keep.name}": ${done.movedEdges} edges moved.`);
      await explorer.entitiesChanged([keep.id], [duplicate.id]);
      await load();
    } catch (err) {
      notify(describeError(err, 'Merging'));
    }
  };
  const dismiss = async (candidate: DuplicateCandidate) => {
    try {
      await duplicatesApi.dismiss(candidate.keep.id, candidate.merge.id);
      notify(`Not duplicates: "${candidate.keep.name}" and "${candidate.merge.name}" will not be offered again.`);
      await load();
    } catch (err) {
      notify(describeError(err, 'Dismissing the pair'));
    }
  };
  const compare = async (candidate: DuplicateCandidate, item: HTMLElement) => {
    for (const other of rows.querySelectorAll('.current')) other.classList.remove('current');
    item.classList.add('current');
    clear(comparison);
    try {
      const answer = await duplicatesApi.compare(candidate.keep.id, candidate.merge.id);
      comparison.append(renderComparison(answer, { merge: (k, m) => void merge(k, m), dismiss: () => void dismiss(candidate) }));
    } catch (err) {
      comparison.append(el('p', { className: 'error', text: describeError(err, 'Comparing the pair') }));
    }
  };

  const row = (candidate: DuplicateCandidate): HTMLElement => {
    const item = el(
      'li',
      { className: 'duplicate-row', 'data-testid': 'duplicate-row', 'data-keep': candidate.keep.id, 'data-merge': candidate.merge.id },
      el('div', { className: 'duplicate-names' }, el('strong', { text: candidate.keep.name }), ' ⇄ ', el('strong', { text: candidate.merge.name }), el('span', { className: 'muted', text: ` ${candidate.keep.type} · ${candidate.score.toFixed(2)}` })),
      el('ul', { className: 'duplicate-reasons' }, ...candidate.reasons.map((r) => el('li', { 'data-kind': r.kind, text: r.detail }))),
    );
    item.append(
      el(
        'div',
        { className: 'actions' },
        button('Compare', 'duplicate-compare-open', () => void compare(candidate, item)),
        button('Merge', 'duplicate-merge', () => void merge(candidate.keep, candidate.merge), `Merge "${candidate.merge.name}" into "${candidate.keep.name}"`),
        button('Dismiss', 'duplicate-dismiss', () => void dismiss(candidate), 'Not duplicates: never offer this pair again'),
      ),
    );
    return item;
  };

  const open = button('Duplicates', 'duplicates-open', () => {
    view.hidden = false;
    void load();
  }, 'Review entities that may be duplicates');
  const sync = () => {
    open.hidden = !canWrite();
    if (open.hidden) view.hidden = true;
  };
  onUserChange(sync);
  sync();
  return { button: open, view };
}
