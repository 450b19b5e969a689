import { maxHops as hopRange } from '../../contract/limits';
import { api, type PathQuery } from './api/client';
import type { EntitySummary, GraphPath, PathsResult } from './api/types';
import { button, clear, el } from './dom';
import { evidenceList } from './evidenceList';
import type { Explorer } from './explorer';
import { entityLabel, relationLabel } from './graph/labels';
import { createEntityPicker, type EntityPicker } from './search';
import { describeError, withLoading } from './status';
import { HUB_PATHS, hubNotice } from './pathHubs';
import { createPathPins } from './pathPins/pins';

/** Said when the search gave up before it was complete, with or without paths found. */
const SEARCH_CUT = 'The search stopped before it was complete: the entities between these two have more links than it reads in time, so a path may exist that is not listed. Narrow it with relationship types, exclusions or fewer hops.';

// The path finder: two entities → the paths between them, drawn on the canvas and listed hop
// by hop, each hop explained in words with its evidence sentence.

type End = 'from' | 'to';
const ends: Partial<Record<End, EntitySummary>> = {};
const pickers: Partial<Record<End, EntityPicker>> = {};
let explorerRef: Explorer | null = null;

/** Sets one end of the path finder (from the inspector's "Path from/to here"). */
export function setPathEndpoint(which: End, entity: EntitySummary): void {
  ends[which] = entity;
  if (explorerRef) pickers[which]?.setText(entityLabel(entity, explorerRef.view.lang));
  document.querySelector<HTMLDetailsElement>('[data-testid="path-panel"]')?.setAttribute('open', '');
}

