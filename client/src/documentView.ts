import { api } from './api/client';
import type { DocumentDetail } from './api/types';
import { button, clear, el } from './dom';
import { describeError } from './status';

// The document view: a document's text with its entity mentions marked and one evidence
// sentence highlighted and scrolled into view, so an analyst can read a claim in context.

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
const cache = new Map<string, DocumentDetail>();

export function createDocumentView(): HTMLElement {
  heading = el('h2', { 'data-testid': 'doc-title', text: 'Document' });
  meta = el('p', { className: 'doc-meta', 'data-testid': 'doc-meta' });
  body = el('div', { className: 'doc-text', 'data-testid': 'doc-text', tabindex: '0' });
  const close = button('Close', 'doc-close', () => closeDocument(), 'Close the document (Esc)');
  overlay = el(
    'div',
    { className: 'document-view', 'data-testid': 'document-view', role: 'dialog', 'aria-label': 'Document' },
    el('header', {}, heading, close),
    meta,
    body,
  );
  overlay.hidden = true;
  body.addEventListener('click', (event) => {
    const span = (event.target as Element).closest<HTMLElement>('[data-rel]');
    if (span?.dataset.rel) showRelation(span.dataset.rel);
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

/** What a click on an evidence sentence in the text does (the explorer shows the relation). */
export function onEvidenceClick(handler: (relId: string) => void): void {
  showRelation = handler;
}

export async function openDocument(target: DocumentTarget): Promise<void> {
  if (!overlay) return;
  overlay.hidden = false;
  heading.textContent = 'Loading document…';
  meta.textContent = '';
  clear(body);
  try {
    let detail = cache.get(target.documentId);
    if (!detail) {
      detail = await api.document(target.documentId);
      cache.set(target.documentId, detail);
    }
    heading.textContent = detail.document.title || detail.document.id;
    meta.textContent = [detail.document.author, detail.document.lang, `${detail.document.text.length.toLocaleString()} characters`]
      .filter(Boolean)
      .join(' · ');
    const span = targetSpan(detail, target);
    renderText(detail, span);
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

function targetSpan(detail: DocumentDetail, target: DocumentTarget): { start: number; end: number } | null {
  const fromEvidence = target.evidenceId ? detail.evidence.find((e) => e.id === target.evidenceId) : undefined;
  const mention = target.entityId ? detail.mentions.find((m) => m.entityId === target.entityId) : undefined;
  const start = fromEvidence?.start ?? target.start ?? mention?.start;
  const end = fromEvidence?.end ?? target.end ?? mention?.end;
  const length = detail.document.text.length;
  if (start === undefined || end === undefined || start < 0 || end > length || end <= start) return null;
  return { start, end };
}

/** Cuts the text at every span boundary; each piece becomes a text node (marked or not). */
function renderText(detail: DocumentDetail, highlight: { start: number; end: number } | null): void {
  const text = detail.document.text;
  const mentions = detail.mentions
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  if (highlight) cuts.add(highlight.start).add(highlight.end);
  const evidence = detail.evidence
    .filter((e) => e.start >= 0 && e.end <= text.length && e.end > e.start)
    .sort((a, b) => a.start - b.start);
  for (const e of evidence) cuts.add(e.start).add(e.end);
  const points = [...cuts].sort((a, b) => a - b);

  const fragment = document.createDocumentFragment();
  let mark: HTMLElement | null = null;
  let mentionIndex = 0;
  let evidenceIndex = 0;
  for (let i = 0; i < points.length - 1; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    while (mentionIndex < mentions.length && mentions[mentionIndex].end <= from) mentionIndex += 1;
    while (evidenceIndex < evidence.length && evidence[evidenceIndex].end <= from) evidenceIndex += 1;
    const mention = mentions[mentionIndex];
    const claim = evidence[evidenceIndex];
    let node: Node =
      mention && mention.start <= from && mention.end >= to
        ? el('span', { className: `mention type-${mention.type}`, title: mention.type, 'data-entity': mention.entityId, text: piece })
        : document.createTextNode(piece);
    // Every sentence that states a relation can be clicked to show that relation on the canvas.
    if (claim && claim.start <= from && claim.end >= to) {
      node = el('span', { className: 'evidence-span', 'data-rel': claim.relId, title: `${claim.type} — show on the canvas` }, node);
    }
    if (highlight && from >= highlight.start && to <= highlight.end) {
      if (!mark) {
        mark = el('mark', { 'data-testid': 'doc-highlight', tabindex: '-1' });
        fragment.append(mark);
      }
      mark.append(node);
    } else fragment.append(node);
  }
  body.append(fragment);
}
