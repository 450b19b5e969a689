import { el, isHttpUrl } from '../dom';

// A safe Markdown subset for annotation text, built as DOM nodes (never innerHTML): paragraphs,
// "- " lists, **bold**, *italic*, `code` and [links](https://…) to http(s) addresses only.
// Anything else, including HTML, shows as the literal text the analyst typed.

const inline = /(\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\))/;

function renderInline(text: string): Node[] {
  const nodes: Node[] = [];
  let rest = text;
  while (rest.length > 0) {
    const match = inline.exec(rest);
    if (!match) {
      nodes.push(document.createTextNode(rest));
      break;
    }
    if (match.index > 0) nodes.push(document.createTextNode(rest.slice(0, match.index)));
    const [whole, , bold, italic, code, linkText, url] = match;
    if (bold !== undefined) nodes.push(el('strong', { text: bold }));
    else if (italic !== undefined) nodes.push(el('em', { text: italic }));
    else if (code !== undefined) nodes.push(el('code', { text: code }));
    else if (isHttpUrl(url)) nodes.push(el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: linkText }));
    else nodes.push(document.createTextNode(whole));
    rest = rest.slice(match.index + whole.length);
  }
  return nodes;
}

export function renderMarkdown(text: string): HTMLElement {
  const root = el('div', { className: 'markdown' });
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((line) => /^\s*[-*]\s+/.test(line))) {
      const list = el('ul');
      for (const line of lines) {
        const item = el('li');
        item.append(...renderInline(line.replace(/^\s*[-*]\s+/, '')));
        list.append(item);
      }
      root.append(list);
    } else {
      const paragraph = el('p');
      lines.forEach((line, i) => {
        if (i > 0) paragraph.append(el('br'));
        paragraph.append(...renderInline(line));
      });
      root.append(paragraph);
    }
  }
  return root;
}
