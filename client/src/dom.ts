// Small DOM builders. Data only ever reaches the page as text nodes or attribute values.

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name === 'className') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A link that is only made for http(s) URLs; anything else is shown as plain text. */
export function safeLink(url: string | null | undefined, text: string, testid?: string): HTMLElement {
  if (url && isHttpUrl(url)) {
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': testid, text });
  }
  return el('span', { 'data-testid': testid, text });
}

export function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

export function button(text: string, testid: string, onClick: () => void, title?: string): HTMLButtonElement {
  const node = el('button', { type: 'button', 'data-testid': testid, title, text });
  node.addEventListener('click', onClick);
  return node;
}

/** A colour dot for a type; the colour is set as a style property, never parsed as markup. */
export function swatch(color: string, shape?: string): HTMLElement {
  const node = el('span', { className: `swatch${shape ? ` shape-${shape}` : ''}`, 'aria-hidden': 'true' });
  node.style.backgroundColor = color;
  return node;
}
