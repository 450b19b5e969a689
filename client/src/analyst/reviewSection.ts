import { button, el } from '../dom';
import type { InspectorContext } from '../inspector';
import { describeError, notify } from '../status';
import { analystApi, type Review } from './api';
import { canWrite } from './session';

// Confirm / reject an edge, the review history, and retracting an analyst's own edge.

export async function renderReview(context: InspectorContext, container: HTMLElement): Promise<void> {
  let reviews: Review[];
  try {
    reviews = await analystApi.reviews(context.id);
  } catch (err) {
    container.append(el('p', { className: 'error', text: describeError(err, 'Loading the reviews') }));
    return;
  }
  if (!context.isCurrent()) return;
  const state = reviews[0]?.state ?? null;
  container.append(
    el('p', { 'data-testid': 'review-state', className: `review review-${state ?? 'none'}`, text: state ? `${state} by ${reviews[0].author}` : 'Not reviewed yet.' }),
  );
  if (reviews.length > 1 || reviews[0]?.comment) {
    const list = el('ol', { className: 'history' });
    for (const r of reviews) list.append(el('li', { text: `${r.state} by ${r.author}, ${new Date(r.at).toLocaleString()}${r.comment ? `: ${r.comment}` : ''}` }));
    container.append(list);
  }
  if (!canWrite()) return;
  const comment = el('input', { type: 'text', placeholder: 'comment (optional)', 'data-testid': 'review-comment', 'aria-label': 'Review comment' });
  const send = (verdict: Review['state']) => () => {
    analystApi.review(context.id, verdict, comment.value.trim() || null).then(
      () => {
        notify(`Edge ${verdict}.`);
        // The canvas shows the verdict at once (graph/style.ts styles edges by their review).
        context.explorer.canvas.edge(context.id)?.data('review', verdict);
        context.refresh();
      },
      (err: unknown) => notify(describeError(err, 'Reviewing the edge')),
    );
  };
  const actions = el('div', { className: 'actions' }, comment, button('Confirm', 'review-confirm', send('confirmed')), button('Reject', 'review-reject', send('rejected')));
  const edge = context.explorer.canvas.edgeData(context.id);
  if (edge?.origin === 'analyst') {
    actions.append(
      button('Retract my edge', 'retract-edge', () => {
        if (!window.confirm('Retract this edge? It is kept in the history but hidden.')) return;
        analystApi.retractEdge(context.id).then(
          () => {
            context.explorer.canvas.cy.getElementById(context.id).remove();
            context.explorer.select(null);
            notify('Edge retracted.');
          },
          (err: unknown) => notify(describeError(err, 'Retracting the edge')),
        );
      }),
    );
  }
  container.append(actions);
}
