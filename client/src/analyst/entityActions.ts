import { button, el } from '../dom';
import type { InspectorContext } from '../inspector';
import { createEntityPicker } from '../search';
import { describeError, notify } from '../status';
import type { SearchResult } from '../api/types';
import { api } from '../api/client';
import { analystApi } from './api';
import { canWrite } from './session';
import { edgePropertyFields } from './edgeProperties';

// On an entity: assert a new edge from it (type, target, justification, source URL), merge a
// duplicate into it, or undo the last merge.

export function renderEntityAnalystActions(context: InspectorContext, container: HTMLElement): void {
  if (!canWrite()) return;
  const { explorer, id } = context;
  container.append(newEdgeForm(context), mergeForm(context));
  container.append(
    el(
      'div',
      { className: 'actions' },
      button('Undo merge', 'unmerge', () => {
        analystApi.unmerge(id).then(
          async (answer) => {
            const { keepId, restoredId } = answer.unmerge;
            try {
              const restored = await api.entity(restoredId);
              notify(`Unmerged: ${restored.entity.name} is back.`);
              explorer.placeEntity(restored.entity, keepId);
            } catch (err) {
              notify(describeError(err, 'Loading the restored entity'));
            }
            // Both ends get the edges the graph gives them now: those of the restored entity move back.
            await explorer.entitiesChanged([keepId, restoredId]);
            void explorer.layout({ incremental: true });
          },
          (err: unknown) => notify(describeError(err, 'Undoing the merge')),
        );
      }, 'Restore the entity most recently merged into (or out of) this one'),
    ),
  );
}

function newEdgeForm(context: InspectorContext): HTMLElement {
  const { explorer, id } = context;
  const type = el('select', { 'data-testid': 'new-edge-type', 'aria-label': 'Relationship type' });
  for (const t of explorer.state.schema?.relationshipTypes ?? []) type.append(el('option', { value: t.name, text: t.name }));
  let target: SearchResult | null = null;
  const picker = createEntityPicker({ state: explorer.state, testid: 'new-edge-target', placeholder: 'Target entity…', keepText: true, onPick: (e) => (target = e) });
  const justification = el('textarea', { rows: 2, placeholder: 'Why the edge holds', 'data-testid': 'new-edge-justification' });
  const url = el('input', { type: 'url', placeholder: 'Source URL (optional)', 'data-testid': 'new-edge-url' });
  const properties = edgePropertyFields(type);
  const form = el('form', { className: 'edge-form' }, type, picker.element, properties.element, justification, url, el('button', { type: 'submit', 'data-testid': 'new-edge-submit', text: 'Add edge' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!target) return notify('Pick a target entity first.');
    analystApi
      .createEdge({ type: type.value, source: id, target: target.id, justification: justification.value, sourceUrl: url.value.trim() || null, properties: properties.values() })
      .then(
        async () => {
          notify('Edge added.');
          await explorer.addEntity(target!.id, { select: false });
          context.refresh();
        },
        (err: unknown) => notify(describeError(err, 'Adding the edge')),
      );
  });
  return el('details', { className: 'analyst-form' }, el('summary', { text: 'New edge from here' }), form);
}

function mergeForm(context: InspectorContext): HTMLElement {
  const { explorer, id } = context;
  const picker = createEntityPicker({
    state: explorer.state,
    testid: 'merge-target',
    placeholder: 'Duplicate to merge into this one…',
    keepText: true,
    onPick: (duplicate) => {
      if (duplicate.id === id) return notify('That is this entity.');
      if (!window.confirm(`Merge "${duplicate.name}" into this entity? Its names, edges and evidence move here (undo restores them).`)) return;
      analystApi.merge(id, duplicate.id).then(
        async (merge) => {
          notify(`Merged: ${merge.movedEdges} edges moved.`);
          // The duplicate leaves the canvas; its edges, moved with their ids, are drawn from this entity.
          await explorer.entitiesChanged([id], [duplicate.id]);
        },
        (err: unknown) => notify(describeError(err, 'Merging')),
      );
    },
  });
  return el('details', { className: 'analyst-form' }, el('summary', { text: 'Merge a duplicate' }), picker.element);
}
