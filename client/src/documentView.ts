import { api } from './api/client';
import type { DocumentDetail } from './api/types';
import { button, clear, el, safeLink } from './dom';
import { renderPage, type Highlight } from './reader/page';
import { describeError } from './status';

// The document view: a document's text shown with its structure (headings, lists, tables,
// footnotes, page starts), footnote markers that open their source, mentions marked by entity
// type on demand, a side list of the entities it names, and one evidence sentence highlighted
// and scrolled into view, so an analyst can read a claim in context. Long documents come in
// pages, loaded as the reader scrolls.

export interface DocumentTarget {
  documentId: string;
  start?: number;
  end?: number;
  evidenceId?: string;
  /** Highlight this entity's first mention when no sentence is given. */
  entityId?: string;
}

let overlay: HTMLElement | null = null;
let body: HTMLElement;
let heading: HTMLElement;
let meta: HTMLElement;
let typeBar: HTMLElement;
let entityList: HTMLElement;
let sourceBox: HTMLElement;
/** Pages already fetched, by document and offset. */
const cache = new Map<string, DocumentDetail>();
/** The document open now, and where its next page begins. */
let reading: { id: string; next: number | null; highlight: Highlight; loading: boolean; sources: Map<string, DocumentDetail['sources'][number]> } | null = null;
const markedTypes = new Set<string>();

export function createDocumentView(): HTMLElement {
  heading = el('h2', { 'data-testid': 'doc-title', text: 'Document' });
  meta = el('p', { className: 'doc-meta', 'data-testid': 'doc-meta' });
  typeBar = el('div', { className: 'doc-types', 'data-testid': 'doc-types', role: 'group', 'aria-label': 'Mark mentions by type' });
  body = el('div', { className: 'doc-text', 'data-testid': 'doc-text', tabindex: '0' });
  entityList = el('ul', { className: 'doc-entities', 'data-testid': 'doc-entities', 'aria-label': 'Entities in this document' });
  sourceBox = el('aside', { className: 'doc-source', 'data-testid': 'doc-source', role: 'note' });
  sourceBox.hidden = true;
  const close = button('Close', 'doc-close', () => closeDocument(), 'Close the document (Esc)');
  overlay = el(
    'div',
    { className: 'document-view', 'data-testid': 'document-view', role: 'dialog', 'aria-label': 'Document' },
    el('header', {}, heading, close),
    meta,
    typeBar,
    el('div', { className: 'doc-columns' }, el('div', { className: 'doc-main' }, body, sourceBox), el('nav', { className: 'doc-side' }, el('h3', { text: 'Entities' }), entityList)),
  );
  overlay.hidden = true;
  body.addEventListener('click', (event) => {
    const target = event.target as Element;
    const marker = target.closest<HTMLElement>('[data-testid="doc-marker"]');
    if (marker) {
      showSource(marker.dataset.source);
      return;
    }
    const span = target.closest<HTMLElement>('[data-rel]');
    if (span?.dataset.rel) showRelation(span.dataset.rel);
  });
  body.addEventListener('keydown', (event) => {
    const marker = (event.target as Element).closest<HTMLElement>('[data-testid="doc-marker"]');
    if (marker && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      showSource(marker.dataset.source);
    }
  });
  body.addEventListener('scroll', () => {
    if (body.scrollTop + body.clientHeight >= body.scrollHeight - 400) void loadNextPage();
  });
  entityList.addEventListener('click', (event) => {
    const item = (event.target as Element).closest<HTMLElement>('[data-entity]');
    if (item?.dataset.entity) {
      closeDocument();
      showEntity(item.dataset.entity);
    }
  });
  return overlay;
}

export function isDocumentOpen(): boolean {
  return overlay !== null && !overlay.hidden;
}

export function closeDocument(): void {
  if (overlay) overlay.hidden = true;
}

let showRelation: (relId: string) => void = () => undefined;
let showEntity: (entityId: string) => void = () => undefined;

/** What a click on an evidence sentence in the text does (the explorer shows the relation). */
export function onEvidenceClick(handler: (relId: string) => void): void {
  showRelation = handler;
}

/** What a click on an entity of the side list does (the explorer puts it on the canvas). */
export function onEntityClick(handler: (entityId: string) => void): void {
  showEntity = handler;
}

async function page(documentId: string, from: number): Promise<DocumentDetail> {
  const key = `${documentId}@${from}`;
  let detail = cache.get(key);
  if (!detail) {
    detail = await api.document(documentId, from);
    cache.set(key, detail);
  }
  return detail;
}

