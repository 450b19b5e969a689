import { button, el, swatch } from './dom';
import type { Explorer } from './explorer';
import { defaultFilters, type Filters } from './state';
import { notify } from './status';

// Filters: entity types, relationship types, a date range over the years present, minimum
// confidence, and co-occurrence RELATED_TO (hidden by default). They hide what is drawn at
// once and shape every later expansion.

export function createFilters(explorer: Explorer): HTMLElement {
  const { state } = explorer;
  const { schema } = state;
  const panel = el('details', { className: 'panel', 'data-testid': 'filters', open: true });

  const apply = (change: (filters: Filters) => void) => {
    state.update((view) => change(view.filters));
    explorer.refreshVisibility();
    explorer.filtersChanged();
    sync();
  };

  const typeBoxes = schema.entityTypes.map((type) => {
    const box = el('input', { type: 'checkbox', value: type.name, 'data-testid': `filter-type-${type.name}` });
    box.addEventListener('change', () => {
      if (keepOne(box, typeBoxes)) apply((filters) => (filters.types = checkedOrAll(typeBoxes)));
    });
    const label = el('label', { className: 'check', title: type.description }, box, swatch(type.color, type.shape), `${type.name} ${type.labelZh}`, el('span', { className: 'count', text: String(type.count) }));
    return { box, label };
  });
  const relBoxes = schema.relationshipTypes
    .filter((rel) => !rel.inferred)
    .map((rel) => {
      const box = el('input', { type: 'checkbox', value: rel.name, 'data-testid': `filter-rel-${rel.name}` });
      box.addEventListener('change', () => {
        if (keepOne(box, relBoxes)) apply((filters) => (filters.rels = checkedOrAll(relBoxes)));
      });
      const label = el('label', { className: 'check' }, box, swatch(rel.color), `${rel.labelEn} ${rel.labelZh}`, el('span', { className: 'count', text: String(rel.count) }));
      return { box, label };
    });

  const inferred = el('input', { type: 'checkbox', 'data-testid': 'filter-inferred' });
  inferred.addEventListener('change', () => apply((filters) => (filters.inferred = inferred.checked)));

  const confidence = el('input', { type: 'range', min: 0, max: 1, step: 0.05, 'data-testid': 'filter-confidence', 'aria-label': 'Minimum confidence' });
  const confidenceValue = el('output', {});
  confidence.addEventListener('input', () => apply((filters) => (filters.minConfidence = Number(confidence.value))));

  const years = schema.years;
  const fromYear = el('input', { type: 'range', 'data-testid': 'filter-from', 'aria-label': 'From year' });
  const toYear = el('input', { type: 'range', 'data-testid': 'filter-to', 'aria-label': 'To year' });
  const yearsValue = el('output', { 'data-testid': 'filter-years' });
  if (years) {
    for (const input of [fromYear, toYear]) Object.assign(input, { min: String(years[0]), max: String(years[1]), step: '1' });
    const onYears = () =>
      apply((filters) => {
        let [from, to] = [Number(fromYear.value), Number(toYear.value)];
        if (from > to) [from, to] = [to, from];
        filters.from = from > years[0] ? from : null;
        filters.to = to < years[1] ? to : null;
      });
    fromYear.addEventListener('input', onYears);
    toYear.addEventListener('input', onYears);
  }

  /** Puts the controls in step with the state (after a URL restore or a reset). */
  const sync = () => {
    const filters = state.view.filters;
    for (const { box } of typeBoxes) box.checked = filters.types.length === 0 || filters.types.includes(box.value);
    for (const { box } of relBoxes) box.checked = filters.rels.length === 0 || filters.rels.includes(box.value);
    inferred.checked = filters.inferred;
    confidence.value = String(filters.minConfidence);
    confidenceValue.textContent = filters.minConfidence.toFixed(2);
    if (years) {
      fromYear.value = String(filters.from ?? years[0]);
      toYear.value = String(filters.to ?? years[1]);
      yearsValue.textContent = `${filters.from ?? years[0]}–${filters.to ?? years[1]}`;
    }
  };

  panel.append(
    el('summary', { text: 'Filters' }),
    el('h4', {}, 'Entity types ', button('All', 'filter-types-all', () => apply((filters) => (filters.types = [])))),
    el('div', { className: 'checks' }, ...typeBoxes.map((entry) => entry.label)),
    el('h4', {}, 'Relationships ', button('All', 'filter-rels-all', () => apply((filters) => (filters.rels = [])))),
    el('div', { className: 'checks scroll' }, ...relBoxes.map((entry) => entry.label)),
    el('label', { className: 'check' }, inferred, 'Show “mentioned with” links (inferred)'),
    el('h4', { text: 'Dates' }),
    years
      ? el('div', { className: 'years' }, fromYear, toYear, yearsValue)
      : el('p', { className: 'empty', text: 'No dated relations in the graph yet.' }),
    el('h4', {}, 'Minimum confidence ', confidenceValue),
    confidence,
    el('div', { className: 'row' }, button('Reset filters', 'filter-reset', () => apply((filters) => Object.assign(filters, defaultFilters())))),
  );
  sync();
  return panel;
}

/** All boxes checked means "no filter" (so new types in the graph are not left out). */
function checkedOrAll(entries: { box: HTMLInputElement }[]): string[] {
  const checked = entries.filter((entry) => entry.box.checked).map((entry) => entry.box.value);
  return checked.length === entries.length ? [] : checked;
}

/** An empty list means "all", so the last box stays checked rather than showing everything. */
function keepOne(box: HTMLInputElement, entries: { box: HTMLInputElement }[]): boolean {
  if (entries.some((entry) => entry.box.checked)) return true;
  box.checked = true;
  notify('Keep at least one type checked; “All” shows every type.');
  return false;
}
