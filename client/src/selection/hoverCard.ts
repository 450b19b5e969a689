import { api } from '../api/client';
import type { EdgeData, NodeData } from '../api/types';
import { append, clear, el, swatch } from '../dom';
import type { Explorer } from '../explorer';
import { entityLabel, entityTypeLabel, relationLabel, secondaryName, typeColor } from '../graph/labels';

// A card beside the element under the mouse: type, name, degree and one line of evidence.
// Everything reaches the card as text nodes. An edge's evidence is its first sentence; a node's,
// the first sentence of one of its drawn edges (the canvas shows why it is there).

const DELAY_MS = 250;
const sentences = new Map<string, Promise<string | null>>();

function firstSentence(relId: string): Promise<string | null> {
  let found = sentences.get(relId);
  if (!found) {
    found = api.relation(relId).then((detail) => detail.evidence[0]?.sentence ?? null, () => null);
    sentences.set(relId, found);
  }
  return found;
}

export function installHoverCards(explorer: Explorer): void {
  const { cy } = explorer.canvas;
  const card = el('div', { className: 'hover-card', 'data-testid': 'hover-card', role: 'tooltip' });
  card.hidden = true;
  document.body.append(card);
  let timer: number | undefined;
  let current: string | null = null;

  const hide = () => {
    window.clearTimeout(timer);
    current = null;
    card.hidden = true;
  };
  cy.on('mouseover', 'node, edge', (event) => {
    window.clearTimeout(timer);
    const id = event.target.id() as string;
    const mouse = event.originalEvent as MouseEvent | undefined;
    timer = window.setTimeout(() => {
      current = id;
      show(explorer, card, id, () => current === id);
      const box = card.getBoundingClientRect();
      const x = (mouse?.clientX ?? 0) + 14;
      const y = (mouse?.clientY ?? 0) + 14;
      card.style.left = `${Math.min(x, window.innerWidth - box.width - 6)}px`;
      card.style.top = `${Math.min(y, window.innerHeight - box.height - 6)}px`;
    }, DELAY_MS);
  });
  cy.on('mouseout', 'node, edge', hide);
  cy.on('tapstart cxttapstart pan zoom remove', hide);
}

function show(explorer: Explorer, card: HTMLElement, id: string, stillCurrent: () => boolean): void {
  const node = explorer.canvas.node(id);
  const edge = explorer.canvas.edge(id);
  const { schema } = explorer.state;
  const lang = explorer.view.lang;
  clear(card);
  let relId: string | null = null;
  if (node) {
    const data = node.data() as NodeData;
    const other = secondaryName(data, lang);
    const drawn = node.connectedEdges().not('.filtered, .hidden').length;
    append(
      card,
      el('div', { className: 'hover-type' }, swatch(typeColor(schema, data.type)), entityTypeLabel(schema, data.type, lang)),
      el('strong', { 'data-testid': 'hover-name', text: entityLabel(data, lang) }),
      other ? el('div', { className: 'hover-secondary', text: other }) : null,
      el('div', { className: 'hover-meta', 'data-testid': 'hover-degree', text: `${data.degree} links in the graph · ${drawn} drawn · ${data.mentions} mentions` }),
    );
    const withEvidence = node.connectedEdges().filter((edge) => Number(edge.data('evidenceCount')) > 0);
    relId = withEvidence.nonempty() ? withEvidence.first().id() : null;
  } else if (edge) {
    const data = edge.data() as EdgeData;
    const ends = [edge.source(), edge.target()].map((end) => entityLabel(end.data() as NodeData, lang));
    card.append(
      el('div', { className: 'hover-type' }, relationLabel(schema, data.type, lang)),
      el('strong', { 'data-testid': 'hover-name', text: `${ends[0]} → ${ends[1]}` }),
      el('div', { className: 'hover-meta', 'data-testid': 'hover-degree', text: [data.date, data.review, `${data.evidenceCount} evidence`].filter(Boolean).join(' · ') }),
    );
    relId = data.evidenceCount > 0 ? id : null;
  } else return;
  const line = el('p', { className: 'hover-evidence', 'data-testid': 'hover-evidence', text: relId ? '…' : 'No evidence sentence drawn.' });
  card.append(line);
  card.hidden = false;
  if (relId) {
    void firstSentence(relId).then((sentence) => {
      if (stillCurrent()) line.textContent = sentence ?? 'No evidence sentence stored.';
    });
  }
}
