import { api } from './api/client';
import type { EntityDetail, RelationDetail } from './api/types';
import { button, el, safeLink, swatch } from './dom';
import { openDocument } from './documentView';
import { evidenceList } from './evidenceList';
import { entityLabel, entityTypeLabel, relationLabel, secondaryName, typeColor } from './graph/labels';
import { registerInspectorSection, type InspectorContext } from './inspector';
import { setPathEndpoint } from './paths';
import { describeError } from './status';

// The inspector's built-in sections: an entity's names, degrees and documents, and a
// relation's properties and evidence. Further sections register the same way.

const loadEntity = (context: InspectorContext) => context.load('entity', () => api.entity(context.id));
const loadRelation = (context: InspectorContext) => context.load('relation', () => api.relation(context.id));

function row(label: string, value: string | number | null | undefined, testid?: string): HTMLElement | null {
  if (value === null || value === undefined || value === '') return null;
  return el('div', { className: 'prop' }, el('dt', { text: label }), el('dd', { 'data-testid': testid, text: String(value) }));
}

function failed(container: HTMLElement, err: unknown, doing: string): void {
  container.append(el('p', { className: 'error', 'data-testid': 'inspector-error', text: describeError(err, doing) }));
}

export function registerBuiltInSections(): void {
  registerInspectorSection({ id: 'entity', order: 10, appliesTo: 'node', render: renderEntity });
  registerInspectorSection({ id: 'entity-actions', order: 20, appliesTo: 'node', render: renderEntityActions });
  registerInspectorSection({ id: 'entity-documents', order: 40, appliesTo: 'node', title: 'Documents', render: renderDocuments });
  registerInspectorSection({ id: 'relation', order: 10, appliesTo: 'edge', render: renderRelation });
  registerInspectorSection({ id: 'evidence', order: 30, appliesTo: 'edge', title: 'Evidence', render: renderEvidence });
}

async function renderEntity(context: InspectorContext, container: HTMLElement): Promise<void> {
  const { state } = context.explorer;
  const lang = state.view.lang;
  const cached = context.explorer.canvas.nodeData(context.id);
  if (cached) container.append(el('h2', { 'data-testid': 'inspector-title', text: entityLabel(cached, lang) }));
  let detail: EntityDetail;
  try {
    detail = await loadEntity(context);
  } catch (err) {
    return failed(container, err, 'Loading the entity');
  }
  if (!context.isCurrent()) return;
  const { entity } = detail;
  container.replaceChildren(
    el('h2', { 'data-testid': 'inspector-title', text: entityLabel(entity, lang) }),
    el('p', { className: 'type-line' }, swatch(typeColor(state.schema, entity.type)), entityTypeLabel(state.schema, entity.type, lang)),
    el(
      'dl',
      { className: 'props' },
      row('Name', entity.name, 'prop-name'),
      row('English name', entity.nameEn, 'prop-name-en'),
      row('Also', secondaryName(entity, lang) === entity.nameEn ? null : secondaryName(entity, lang)),
      row('Mentions', entity.mentions),
      row('Links', entity.degree),
      row('Id', entity.id),
    ),
  );
  if (entity.aliases.length > 0) {
    const aliases = el('ul', { className: 'aliases', 'data-testid': 'aliases' });
    for (const alias of entity.aliases) aliases.append(el('li', { text: alias }));
    container.append(el('h3', { text: 'Aliases' }), aliases);
  }
  const degrees = Object.entries(detail.degreeByType).sort((a, b) => b[1] - a[1]);
  if (degrees.length > 0) {
    const table = el('dl', { className: 'props', 'data-testid': 'degree-by-type' });
    for (const [type, count] of degrees) table.append(row(relationLabel(state.schema, type, lang), count) as HTMLElement);
    container.append(el('h3', { text: 'Links by relationship' }), table);
  }
}

