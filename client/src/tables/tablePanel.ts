import { documentsApi, type LibraryDocument } from '../documents/api';
import { api } from '../api/client';
import { button, clear, el, swatch } from '../dom';
import type { Explorer } from '../explorer';
import { entityTypeLabel, relationLabel, typeColor } from '../graph/labels';
import type { CanvasSelection } from '../selection';
import { showError } from '../status';
import { edgeRows, entityRows } from './readCanvas';
import { emptyFilter, filterEdges, filterEntities, sortRows, type EdgeRow, type EntityRow, type SortOrder, type TableFilter } from './rows';
import './tables.css';

// The entity and edge tables under the canvas: what is drawn, sortable by any column and
// filtered by type, degree, document, date and review state. A row click selects on the
// canvas (shift/ctrl-click adds), and the canvas's selection marks its rows.

type Tab = 'entities' | 'edges';

interface Column<Row> {
  key: keyof Row;
  label: string;
  cell(row: Row): Node | string;
}

export function createTablePanel(explorer: Explorer, selection: CanvasSelection): { panel: HTMLElement; refresh(): void } {
  const { state } = explorer;
  let tab: Tab = 'entities';
  let filter: TableFilter = emptyFilter();
  const orders: { entities: SortOrder<EntityRow>; edges: SortOrder<EdgeRow> } = {
    entities: { key: 'degree', descending: true },
    edges: { key: 'date', descending: true },
  };
  let open = false;

  const tabButtons = {
    entities: button('Entities', 'table-tab-entities', () => switchTo('entities')),
    edges: button('Edges', 'table-tab-edges', () => switchTo('edges')),
  };
  const typeSelect = el('select', { 'data-testid': 'table-type', 'aria-label': 'Type' });
  const minDegree = el('input', { type: 'number', min: 0, value: 0, 'data-testid': 'table-min-degree', 'aria-label': 'Least links', title: 'Least links in the graph' });
  const documentSelect = el('select', { 'data-testid': 'table-document', 'aria-label': 'Document' });
  documentSelect.append(el('option', { value: '', text: 'Any document' }));
  const fromYear = el('input', { type: 'number', placeholder: 'from', 'data-testid': 'table-from', 'aria-label': 'From year' });
  const toYear = el('input', { type: 'number', placeholder: 'to', 'data-testid': 'table-to', 'aria-label': 'To year' });
  const review = el('select', { 'data-testid': 'table-review', 'aria-label': 'Review state' });
  for (const [value, text] of [['', 'Any review'], ['confirmed', 'Confirmed'], ['rejected', 'Rejected'], ['unreviewed', 'Not reviewed']]) {
    review.append(el('option', { value, text }));
  }
  const degreeLabel = el('label', { className: 'table-filter' }, 'Links ≥ ', minDegree);
  const dateLabel = el('label', { className: 'table-filter' }, 'Years ', fromYear, '–', toYear);
  const count = el('span', { className: 'table-count', 'data-testid': 'table-count' });
  const table = el('table', { className: 'data-table', 'data-testid': 'data-table' });
  const body = el('div', { className: 'table-scroll' }, table);
  const panel = el(
    'section',
    { className: 'tables-panel', 'data-testid': 'tables-panel', 'aria-label': 'Tables' },
    el('div', { className: 'tables-head' }, tabButtons.entities, tabButtons.edges, typeSelect, degreeLabel, documentSelect, dateLabel, review, count),
    body,
  );

  const readFilter = () => {
    const year = (input: HTMLInputElement) => (input.value.trim() && Number.isInteger(Number(input.value)) ? Number(input.value) : null);
    filter = { ...filter, type: typeSelect.value, minDegree: Math.max(0, Number(minDegree.value) || 0), from: year(fromYear), to: year(toYear), review: review.value };
    render();
  };
  for (const input of [typeSelect, minDegree, fromYear, toYear, review]) input.addEventListener('change', readFilter);
  minDegree.addEventListener('input', readFilter);
  documentSelect.addEventListener('change', () => void chooseDocument(documentSelect.value));

  async function chooseDocument(documentId: string): Promise<void> {
    if (!documentId) {
      filter = { ...filter, inDocument: null };
      return render();
    }
    try {
      const detail = await api.document(documentId);
      const ids = new Set([...detail.mentions.map((m) => m.entityId), ...detail.evidence.map((e) => e.relId)]);
      filter = { ...filter, inDocument: ids };
      render();
    } catch (err) {
      showError(err, 'Loading the document for the table filter');
    }
  }

  let documentsLoaded = false;
  async function loadDocuments(): Promise<void> {
    if (documentsLoaded) return;
    documentsLoaded = true;
    try {
      const { documents } = await documentsApi.library({ sort: 'title', order: 'asc' });
      for (const doc of documents) documentSelect.append(el('option', { value: doc.id, text: documentName(doc) }));
    } catch (err) {
      documentsLoaded = false;
      showError(err, 'Listing the documents');
    }
  }

  function switchTo(next: Tab): void {
    tab = next;
    filter = { ...filter, type: '' };
    render();
  }

  function fillTypes(): void {
    const current = typeSelect.value;
    clear(typeSelect);
    typeSelect.append(el('option', { value: '', text: tab === 'entities' ? 'Any entity type' : 'Any relation' }));
    const { schema } = state;
    const lang = state.view.lang;
    const names = tab === 'entities' ? schema.entityTypes.map((t) => [t.name, entityTypeLabel(schema, t.name, lang)]) : schema.relationshipTypes.map((t) => [t.name, relationLabel(schema, t.name, lang)]);
    for (const [value, text] of names) typeSelect.append(el('option', { value, text }));
    typeSelect.value = names.some(([value]) => value === current) ? current : '';
  }

  function render(): void {
    if (!open) return;
    tabButtons.entities.setAttribute('aria-pressed', String(tab === 'entities'));
    tabButtons.edges.setAttribute('aria-pressed', String(tab === 'edges'));
    degreeLabel.hidden = tab !== 'entities';
    dateLabel.hidden = tab !== 'edges';
    review.hidden = tab !== 'edges';
    fillTypes();
    if (tab === 'entities') {
      const all = entityRows(explorer);
      const rows = sortRows(filterEntities(all, filter), orders.entities);
      drawTable(rows, entityColumns(), orders.entities, all.length);
    } else {
      const all = edgeRows(explorer);
      const rows = sortRows(filterEdges(all, filter), orders.edges);
      drawTable(rows, edgeColumns(), orders.edges, all.length);
    }
  }

  function drawTable<Row extends { id: string }>(rows: Row[], columns: Column<Row>[], order: SortOrder<Row>, total: number): void {
    count.textContent = `${rows.length} of ${total}`;
    clear(table);
    const head = el('tr');
    for (const column of columns) {
      const sorted = order.key === column.key;
      const th = el('th', { 'aria-sort': sorted ? (order.descending ? 'descending' : 'ascending') : 'none' });
      th.append(button(`${column.label}${sorted ? (order.descending ? ' ▼' : ' ▲') : ''}`, `sort-${String(column.key)}`, () => {
        order.descending = sorted ? !order.descending : column.key !== 'name' && column.key !== 'source';
        order.key = column.key;
        render();
      }));
      head.append(th);
    }
    const tbody = el('tbody');
    const selected = new Set(selection.ids());
    for (const row of rows) {
      const tr = el('tr', { 'data-id': row.id, 'data-testid': 'table-row', 'aria-selected': String(selected.has(row.id)) });
      for (const column of columns) tr.append(el('td', {}, column.cell(row)));
      tr.addEventListener('click', (event) => {
        if (event.shiftKey || event.ctrlKey || event.metaKey) selection.toggle(row.id);
        else {
          selection.select([row.id]);
          const element = explorer.canvas.cy.getElementById(row.id);
          explorer.canvas.cy.animate({ center: { eles: element } }, { duration: 200 });
        }
      });
      tbody.append(tr);
    }
    table.append(el('thead', {}, head), tbody);
  }

  function entityColumns(): Column<EntityRow>[] {
    const { schema } = state;
    return [
      { key: 'name', label: 'Name', cell: (row) => row.name },
      { key: 'type', label: 'Type', cell: (row) => el('span', {}, swatch(typeColor(schema, row.type)), entityTypeLabel(schema, row.type, state.view.lang)) },
      { key: 'degree', label: 'Links', cell: (row) => String(row.degree) },
      { key: 'drawn', label: 'Drawn', cell: (row) => String(row.drawn) },
      { key: 'mentions', label: 'Mentions', cell: (row) => String(row.mentions) },
    ];
  }

  function edgeColumns(): Column<EdgeRow>[] {
    const { schema } = state;
    return [
      { key: 'source', label: 'From', cell: (row) => row.source },
      { key: 'type', label: 'Relation', cell: (row) => relationLabel(schema, row.type, state.view.lang) },
      { key: 'target', label: 'To', cell: (row) => row.target },
      { key: 'date', label: 'Date', cell: (row) => row.date ?? '—' },
      { key: 'review', label: 'Review', cell: (row) => row.review ?? '' },
      { key: 'confidence', label: 'Conf.', cell: (row) => row.confidence.toFixed(2) },
      { key: 'evidence', label: 'Evid.', cell: (row) => String(row.evidence) },
    ];
  }

  // The canvas's selection marks its rows (and brings the first into view).
  selection.onChange((ids) => {
    if (!open) return;
    const chosen = new Set(ids);
    let first: HTMLElement | null = null;
    for (const tr of table.querySelectorAll<HTMLElement>('tbody tr')) {
      const on = chosen.has(tr.dataset.id ?? '');
      tr.setAttribute('aria-selected', String(on));
      if (on && !first) first = tr;
    }
    first?.scrollIntoView({ block: 'nearest' });
  });

  // Redrawn once per batch of canvas changes.
  let scheduled = false;
  const refresh = () => {
    if (!open || scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      render();
    });
  };
  explorer.canvas.cy.on('add remove data', refresh);
  state.onChange(refresh);

  return {
    panel,
    refresh: () => {
      open = !panel.hidden;
      if (open) void loadDocuments();
      render();
    },
  };
}

function documentName(doc: LibraryDocument): string {
  return doc.title || doc.fileName || doc.id;
}
