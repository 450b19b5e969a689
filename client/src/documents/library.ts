import { canWrite, onUserChange } from '../analyst/session';
import { button, el } from '../dom';
import { openDocument } from '../documentView';
import { describeError } from '../status';
import { documentsApi, type LibraryDocument, type LibraryFilter, type LibrarySort, type UnsupportedAnnotation } from './api';
import { onDocumentsAdded } from './uploadPanel';

// The Documents view: every document with where it came from and what it supports, filtered by
// text, language and date and sorted by any column; a title opens the document in the reader,
// and analysts may remove a document (its evidence goes; their own notes stay).

const LANGS = ['', 'en', 'ja', 'ru', 'zh-Hans', 'zh-Hant'];
const COLUMNS: { label: string; sort?: LibrarySort }[] = [
  { label: 'Title', sort: 'title' },
  { label: 'Language', sort: 'lang' },
  { label: 'Date', sort: 'date' },
  { label: 'File' },
  { label: 'Size', sort: 'size' },
  { label: 'Pages' },
  { label: 'Entities', sort: 'entities' },
  { label: 'Relations', sort: 'relations' },
  { label: 'Added', sort: 'added' },
  { label: '' },
];

let view: HTMLElement | null = null;
let rows: HTMLElement;
let note: HTMLElement;
let headRow: HTMLElement;
let orphans: HTMLElement;
const filter: LibraryFilter = { sort: 'added', order: 'desc' };
let loading = 0;

export function createLibraryButton(): HTMLElement {
  return button('Documents', 'library-open', () => void showLibrary(), 'The document library');
}

export function createLibraryView(): HTMLElement {
  const q = el('input', { type: 'search', placeholder: 'Title, author or file…', 'aria-label': 'Filter by text', 'data-testid': 'library-q' });
  const lang = el('select', { 'aria-label': 'Language', 'data-testid': 'library-lang' });
  for (const code of LANGS) lang.append(el('option', { value: code, text: code || 'any language' }));
  const from = el('input', { type: 'text', placeholder: 'from YYYY-MM-DD', size: 12, 'aria-label': 'From date', 'data-testid': 'library-from' });
  const to = el('input', { type: 'text', placeholder: 'to YYYY-MM-DD', size: 12, 'aria-label': 'To date', 'data-testid': 'library-to' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    filter.q = q.value.trim() || undefined;
    filter.lang = lang.value || undefined;
    filter.from = from.value.trim() || undefined;
    filter.to = to.value.trim() || undefined;
    clearTimeout(timer);
    timer = setTimeout(() => void load(), 250);
  };
  for (const input of [q, from, to]) input.addEventListener('input', changed);
  lang.addEventListener('change', changed);

  headRow = el('tr');
  rows = el('tbody', { 'data-testid': 'library-rows' });
  note = el('p', { className: 'library-note', 'data-testid': 'library-note', role: 'status' });
  orphans = el('section', { className: 'library-orphans', 'data-testid': 'unsupported-annotations' });
  view = el(
    'section',
    { className: 'library-view', 'data-testid': 'library-view', role: 'dialog', 'aria-label': 'Documents' },
    el('header', {}, el('h2', { text: 'Documents' }), button('Close', 'library-close', () => view && (view.hidden = true))),
    el('div', { className: 'library-filters' }, q, lang, from, to),
    note,
    el('div', { className: 'library-table' }, el('table', {}, el('thead', {}, headRow), rows)),
    orphans,
  );
  view.hidden = true;
  renderHead();
  rows.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-action]');
    const id = target?.closest<HTMLElement>('tr')?.dataset.id;
    if (!target || !id) return;
    event.preventDefault();
    if (target.dataset.action === 'open') void openDocument({ documentId: id });
    else if (target.dataset.action === 'remove') void remove(id, target.dataset.title ?? id);
  });
  onDocumentsAdded(() => {
    if (view && !view.hidden) void load();
  });
  onUserChange(() => {
    if (view && !view.hidden) void load();
  });
  return view;
}

async function showLibrary(): Promise<void> {
  if (!view) return;
  view.hidden = false;
  await load();
}