function renderEntityActions(context: InspectorContext, container: HTMLElement): void {
  const { explorer, id } = context;
  const data = explorer.canvas.nodeData(id);
  const pinned = explorer.view.pinned.includes(id);
  const asEndpoint = () => (data ? { ...data } : null);
  container.append(
    el(
      'div',
      { className: 'actions' },
      button('Expand', 'action-expand', () => void explorer.expand(id), 'Draw neighbours with the current filters (or double-click)'),
      button('Collapse', 'action-collapse', () => explorer.collapse(id), 'Take back the neighbours this entity brought'),
      button('Hide', 'action-hide', () => explorer.hide(id)),
      button(pinned ? 'Unpin' : 'Pin', 'action-pin', () => {
        explorer.togglePin(id);
        context.refresh();
      }, 'Keep this node where it is during layouts'),
      button('Remove', 'action-remove', () => explorer.removeEntity(id)),
      button('Path from here', 'action-path-from', () => {
        const entity = asEndpoint();
        if (entity) setPathEndpoint('from', entity);
      }),
      button('Path to here', 'action-path-to', () => {
        const entity = asEndpoint();
        if (entity) setPathEndpoint('to', entity);
      }),
    ),
  );
}

async function renderDocuments(context: InspectorContext, container: HTMLElement): Promise<void> {
  let detail: EntityDetail;
  try {
    detail = await loadEntity(context);
  } catch {
    return; // the entity section already says what went wrong
  }
  if (!context.isCurrent()) return;
  if (detail.documents.length === 0) {
    container.append(el('p', { className: 'empty', text: 'No document mentions this entity.' }));
    return;
  }
  const list = el('ul', { className: 'documents', 'data-testid': 'entity-documents' });
  for (const doc of detail.documents) {
    const link = el('a', { href: '#', 'data-testid': 'entity-document', text: doc.title || doc.id });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void openDocument({ documentId: doc.id, entityId: context.id });
    });
    list.append(el('li', {}, link, ` (${doc.mentions} mentions)`));
  }
  container.append(list);
}

async function renderRelation(context: InspectorContext, container: HTMLElement): Promise<void> {
  const { state } = context.explorer;
  const lang = state.view.lang;
  let detail: RelationDetail;
  try {
    detail = await loadRelation(context);
  } catch (err) {
    return failed(container, err, 'Loading the relation');
  }
  if (!context.isCurrent()) return;
  const { relation, subject, object } = detail;
  const props = el('dl', { className: 'props', 'data-testid': 'relation-props' });
  for (const [key, value] of Object.entries(relation.properties)) {
    if (value !== null && value !== undefined && value !== '') props.append(row(key, String(value)) as HTMLElement);
  }
  const rows = [
    row('Date', relation.date, 'prop-date'),
    row('Confidence', relation.confidence?.toFixed(2)),
    row('Method', detail.reading, 'prop-method'),
    row('Origin', relation.origin),
    row('Inferred', relation.inferred ? 'yes (mentioned together)' : null),
    row('Review', relation.review),
    row('Evidence', relation.evidenceCount),
    row('Annotations', relation.annotationCount || null),
    row('Id', relation.id),
  ];
  for (const item of rows) if (item) props.append(item);
  container.replaceChildren(
    el('h2', { 'data-testid': 'inspector-title', text: relationLabel(state.schema, relation.type, lang) }),
    el(
      'p',
      { className: 'relation-line', 'data-testid': 'relation-line' },
      el('strong', { text: entityLabel(subject, lang) }),
      ` — ${relationLabel(state.schema, relation.type, lang)} → `,
      el('strong', { text: entityLabel(object, lang) }),
    ),
    props,
  );
  if (detail.assertion) container.append(assertionBlock(detail.assertion));
}

/** Who asserted an analyst edge, when, why, and on what source. */
function assertionBlock(assertion: NonNullable<RelationDetail['assertion']>): HTMLElement {
  const block = el('dl', { className: 'props assertion', 'data-testid': 'relation-assertion' });
  const rows = [
    row('Asserted by', assertion.author, 'assertion-author'),
    row('On', assertion.createdAt ? new Date(assertion.createdAt).toLocaleString() : null, 'assertion-date'),
    row('Justification', assertion.justification, 'assertion-justification'),
  ];
  for (const item of rows) if (item) block.append(item);
  if (assertion.sourceUrl) {
    block.append(el('div', { className: 'prop' }, el('dt', { text: 'Source' }), el('dd', {}, safeLink(assertion.sourceUrl, assertion.sourceUrl, 'assertion-source'))));
  }
  return block;
}

async function renderEvidence(context: InspectorContext, container: HTMLElement): Promise<void> {
  let detail: RelationDetail;
  try {
    detail = await loadRelation(context);
  } catch {
    return;
  }
  if (context.isCurrent()) container.append(evidenceList(detail.evidence));
}