export function createPathFinder(explorer: Explorer): HTMLElement {
  explorerRef = explorer;
  const { state } = explorer;
  for (const which of ['from', 'to'] as End[]) {
    pickers[which] = createEntityPicker({
      state,
      testid: `path-${which}`,
      placeholder: which === 'from' ? 'From entity…' : 'To entity…',
      keepText: true,
      onPick: (entity) => (ends[which] = entity),
    });
  }
  const rels = el('select', { multiple: true, size: 5, 'data-testid': 'path-rels', 'aria-label': 'Relationship types (none = all)' });
  for (const type of state.schema.relationshipTypes) {
    rels.append(el('option', { value: type.name, text: `${type.name} · ${type.labelZh}` }));
  }
  const maxHops = el('input', { type: 'number', min: hopRange.min, max: hopRange.max, value: hopRange.default, 'data-testid': 'path-max-hops', 'aria-label': 'Maximum hops' });
  const mode = el('select', { 'data-testid': 'path-mode', 'aria-label': 'Which paths' });
  mode.append(
    el('option', { value: 'all-shortest', text: 'All shortest paths' }),
    el('option', { value: 'shortest', text: 'One shortest path' }),
    el('option', { value: 'k', text: 'Up to 5 paths' }),
  );
  const direction = el('select', { 'data-testid': 'path-direction', 'aria-label': 'Direction' });
  direction.append(el('option', { value: 'any', text: 'Any direction' }), el('option', { value: 'out', text: 'Following arrows' }));
  const results = el('div', { className: 'path-results', 'data-testid': 'path-results' });
  const pins = createPathPins(explorer);

  // Options: co-occurrence links, entity types and entities no path may pass through.
  const cooccurrence = el('input', { type: 'checkbox', 'data-testid': 'path-inferred' });
  const excludeTypes = el('select', { multiple: true, size: 3, 'data-testid': 'path-exclude-types', 'aria-label': 'Entity types no path passes through' });
  for (const type of state.schema.entityTypes) excludeTypes.append(el('option', { value: type.name, text: `${type.name} · ${type.labelZh}` }));
  const avoided = new Map<string, EntitySummary>();
  const avoidList = el('ul', { className: 'chips', 'data-testid': 'path-avoided' });
  const drawAvoided = () => {
    clear(avoidList);
    for (const entity of avoided.values()) {
      const remove = button('×', 'path-avoided-remove', () => {
        avoided.delete(entity.id);
        drawAvoided();
      }, 'Allow paths through it again');
      avoidList.append(el('li', { 'data-id': entity.id }, entityLabel(entity, state.view.lang), ' ', remove));
    }
  };
  const avoid = createEntityPicker({
    state,
    testid: 'path-avoid',
    placeholder: 'Avoid entity…',
    onPick: (entity) => {
      avoided.set(entity.id, entity);
      drawAvoided();
    },
  });

  /** The query whose paths are listed, if any. */
  let shown: PathQuery | null = null;
  /** The analyst let every path through hubs in (pathHubs.ts); a new search caps them again. */
  let includeHubs = false;
  const showAnswer = (answer: PathsResult) => {
    const notice = hubNotice(answer, !includeHubs, state.view.lang, {
      includeAll: () => {
        includeHubs = true;
        void find();
      },
      capAgain: () => {
        includeHubs = false;
        void find();
      },
      avoid: (hub) => {
        avoided.set(hub.id, hub);
        drawAvoided();
        void find();
      },
    });
    if (notice) results.append(notice);
    if (answer.searchCut) results.append(el('p', { className: 'note', 'data-testid': 'path-cut', role: 'status', text: SEARCH_CUT }));
    answer.paths.forEach((path, index) => results.append(pathCard(explorer, path, index, pins.pinButton(path, index + 1, answer))));
  };

  const find = async () => {
    shown = null;
    clear(results);
    const from = ends.from;
    const to = ends.to;
    if (!from || !to) {
      results.append(el('p', { className: 'error', 'data-testid': 'path-error', text: 'Choose both ends first: pick an entity in each box.' }));
      return;
    }
    const hops = Math.min(hopRange.max, Math.max(hopRange.min, Number(maxHops.value) || hopRange.default));
    maxHops.value = String(hops);
    const query: PathQuery = {
      from: from.id,
      to: to.id,
      maxHops: hops,
      rels: [...rels.selectedOptions].map((option) => option.value),
      direction: direction.value as PathQuery['direction'],
      mode: mode.value as PathQuery['mode'],
      k: mode.value === 'k' ? 5 : undefined,
      lang: state.view.lang,
      inferred: cooccurrence.checked,
      excludeTypes: [...excludeTypes.selectedOptions].map((option) => option.value),
      exclude: [...avoided.keys()],
      hubPaths: includeHubs ? undefined : HUB_PATHS,
    };
    results.append(el('p', { className: 'loading', 'data-testid': 'path-loading', text: 'Looking for paths…' }));
    try {
      const answer = await withLoading('Finding paths', () => api.paths(query));
      clear(results);
      if (answer.paths.length === 0 && answer.heldBack === 0) {
        results.append(
          el('p', {
            className: 'empty',
            'data-testid': 'path-empty',
            text: answer.searchCut ? SEARCH_CUT : `No path of at most ${hops} hops joins these two entities with these relationship types and exclusions.${cooccurrence.checked ? '' : ' Entities named in one sentence may still be linked: try “Include co-occurrence links”.'}`,
          }),
        );
        return;
      }
      if (answer.paths.length > 0) await draw(explorer, answer, from.id);
      showAnswer(answer);
      shown = query;
    } catch (err) {
      clear(results);
      results.append(el('p', { className: 'error', 'data-testid': 'path-error', text: describeError(err, 'Finding paths') }));
    }
  };

  // The explanations are written by the server in the label language: ask again when it changes.
  state.onChange(() => {
    if (!shown || shown.lang === state.view.lang) return;
    const again: PathQuery = { ...shown, lang: state.view.lang };
    shown = again;
    void api.paths(again).then(
      (answer) => {
        if (shown !== again) return;
        clear(results);
        showAnswer(answer);
      },
      () => undefined, // the cards in the other language stay; nothing is lost
    );
  });

  const swap = () => {
    [ends.from, ends.to] = [ends.to, ends.from];
    pickers.from?.setText(ends.from ? entityLabel(ends.from, state.view.lang) : '');
    pickers.to?.setText(ends.to ? entityLabel(ends.to, state.view.lang) : '');
  };

  return el(
    'details',
    { className: 'panel', 'data-testid': 'path-panel' },
    el('summary', { text: 'Path finder' }),
    pickers.from!.element,
    pickers.to!.element,
    el('div', { className: 'row' }, el('label', {}, 'Max hops ', maxHops), direction),
    el('div', { className: 'row' }, mode),
    el('label', { className: 'block' }, 'Relationship types (none selected = all)', rels),
    el('label', { className: 'check' }, cooccurrence, 'Include co-occurrence links (mentioned together)'),
    el('label', { className: 'block' }, 'Never through these entity types', excludeTypes),
    avoid.element,
    avoidList,
    el('div', { className: 'row' }, button('Find paths', 'path-find', () => {
      includeHubs = false;
      void find();
    }), button('Swap', 'path-swap', swap)),
    pins.element,
    results,
  );
}