export async function openDocument(target: DocumentTarget): Promise<void> {
  if (!overlay) return;
  overlay.hidden = false;
  heading.textContent = 'Loading document…';
  meta.textContent = '';
  sourceBox.hidden = true;
  clear(body);
  clear(entityList);
  clear(typeBar);
  reading = null;
  try {
    let detail = await page(target.documentId, 0);
    const highlight = targetSpan(detail, target);
    reading = { id: target.documentId, next: detail.next, highlight, loading: false, sources: new Map() };
    heading.textContent = detail.document.title || detail.document.id;
    meta.textContent = [detail.document.author, detail.document.lang, `${detail.document.chars.toLocaleString()} characters`].filter(Boolean).join(' · ');
    showEntities(detail);
    append(detail);
    // The sentence to show may stand on a later page: pages are read up to it.
    while (highlight && detail.next !== null && highlight.start >= detail.document.to) {
      detail = await page(target.documentId, detail.next);
      reading.next = detail.next;
      append(detail);
    }
    const mark = body.querySelector<HTMLElement>('[data-testid="doc-highlight"]');
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
    } else body.scrollTop = 0;
  } catch (err) {
    heading.textContent = 'Document unavailable';
    body.append(el('p', { className: 'error', 'data-testid': 'doc-error', text: describeError(err, 'Opening the document') }));
  }
}

function append(detail: DocumentDetail): void {
  if (!reading) return;
  for (const source of detail.sources) reading.sources.set(source.id, source);
  body.append(renderPage(detail, reading.highlight));
  applyMarkedTypes();
}

async function loadNextPage(): Promise<void> {
  if (!reading || reading.loading || reading.next === null) return;
  const current = reading;
  current.loading = true;
  try {
    const detail = await page(current.id, current.next as number);
    if (reading !== current) return;
    current.next = detail.next;
    append(detail);
  } catch (err) {
    body.append(el('p', { className: 'error', 'data-testid': 'doc-error', text: describeError(err, 'Reading on') }));
    current.next = null;
  } finally {
    current.loading = false;
  }
}

function targetSpan(detail: DocumentDetail, target: DocumentTarget): Highlight {
  const fromEvidence = target.evidenceId ? detail.evidence.find((e) => e.id === target.evidenceId) : undefined;
  const mention = target.entityId ? detail.mentions.find((m) => m.entityId === target.entityId) : undefined;
  const start = fromEvidence?.start ?? target.start ?? mention?.start;
  const end = fromEvidence?.end ?? target.end ?? mention?.end;
  if (start === undefined || end === undefined || start < 0 || end > detail.document.chars || end <= start) return null;
  return { start, end };
}

/** The side list (one click puts an entity on the canvas) and the buttons that mark mentions by type. */
function showEntities(detail: DocumentDetail): void {
  for (const entity of detail.entities) {
    entityList.append(
      el('li', {}, el('button', { type: 'button', className: 'doc-entity', 'data-entity': entity.id, 'data-type': entity.type ?? '', 'data-testid': 'doc-entity', title: `${entity.type ?? ''} — show on the canvas`, text: `${entity.name} (${entity.count})` })),
    );
  }
  const types = [...new Set(detail.entities.map((e) => e.type).filter((t): t is string => t !== null))].sort();
  for (const type of types) {
    const toggle = el('button', { type: 'button', className: 'doc-type', 'data-type': type, 'data-testid': 'doc-type', 'aria-pressed': String(markedTypes.has(type)), text: type });
    toggle.addEventListener('click', () => {
      if (markedTypes.has(type)) markedTypes.delete(type);
      else markedTypes.add(type);
      toggle.setAttribute('aria-pressed', String(markedTypes.has(type)));
      applyMarkedTypes();
    });
    typeBar.append(toggle);
  }
}

/** Entity type → its colour, from the schema (asked once, when a type is first marked). */
let colours = new Map<string, string>();
let coloursAsked = false;

function applyMarkedTypes(): void {
  if (!coloursAsked && markedTypes.size > 0) {
    coloursAsked = true;
    void api.schema().then((schema) => {
      colours = new Map(schema.entityTypes.map((t) => [t.name, t.color]));
      applyMarkedTypes();
    }, () => undefined);
  }
  for (const span of body.querySelectorAll<HTMLElement>('.mention')) {
    const type = span.dataset.type ?? '';
    const on = markedTypes.has(type);
    span.classList.toggle('marked', on);
    // The type's colour as a style property (never parsed as markup), faint enough to read through.
    span.style.backgroundColor = on ? `color-mix(in srgb, ${colours.get(type) ?? '#f1c40f'} 30%, transparent)` : '';
  }
}

function showSource(sourceId: string | undefined): void {
  clear(sourceBox);
  const source = sourceId ? reading?.sources.get(sourceId) : undefined;
  sourceBox.hidden = false;
  if (!source) {
    sourceBox.append(el('p', { text: 'No source was found for this footnote marker.' }));
    return;
  }
  sourceBox.append(
    el('header', {}, el('strong', { text: `Source ${source.marker ?? ''}`.trim() }), button('×', 'doc-source-close', () => (sourceBox.hidden = true), 'Close the source')),
    el('p', { 'data-testid': 'doc-source-text', text: source.text }),
  );
  if (source.url) sourceBox.append(safeLink(source.url, source.url, 'doc-source-url'));
}
