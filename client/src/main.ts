import { api } from './api/client';
import { button, clear, el } from './dom';
import { createDocumentView, onEntityClick, onEvidenceClick } from './documentView';
import { Explorer } from './explorer';
import { createFilters } from './filters';
import { Canvas } from './graph/canvas';
import { rendererFromAddress } from './graph/renderer';
import { createInspector } from './inspector';
import { registerBuiltInSections } from './inspectorSections';
import { createLegend } from './legend';
import { createPathFinder } from './paths';
import { createEntityPicker } from './search';
import { ExplorerState } from './state';
import { describeError, notify, statusBar } from './status';
import { createToolbar } from './toolbar';
import { parseView } from './urlState';
import { installKeyboard } from './keyboard';
import { restoreView } from './restore';
import { showRelationOnCanvas } from './showRelation';
import './styles.css';
import { installAnalystFeatures } from './analyst';
import { installHubGuard } from './hubDialog';
import { loginGate } from './analyst/session';
import { createUploadButton, createUploadPanel } from './documents/uploadPanel';
import { createLibraryButton, createLibraryView } from './documents/library';
import { installSelection } from './selection';
import { createDock } from './dock/dock';
import { installTables } from './tables';
import { installTimeline } from './timeline';
import { installInvestigations, investigationFromAddress } from './investigations';
import { installAuditView } from './audit';
import { installExports } from './exports';
import { createDuplicateReview } from './duplicates/panel';

// The explorer's start: the page frame, the ontology's styles from /api/schema, then the view
// the URL describes.

const LARGE_NOTE = 'Large graph: quick force layout, plain lines; names and relation types appear as you zoom in.';

const root = document.getElementById('app') as HTMLElement;

async function start(): Promise<void> {
  clear(root);
  root.append(el('p', { className: 'splash', 'data-testid': 'loading', text: 'Loading the graph schema…' }));
  const state = new ExplorerState();
  try {
    state.schema = await api.schema();
  } catch (err) {
    clear(root);
    root.append(
      el(
        'div',
        { className: 'splash error', 'data-testid': 'fatal-error' },
        el('p', { text: describeError(err, 'Loading the graph schema') }),
        button('Try again', 'retry', () => void start()),
        loginGate(err, () => void start()),
      ),
    );
    return;
  }
  state.view = parseView(window.location.search);
  // An investigation in the address sets the filters before the panels read them.
  const drawInvestigation = await investigationFromAddress(state);

  const canvasBox = el('div', { className: 'canvas', 'data-testid': 'canvas' });
  const emptyNote = el('div', { className: 'canvas-empty', 'data-testid': 'canvas-empty' },
    el('p', { text: 'The canvas is empty.' }),
    el('p', { text: 'Search for an entity above (any script: 三井, Mitsui, Арктик…) and pick it to start. Double-click a node to expand its neighbours.' }),
  );
  const largeNote = el('div', { className: 'canvas-note', 'data-testid': 'large-graph-note', text: LARGE_NOTE });
  largeNote.hidden = true;
  const main = el('main', { className: 'stage' }, canvasBox, emptyNote, largeNote, createLibraryView(), createDocumentView(), createUploadPanel());
  const header = el('header', { className: 'topbar' }, el('h1', { text: 'Energy Geopolitics Graph' }));
  const sidebar = el('nav', { className: 'sidebar', 'data-testid': 'sidebar' });
  const layout = el('div', { className: 'layout' }, header, sidebar, main);
  clear(root);
  root.append(layout, statusBar());

  // The canvas needs its container in the page (for its size) before anything is drawn.
  const canvas = new Canvas(canvasBox, state.schema, rendererFromAddress(window.location.search));
  canvas.setLang(state.view.lang);
  const explorer = new Explorer(state, canvas);
  registerBuiltInSections();
  installAnalystFeatures(explorer);
  installHubGuard(explorer);
  const selection = installSelection(explorer, main);
  const dock = createDock(explorer, main, canvasBox);
  installTables(explorer, selection, dock);
  installTimeline(explorer, dock);
  // Keeping work: investigations, exports and (for admins) the audit, at the top of the side panel.
  const work = el('section', { className: 'doc-actions work-actions', 'data-testid': 'work-actions' });
  installInvestigations(explorer, main, work);
  installExports(explorer, work);
  installAuditView(main, work);

  const search = createEntityPicker({
    state,
    testid: 'search',
    placeholder: 'Search entities (三井, Mitsui, LNG…)',
    facets: true,
    onPick: (entity) => void explorer.addEntity(entity),
  });
  header.append(search.element, createToolbar(explorer, () => explorer.select(state.view.selected)));
  // The documents behind the graph, first in the side panel (the toolbar keeps to the canvas).
  const duplicates = createDuplicateReview(explorer);
  main.append(duplicates.view);
  const documents = el('section', { className: 'doc-actions', 'data-testid': 'doc-actions' }, createLibraryButton(), createUploadButton(), duplicates.button);
  sidebar.append(documents, work, createFilters(explorer), createPathFinder(explorer), createLegend(state));
  layout.append(createInspector(explorer));

  // Cytoscape fires once per element; one check per batch keeps big loads fast.
  let emptyCheck = false;
  const updateEmpty = () => {
    if (emptyCheck) return;
    emptyCheck = true;
    queueMicrotask(() => {
      emptyCheck = false;
      emptyNote.hidden = canvas.cy.nodes().nonempty();
    });
  };
  canvas.cy.on('add remove', 'node', updateEmpty);
  updateEmpty();
  // Large-graph mode draws less (graph/style.ts): say so while it lasts, not only in passing.
  canvas.onLargeGraphChange((large) => {
    largeNote.hidden = !large;
    if (large) notify(LARGE_NOTE);
  });
  // Bench builds only: the product bundle carries no test hooks.
  if (__BENCH_HARNESS__) (await import('./bench')).installHarness(explorer);
  installKeyboard(explorer);
  onEvidenceClick((relId) => void showRelationOnCanvas(explorer, relId));
  onEntityClick((id) => void explorer.addEntity(id, { select: true }));
  await restoreView(explorer);
  await drawInvestigation?.(explorer);
  document.body.dataset.ready = 'true';
}

void start();
