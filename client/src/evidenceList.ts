import type { Evidence } from './api/types';
import { el, safeLink } from './dom';
import { openDocument } from './documentView';

// Evidence sentences with their document, section and cited sources; each opens the document
// view at the sentence.

export function evidenceList(evidence: Evidence[], testid = 'evidence'): HTMLElement {
  if (evidence.length === 0) {
    return el('p', { className: 'empty', 'data-testid': `${testid}-empty`, text: 'No evidence sentence is stored for this relation.' });
  }
  const list = el('ol', { className: 'evidence-list', 'data-testid': `${testid}-list` });
  for (const item of evidence) {
    const open = el('a', { href: '#', className: 'open-doc', 'data-testid': `${testid}-open`, text: item.documentTitle || item.documentId });
    open.addEventListener('click', (event) => {
      event.preventDefault();
      void openDocument({ documentId: item.documentId, evidenceId: item.id, start: item.start, end: item.end });
    });
    const section = item.sectionPath.length > 0 ? el('span', { className: 'section-path', text: ` › ${item.sectionPath.join(' › ')}` }) : null;
    list.append(
      el(
        'li',
        { 'data-testid': `${testid}-item` },
        el('blockquote', { className: 'sentence', 'data-testid': `${testid}-sentence`, text: item.sentence }),
        el('div', { className: 'evidence-doc' }, open, section),
        item.sources.length > 0 ? sourceList(item.sources) : null,
      ),
    );
  }
  return list;
}

function sourceList(sources: Evidence['sources']): HTMLElement {
  const list = el('ul', { className: 'sources', 'data-testid': 'sources' });
  for (const source of sources) {
    const title = source.title || source.url || 'Untitled source';
    const details = [source.author, source.publisher, source.date].filter(Boolean).join(', ');
    list.append(el('li', {}, safeLink(source.url, title, 'source-link'), details ? ` — ${details}` : null));
  }
  return list;
}
