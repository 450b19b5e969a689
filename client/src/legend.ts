import { el, swatch } from './dom';
import type { ExplorerState } from './state';

// The legend: colour and shape per entity type, colour per relationship type, from the
// ontology as the API serves it.

export function createLegend(state: ExplorerState): HTMLElement {
  const { schema } = state;
  const types = el('ul', { className: 'legend-list', 'data-testid': 'legend-types' });
  for (const type of schema.entityTypes) {
    types.append(el('li', { title: type.description }, swatch(type.color, type.shape), `${type.name} ${type.labelZh}`));
  }
  const rels = el('ul', { className: 'legend-list', 'data-testid': 'legend-rels' });
  for (const rel of schema.relationshipTypes) {
    const line = el('span', { className: `legend-line${rel.inferred ? ' dashed' : ''}`, 'aria-hidden': 'true' });
    line.style.borderTopColor = rel.color;
    rels.append(el('li', {}, line, `${rel.labelEn} ${rel.labelZh}`));
  }
  return el(
    'details',
    { className: 'panel', 'data-testid': 'legend' },
    el('summary', { text: 'Legend' }),
    types,
    el('h4', { text: 'Relationships' }),
    rels,
    el('p', { className: 'hint', text: 'Dashed: inferred from co-occurrence. Dotted: added by an analyst. Thicker: more confident.' }),
  );
}
