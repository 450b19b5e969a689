import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

// The canvas as an SVG image, drawn from what Cytoscape has laid out and styled: one <line> per
// visible edge and one shape with its label per visible node, in model coordinates, so the
// picture scales without loss and opens in any vector editor. No plugin is installed for this,
// and the drawing needs only positions, sizes, colours and labels.

const PAD = 24;

/** Text and attribute values are written escaped: names come from documents. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

function num(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0';
}

function colour(value: unknown, fallback: string): string {
  const text = typeof value === 'string' ? value : '';
  // Cytoscape reports colours as rgb(…) or #hex; anything else is not written into the file.
  return /^(?:#[0-9a-fA-F]{3,8}|rgba?\([\d\s.,%]+\))$/.test(text) ? text : fallback;
}

function edgeLine(edge: EdgeSingular): string {
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const stroke = colour(edge.style('line-color'), '#999999');
  const width = parseFloat(String(edge.style('width'))) || 1;
  const dashed = edge.style('line-style') === 'dashed' ? ' stroke-dasharray="6 4"' : '';
  const label = String(edge.style('label') ?? '');
  const line = `<line x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(t.x)}" y2="${num(t.y)}" stroke="${stroke}" stroke-width="${num(width)}"${dashed}/>`;
  if (!label) return `<g data-id="${xmlEscape(edge.id())}">${line}</g>`;
  const mid = edge.midpoint();
  return `<g data-id="${xmlEscape(edge.id())}">${line}<text x="${num(mid.x)}" y="${num(mid.y)}" font-size="8" text-anchor="middle" fill="#555555">${xmlEscape(label)}</text></g>`;
}

function nodeShape(node: NodeSingular): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const fill = colour(node.style('background-color'), '#cccccc');
  const stroke = colour(node.style('border-color'), '#666666');
  const border = parseFloat(String(node.style('border-width'))) || 0;
  const shape = String(node.style('shape'));
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${num(border)}"`;
  const body = shape === 'ellipse'
    ? `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(w / 2)}" ry="${num(h / 2)}" ${paint}/>`
    : `<rect x="${num(x - w / 2)}" y="${num(y - h / 2)}" width="${num(w)}" height="${num(h)}" rx="${shape.includes('round') ? 4 : 0}" ${paint}/>`;
  const label = String(node.style('label') ?? '');
  const text = label ? `<text x="${num(x)}" y="${num(y + h / 2 + 11)}" font-size="10" text-anchor="middle" fill="#222222">${xmlEscape(label)}</text>` : '';
  return `<g data-id="${xmlEscape(node.id())}">${body}${text}</g>`;
}

/** The visible canvas as an SVG document (edges under nodes, as drawn). */
export function canvasSvg(cy: Core): string {
  const visible = cy.elements(':visible');
  const box = visible.boundingBox({ includeLabels: true });
  const width = box.w + 2 * PAD;
  const height = box.h + 2 * PAD;
  const edges = visible.edges().map(edgeLine).join('\n');
  const nodes = visible.nodes().map(nodeShape).join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(box.x1 - PAD)} ${num(box.y1 - PAD)} ${num(width)} ${num(height)}" font-family="sans-serif">`,
    `<rect x="${num(box.x1 - PAD)}" y="${num(box.y1 - PAD)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    `<g class="edges">\n${edges}\n</g>`,
    `<g class="nodes">\n${nodes}\n</g>`,
    '</svg>',
  ].join('\n');
}
