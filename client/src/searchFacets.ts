import type { SearchFacets } from '../../contract/exploreAnswers';
import { el } from './dom';
import type { ExplorerState } from './state';
import { entityTypeLabel } from './graph/labels';

// The search box's facets: the matches counted by entity type, document language and document,
// shown above the suggestions; a click narrows the results to that value (or widens them
// again). Values come from the data, so they reach the page as text only.

export interface FacetChoice {
  types: string[];
  langs: string[];
  documents: string[];
}

export type FacetName = keyof FacetChoice;

export function emptyChoice(): FacetChoice {
  return { types: [], langs: [], documents: [] };
}

export function toggleChoice(choice: FacetChoice, facet: FacetName, value: string): FacetChoice {
  const values = choice[facet];
  return { ...choice, [facet]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value] };
}

const TITLES: Record<FacetName, string> = { types: 'Type', langs: 'Language', documents: 'Document' };
const SHOWN = 6;

/** The facet rows; `onToggle` gets the facet and value clicked. */
export function facetBar(facets: SearchFacets, choice: FacetChoice, state: ExplorerState, testid: string, onToggle: (facet: FacetName, value: string) => void): HTMLElement {
  const bar = el('li', { className: 'facets', 'data-testid': `${testid}-facets`, role: 'presentation' });
  for (const facet of ['types', 'langs', 'documents'] as FacetName[]) {
    const values = facets[facet];
    if (values.length === 0) continue;
    const row = el('div', { className: 'facet-row', 'data-testid': `${testid}-facet-${facet}` }, el('span', { className: 'facet-title', text: TITLES[facet] }));
    for (const { value, label, count } of values.slice(0, SHOWN)) {
      const chosen = choice[facet].includes(value);
      const text = facet === 'types' ? entityTypeLabel(state.schema, value, state.view.lang) : label;
      const chip = el(
        'button',
        { type: 'button', className: 'facet', 'data-testid': `${testid}-facet`, 'data-facet': facet, 'data-value': value, 'aria-pressed': String(chosen), title: label },
        el('span', { className: 'facet-label', text }),
        el('span', { className: 'facet-count', text: String(count) }),
      );
      // Pressed before the input's blur would close the list.
      chip.addEventListener('mousedown', (event) => {
        event.preventDefault();
        onToggle(facet, value);
      });
      row.append(chip);
    }
    bar.append(row);
  }
  return bar;
}