function renderHead(): void {
  headRow.replaceChildren(
    ...COLUMNS.map((c) => {
      if (!c.sort) return el('th', { text: c.label });
      const active = filter.sort === c.sort;
      const arrow = active ? (filter.order === 'asc' ? ' ▲' : ' ▼') : '';
      const sortBy = c.sort;
      const head = button(`${c.label}${arrow}`, `library-sort-${c.sort}`, () => {
        filter.order = filter.sort === sortBy && filter.order === 'desc' ? 'asc' : 'desc';
        filter.sort = sortBy;
        renderHead();
        void load();
      });
      return el('th', { 'aria-sort': active ? (filter.order === 'asc' ? 'ascending' : 'descending') : undefined }, head);
    }),
  );
}

async function load(): Promise<void> {
  const mine = ++loading;
  note.textContent = 'Loading the documents…';
  if (view) view.dataset.loading = 'true';
  try {
    const answer = await documentsApi.library(filter);
    if (mine !== loading) return;
    rows.replaceChildren(...answer.documents.map(row));
    note.textContent = `${answer.documents.length} of ${answer.total} documents`;
    renderOrphans(await documentsApi.unsupportedAnnotations());
  } catch (err) {
    if (mine === loading) note.textContent = describeError(err, 'Loading the documents');
  } finally {
    if (mine === loading && view) delete view.dataset.loading;
  }
}

function row(d: LibraryDocument): HTMLElement {
  const title = d.title || d.fileName || d.id;
  const added = [d.addedAt ? d.addedAt.slice(0, 16).replace('T', ' ') : null, d.addedBy ? `by ${d.addedBy}` : null].filter(Boolean).join(' ');
  return el(
    'tr',
    { 'data-id': d.id, 'data-testid': 'library-row' },
    el(
      'td',
      {},
      el('a', { href: '#', 'data-action': 'open', 'data-testid': 'library-title', text: title }),
      d.nearDuplicateOf
        ? el('div', { className: 'library-near', 'data-testid': 'library-near-duplicate', text: `near-duplicate of ${d.nearDuplicateOf.title ?? d.nearDuplicateOf.id} (similarity ${d.nearDuplicateOf.similarity.toFixed(2)})` })
        : null,
    ),
    el('td', { 'data-testid': 'library-lang-cell', text: d.lang ?? '' }),
    el('td', { text: d.date ?? '' }),
    el('td', { className: 'file', 'data-testid': 'library-file', text: d.fileName ?? '' }),
    el('td', { className: 'num', text: size(d) }),
    el('td', { className: 'num', text: d.pages ?? '' }),
    el('td', { className: 'num', 'data-testid': 'library-entities', text: d.entities }),
    el('td', { className: 'num', 'data-testid': 'library-relations', text: d.relations }),
    el('td', { text: added }),
    el('td', {}, canWrite() ? el('button', { type: 'button', 'data-action': 'remove', 'data-title': title, 'data-testid': 'library-remove', text: 'Remove' }) : null),
  );
}

function size(d: LibraryDocument): string {
  if (d.bytes !== null) return d.bytes < 1024 ? `${d.bytes} B` : d.bytes < 1048576 ? `${(d.bytes / 1024).toFixed(1)} KB` : `${(d.bytes / 1048576).toFixed(1)} MB`;
  return d.chars !== null ? `${d.chars.toLocaleString()} chars` : '';
}

async function remove(id: string, title: string): Promise<void> {
  if (!window.confirm(`Remove "${title}"? Its evidence goes, and what no other document supports; annotations stay.`)) return;
  try {
    const removed = await documentsApi.remove(id);
    await load();
    note.textContent = `Removed "${title}": ${removed.evidence} evidence sentences, ${removed.relations} relations and ${removed.entities} entities no other document supported. ${note.textContent ?? ''}`;
  } catch (err) {
    note.textContent = describeError(err, 'Removing the document');
  }
}

/** Notes whose edge went with a removed document: kept, and shown with what the edge said. */
function renderOrphans(annotations: UnsupportedAnnotation[]): void {
  orphans.replaceChildren();
  if (annotations.length === 0) return;
  orphans.append(
    el('h3', { text: `Annotations no longer supported by any document (${annotations.length})` }),
    el(
      'ul',
      {},
      ...annotations.map((a) =>
        el(
          'li',
          { 'data-testid': 'unsupported-annotation' },
          el('span', { className: 'former-edge', text: a.formerTarget }),
          ' — ',
          el('q', { text: a.text }),
          el('span', { className: 'muted', text: ` ${a.author} · ${a.note}` }),
        ),
      ),
    ),
  );
}