/** Adds the paths to the canvas, marks them and lays them out breadth-first from the start. */
async function draw(explorer: Explorer, answer: PathsResult, fromId: string): Promise<void> {
  const { cy } = explorer.canvas;
  explorer.checkpoint('draw paths');
  explorer.canvas.add(answer.elements);
  cy.elements('.path').removeClass('path');
  cy.elements().addClass('faded');
  for (const path of answer.paths) {
    for (const node of path.nodes) {
      explorer.keep(node.id);
      explorer.canvas.node(node.id)?.addClass('path').removeClass('faded');
    }
    for (const hop of path.hops) explorer.canvas.edge(hop.relation.id)?.addClass('path').removeClass('faded');
  }
  explorer.refreshVisibility();
  await explorer.layout({ name: 'breadthfirst', roots: cy.getElementById(fromId) as never });
  window.setTimeout(() => cy.elements().removeClass('faded'), 2500);
}

function pathCard(explorer: Explorer, path: GraphPath, index: number, pin: HTMLElement): HTMLElement {
  const { state } = explorer;
  const lang = state.view.lang;
  const names = new Map(path.nodes.map((node) => [node.id, node]));
  const chain = path.nodes.map((node) => entityLabel(node, lang)).join(' → ');
  const hops = el('ol', { className: 'hops' });
  for (const hop of path.hops) {
    const from = names.get(hop.from);
    const to = names.get(hop.to);
    const fallback = `${from ? entityLabel(from, lang) : hop.from} ${relationLabel(state.schema, hop.relation.type, lang)} ${to ? entityLabel(to, lang) : hop.to}`;
    const select = button('Show edge', 'path-hop-select', () => explorer.select(hop.relation.id));
    hops.append(
      el(
        'li',
        { 'data-testid': 'path-hop' },
        el('p', { className: 'explanation', 'data-testid': 'path-hop-explanation', text: hop.explanation || fallback }),
        select,
        evidenceList(hop.evidence.slice(0, 3), 'path-evidence'),
      ),
    );
  }
  const card = el(
    'div',
    { className: 'path-card', 'data-testid': 'path-card' },
    el('h4', { text: `Path ${index + 1} · ${path.length} hop${path.length === 1 ? '' : 's'}`, title: `Cost ${path.cost} (lower tells more)` }),
    el('p', { className: 'chain', 'data-testid': 'path-chain', text: chain }),
    pin,
    path.caveats.length > 0 ? el('p', { className: 'caveats', 'data-testid': 'path-caveats', text: `Tells less: ${path.caveats.join('; ')}` }) : null,
    hops,
  );
  card.addEventListener('mouseenter', () => highlight(explorer, path, true));
  card.addEventListener('mouseleave', () => highlight(explorer, path, false));
  return card;
}

function highlight(explorer: Explorer, path: GraphPath, on: boolean): void {
  const ids = [...path.nodes.map((node) => node.id), ...path.hops.map((hop) => hop.relation.id)];
  for (const id of ids) explorer.canvas.cy.getElementById(id).toggleClass('focus', on);
}
