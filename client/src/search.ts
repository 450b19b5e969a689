import { api } from './api/client';
import type { SearchResult } from './api/types';
import { clear, el, swatch } from './dom';
import { entityLabel, secondaryName, typeColor } from './graph/labels';
import type { ExplorerState } from './state';
import { describeError } from './status';
import { emptyChoice, facetBar, toggleChoice, type FacetChoice } from './searchFacets';
import type { SearchFacets } from './api/types';

// A search box with suggestions as you type, in any script (the API's full-text index
// matches 三井物產, 三井物产, Mitsui and mitsui alike). Used for the main search and the
// path finder's two ends.

const DEBOUNCE_MS = 180;

export interface EntityPickerOptions {
  state: ExplorerState;
  testid: string;
  placeholder: string;
  onPick: (entity: SearchResult) => void;
  /** Keep the chosen name in the box (path finder) or empty it (main search). */
  keepText?: boolean;
  /** Show facets (type, language, document) above the suggestions (main search). */
  facets?: boolean;
}

export interface EntityPicker {
  element: HTMLElement;
  input: HTMLInputElement;
  setText(text: string): void;
}

export function createEntityPicker(options: EntityPickerOptions): EntityPicker {
  const { state, testid } = options;
  const input = el('input', {
    type: 'search',
    placeholder: options.placeholder,
    'data-testid': `${testid}-input`,
    'aria-label': options.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = el('ul', { className: 'suggestions', 'data-testid': `${testid}-results`, role: 'listbox' });
  list.hidden = true;
  const element = el('div', { className: 'picker' }, input, list);

  let results: SearchResult[] = [];
  let facets: SearchFacets | undefined;
  let choice: FacetChoice = emptyChoice();
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | null = null;

  const showMessage = (text: string, kind: string) => {
    clear(list);
    list.append(el('li', { className: `message ${kind}`, 'data-testid': `${testid}-${kind}`, text }));
    list.hidden = false;
  };

  const pick = (entity: SearchResult) => {
    list.hidden = true;
    input.value = options.keepText ? entityLabel(entity, state.view.lang) : '';
    options.onPick(entity);
  };

  const refine = (facet: keyof FacetChoice, value: string) => {
    choice = toggleChoice(choice, facet, value);
    const q = input.value.trim();
    if (q) void run(q);
  };

  const render = () => {
    clear(list);
    if (facets) list.append(facetBar(facets, choice, state, testid, refine));
    results.forEach((entity, index) => {
      const secondary = secondaryName(entity, state.view.lang);
      const item = el(
        'li',
        { role: 'option', 'data-testid': `${testid}-result`, 'data-id': entity.id, 'aria-selected': index === active },
        swatch(typeColor(state.schema, entity.type)),
        el('span', { className: 'result-name', text: entityLabel(entity, state.view.lang) }),
        secondary ? el('span', { className: 'result-secondary', text: secondary }) : null,
        el('span', { className: 'result-meta', text: `${entity.type} · ${entity.degree} links` }),
      );
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(entity);
      });
      list.append(item);
    });
    list.hidden = false;
  };

  const run = async (q: string) => {
    controller?.abort();
    controller = new AbortController();
    showMessage('Searching…', 'loading');
    try {
      const answer = await api.search(q, { limit: 12, ...(options.facets ? { ...choice, facets: true } : {}) }, controller.signal);
      results = answer.results;
      facets = answer.facets;
      active = results.length > 0 ? 0 : -1;
      if (results.length === 0 && !facets) showMessage(`No entity matches “${q}”.`, 'empty');
      else render();
      if (results.length === 0 && facets) list.append(el('li', { className: 'message empty', 'data-testid': `${testid}-empty`, text: `No entity matches “${q}” with these choices.` }));
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      showMessage(describeError(err, 'Search'), 'error');
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      choice = emptyChoice();
      controller?.abort();
      list.hidden = true;
      return;
    }
    timer = window.setTimeout(() => void run(q), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      render();
    } else if (event.key === 'Enter' && !list.hidden && results[active]) {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === 'Escape') list.hidden = true;
  });
  input.addEventListener('blur', () => window.setTimeout(() => (list.hidden = true), 150));
  input.addEventListener('focus', () => {
    if (input.value.trim() && results.length > 0) render();
  });

  return { element, input, setText: (text) => (input.value = text) };
}
