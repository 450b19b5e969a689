import { button, el } from '../dom';
import type { InspectorContext } from '../inspector';
import { describeError, notify } from '../status';
import { analystApi, type Annotation } from './api';
import { annotationForm } from './annotationForm';
import { refreshBadges } from './badges';
import { renderMarkdown } from './markdown';
import { canWrite, currentUser } from './session';

// The inspector's annotation panel for a relation or an entity: list, add, edit, delete, history.

const when = (iso: string) => new Date(iso).toLocaleString();

export async function renderAnnotations(context: InspectorContext, container: HTMLElement): Promise<void> {
  const kind = context.kind === 'edge' ? 'relation' : 'entity';
  let annotations: Annotation[];
  try {
    annotations = await analystApi.annotations(kind, context.id);
  } catch (err) {
    container.append(el('p', { className: 'error', text: describeError(err, 'Loading the annotations') }));
    return;
  }
  if (!context.isCurrent()) return;
  const changed = () => {
    if (kind === 'relation') void refreshBadges(context.explorer, [context.id]);
    context.refresh();
  };
  const list = el('ul', { className: 'annotations', 'data-testid': 'annotation-list' });
  for (const annotation of annotations) list.append(annotationItem(annotation, changed));
  if (annotations.length === 0) list.append(el('li', { className: 'empty', text: 'No annotations yet.' }));
  container.append(list);
  if (canWrite()) {
    container.append(
      annotationForm({}, 'Add annotation', async (input) => {
        await analystApi.annotate(kind, context.id, input);
        notify('Annotation saved.');
        changed();
      }),
    );
  } else {
    container.append(el('p', { className: 'empty', text: currentUser() ? 'Viewers read annotations; analysts write them.' : 'Log in to annotate.' }));
  }
}

function annotationItem(annotation: Annotation, changed: () => void): HTMLElement {
  const item = el('li', { className: `annotation stance-${annotation.stance}`, 'data-testid': 'annotation', 'data-id': annotation.id });
  const user = currentUser();
  const mine = user !== null && (user.username === annotation.author || user.role === 'admin') && user.role !== 'viewer';
  const meta = el(
    'div',
    { className: 'meta' },
    el('span', { className: `stance stance-${annotation.stance}`, 'data-testid': 'annotation-stance-badge', text: annotation.stance }),
    ` ${annotation.author} · ${when(annotation.updatedAt)} · v${annotation.version}`,
    annotation.confidence === null ? null : ` · confidence ${annotation.confidence}`,
  );
  const body = el('div', { 'data-testid': 'annotation-body' }, renderMarkdown(annotation.text));
  const tags = annotation.tags.length > 0 ? el('div', { className: 'tags', text: annotation.tags.map((t) => `#${t}`).join(' ') }) : null;
  const history = el('ol', { className: 'history', 'data-testid': 'annotation-history' });
  const actions = el('div', { className: 'actions' });
  // Earlier revisions are for accounts (they may hold deleted text): no History when logged out.
  if (user !== null) actions.append(
    button('History', 'annotation-history-toggle', () => {
      if (history.childElementCount > 0) return history.replaceChildren();
      analystApi.history(annotation.id).then(
        (revisions) => {
          for (const r of revisions) history.append(el('li', { text: `v${r.version} ${r.action} by ${r.editor}, ${when(r.at)}: ${r.stance} — ${r.text}` }));
        },
        (err: unknown) => history.append(el('li', { className: 'error', text: describeError(err, 'Loading the history') })),
      );
    }),
  );
  if (mine) {
    actions.append(
      button('Edit', 'annotation-edit', () => {
        item.replaceChildren(
          annotationForm(annotation, 'Save', async (input) => {
            await analystApi.edit(annotation.id, annotation.version, input);
            changed();
          }, changed),
        );
      }),
      button('Delete', 'annotation-delete', () => {
        if (!window.confirm('Delete this annotation? Its history is kept.')) return;
        analystApi.remove(annotation.id, annotation.version).then(changed, (err: unknown) => notify(describeError(err, 'Deleting the annotation')));
      }),
    );
  }
  item.append(meta, body, tags ?? '', actions, history);
  return item;
}
