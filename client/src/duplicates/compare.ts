import type { EntitySummary, Evidence } from '../api/types';
import { button, el } from '../dom';
import type { CompareAnswer } from './api';

// Two entities side by side: names, documents, evidence sentences and neighbours (those both
// have are marked), with the choice of which to keep. Every name and sentence is set as text.

export interface CompareActions {
  merge(keep: EntitySummary, merge: EntitySummary): void;
  dismiss(): void;
}

export function renderComparison(answer: CompareAnswer, actions: CompareActions): HTMLElement {
  const shared = new Set(answer.sharedNeighbours);
  const [left, right] = answer.sides;
  const column = (side: CompareAnswer['sides'][number], other: EntitySummary, which: string) =>
    el(
      'section',
      { className: 'duplicate-side', 'data-testid': `duplicate-side-${which}`, 'data-id': side.entity.id },
      el('h3', { text: side.entity.name }),
      el('p', { className: 'muted', text: `${side.entity.type} · ${side.entity.mentions} mentions · ${side.entity.degree} edges · id ${side.entity.id}` }),
      list('Names', side.entity.aliases.length > 0 ? side.entity.aliases : [side.entity.name]),
      list('Documents', side.documents.map((d) => `${d.title ?? d.id} (${d.mentions})`)),
      evidenceList(side.evidence),
      neighbourList(side.neighbours, shared),
      button(`Keep this, merge the other into it`, `duplicate-keep-${which}`, () => actions.merge(side.entity, other)),
    );
  return el(
    'div',
    { className: 'duplicate-compare', 'data-testid': 'duplicate-compare' },
    el('div', { className: 'duplicate-sides' }, column(left, right.entity, 'left'), column(right, left.entity, 'right')),
    el('div', { className: 'actions' }, button('Not duplicates', 'duplicate-compare-dismiss', () => actions.dismiss(), 'Never offer this pair again')),
  );
}

function list(title: string, items: string[]): HTMLElement {
  return el('div', {}, el('h4', { text: title }), items.length === 0 ? el('p', { className: 'muted', text: 'none' }) : el('ul', {}, ...items.map((t) => el('li', { text: t }))));
}

function evidenceList(evidence: Evidence[]): HTMLElement {
  const items = evidence.map((e) => el('li', { 'data-testid': 'duplicate-evidence' }, el('q', { text: e.sentence }), el('span', { className: 'muted', text: ` — ${e.documentTitle ?? e.documentId}` })));
  return el('div', {}, el('h4', { text: 'Evidence' }), items.length === 0 ? el('p', { className: 'muted', text: 'no evidence sentences' }) : el('ul', {}, ...items));
}

function neighbourList(neighbours: EntitySummary[], shared: Set<string>): HTMLElement {
  const items = neighbours.map((n) => el('li', { className: shared.has(n.id) ? 'shared' : undefined, 'data-shared': shared.has(n.id) ? 'true' : undefined, text: `${n.name} (${n.type})${shared.has(n.id) ? ' — both' : ''}` }));
  return el('div', {}, el('h4', { text: 'Neighbours' }), items.length === 0 ? el('p', { className: 'muted', text: 'none' }) : el('ul', {}, ...items));
}
